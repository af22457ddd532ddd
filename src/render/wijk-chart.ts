// The digest's chart: per target a panel a reader understands at a glance, stacked per wijk into one
// standalone SVG, and that SVG as PNG (resvg, in-process). Each panel has the years on the x-axis, values on
// the y-axis with the unit in its title, the baseline, every measurement labelled with its value, the
// milestones marked with their value and year, the expected path dashed, and the status in words beside the
// title. Sized for the width Slack and Teams show an image in a thread (640 px, text of 15 px and more).
// The same facts are in the digest's text and in `chartAltText` for screen readers. Pure apart from resvg.
import { Resvg } from '@resvg/resvg-js';
import type { Lexicon } from '../charter/schema.js';
import type { Language } from '../engine/types.js';
import { num } from '../phrase/numbers.js';
import { indicatorLabel, statusWord } from '../phrase/progress.js';
import { clip } from '../phrase/wording.js';
import { expectedAt } from '../progress/rate-ratio.js';
import type { ProgressStatus, TargetProgress } from '../progress/types.js';
import { escapeHtml as e } from './html.js';
import { milestonePoints } from './progress-chart.js';

const WIDTH = 640;
const PANEL = 300;
const HEAD = 44;
/** The plot area inside a panel. */
const PLOT = { left: 64, right: WIDTH - 28, top: 76, bottom: 226 };
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
const INK = '#1b1f24';
const MUTED = '#57606a';
const MEASURED = '#004f9f';

const STATUS_COLOUR: Record<ProgressStatus, string> = {
  achieved: '#1a7f37',
  on_track: '#1a7f37',
  at_risk: '#9a6700',
  off_track: '#cf222e',
  missed: '#cf222e',
  not_measured: MUTED,
  no_data: MUTED,
};

type P = { year: number; value: number };

/** Targets a chart can show: a baseline and at least one measurement after it. */
export const chartable = (p: TargetProgress) =>
  p.baseline !== null && p.measurements.some((m) => m.year > (p.baseline?.year ?? 0));

/** About 1, 2 or 5 times a power of ten: tick steps people read without effort. */
function niceStep(span: number, ticks: number): number {
  const raw = span / ticks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const f = raw / pow;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * pow;
}

/** The expected path, year by year, from the baseline through each milestone in turn. */
function expectedPath(base: P, goals: P[]): P[] {
  const path: P[] = [base];
  let from = base;
  for (const g of goals) {
    for (let y = from.year + 1; y <= g.year; y++) path.push({ year: y, value: expectedAt(from, g, y) });
    from = g;
  }
  return path;
}

/** A generous estimate of a label's width in DejaVu Sans (bold is wider): enough to keep it inside. */
export const textWidth = (content: string, size: number, bold = false) =>
  content.length * size * (bold ? 0.68 : 0.62);

/** A centred label moved sideways as far as needed to stay inside the image. */
const inside = (x: number, content: string, size: number) => {
  const half = textWidth(content, size, true) / 2;
  return Math.min(Math.max(x, half + 4), WIDTH - half - 4);
};

function text(
  x: number,
  y: number,
  content: string,
  attrs: { size?: number; anchor?: 'start' | 'middle' | 'end'; weight?: 'bold'; fill?: string } = {},
): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${attrs.size ?? 15}"${attrs.anchor && attrs.anchor !== 'start' ? ` text-anchor="${attrs.anchor}"` : ''}${attrs.weight ? ` font-weight="${attrs.weight}"` : ''} fill="${attrs.fill ?? INK}">${e(content)}</text>`;
}

/** One target's panel, drawn at vertical offset `top`. */
export function targetPanel(p: TargetProgress, lexicon: Lexicon, lang: Language, top = 0): string {
  if (!p.baseline) return '';
  const nl = lang === 'nl';
  const base = p.baseline;
  const { goals, originals } = milestonePoints(p);
  const measured = p.measurements.filter((m) => m.year > base.year);
  const path = expectedPath(base, goals);
  const all = [...path, ...measured, ...originals];
  const x0 = Math.min(...all.map((q) => q.year));
  const x1 = Math.max(...all.map((q) => q.year));
  const values = all.map((q) => q.value);
  const step = niceStep(Math.max(1e-9, Math.max(...values) - Math.min(...values)), 4);
  // A step of room below the lowest value (for the milestone labels) and above the highest (for values).
  const y0 = Math.max(0, Math.floor(Math.min(...values) / step) * step - step);
  const y1 = Math.ceil(Math.max(...values) / step) * step + step;
  // One year of room at each end keeps the first and last labels inside the panel.
  const xs = (year: number) =>
    PLOT.left + 16 + ((year - x0) / Math.max(1, x1 - x0)) * (PLOT.right - PLOT.left - 40);
  const ys = (value: number) => top + PLOT.bottom - ((value - y0) / (y1 - y0)) * (PLOT.bottom - PLOT.top);
  const line = (pts: P[]) =>
    pts.map((q, i) => `${i === 0 ? 'M' : 'L'}${xs(q.year).toFixed(1)},${ys(q.value).toFixed(1)}`).join(' ');
  const n = (v: number) => num(Math.round(v * 10) / 10, lang);

  const parts: string[] = [];
  // Title: the indicator and its unit; the status in words beside it.
  const status = statusWord(p.status, lang);
  parts.push(text(16, top + 28, clip(indicatorLabel(lexicon, p, lang), 34), { size: 18, weight: 'bold' }));
  parts.push(
    text(WIDTH - 16, top + 28, status, {
      size: 17,
      weight: 'bold',
      anchor: 'end',
      fill: STATUS_COLOUR[p.status],
    }),
  );
  const note = p.trend
    ? nl
      ? `laatste meting ${p.trend.year}: ${statusWord(p.trend.status, lang)}`
      : `latest measurement ${p.trend.year}: ${statusWord(p.trend.status, lang)}`
    : p.ended
      ? nl
        ? 'looptijd charter voorbij'
        : 'charter period ended'
      : p.stale
        ? nl
          ? 'verouderd'
          : 'out of date'
        : '';
  parts.push(text(16, top + 52, p.unit, { size: 15, fill: MUTED }));
  if (note) parts.push(text(WIDTH - 16, top + 52, note, { size: 15, anchor: 'end', fill: MUTED }));
  // Axes: values with grid lines, years along the bottom.
  for (let v = y0; v <= y1 + 1e-9; v += step) {
    const y = ys(v);
    parts.push(
      `<line x1="${PLOT.left}" y1="${y.toFixed(1)}" x2="${PLOT.right}" y2="${y.toFixed(1)}" stroke="#eaeef2"/>`,
      text(PLOT.left - 8, y + 5, num(Math.round(v * 100) / 100, lang), {
        size: 14,
        anchor: 'end',
        fill: MUTED,
      }),
    );
  }
  parts.push(
    `<line x1="${PLOT.left}" y1="${top + PLOT.bottom}" x2="${PLOT.right}" y2="${top + PLOT.bottom}" stroke="${MUTED}"/>`,
  );
  const every = (PLOT.right - PLOT.left - 40) / Math.max(1, x1 - x0) >= 46 ? 1 : 2;
  for (let year = x0; year <= x1; year++) {
    const marked = goals.some((g) => g.year === year);
    if ((year - x0) % every !== 0 && year !== x1 && !marked) continue;
    const x = xs(year);
    parts.push(
      `<line x1="${x.toFixed(1)}" y1="${top + PLOT.bottom}" x2="${x.toFixed(1)}" y2="${top + PLOT.bottom + 5}" stroke="${MUTED}"/>`,
      text(x, top + PLOT.bottom + 22, String(year), {
        size: 14,
        anchor: 'middle',
        fill: marked ? INK : MUTED,
        ...(marked ? { weight: 'bold' as const } : {}),
      }),
    );
  }
  // The expected path (dashed), the measured line, the baseline, the measurements with their values.
  parts.push(
    `<path d="${line(path)}" fill="none" stroke="${MUTED}" stroke-width="2" stroke-dasharray="6 5"/>`,
    `<path d="${line([base, ...measured])}" fill="none" stroke="${MEASURED}" stroke-width="3"/>`,
  );
  for (const q of originals)
    parts.push(
      `<rect x="${(xs(q.year) - 6).toFixed(1)}" y="${(ys(q.value) - 6).toFixed(1)}" width="12" height="12" fill="none" stroke="${INK}" stroke-width="2"/>`,
    );
  for (const g of goals) {
    const x = xs(g.year);
    const y = ys(g.value);
    parts.push(
      `<rect x="${(x - 7).toFixed(1)}" y="${(y - 7).toFixed(1)}" width="14" height="14" fill="${INK}"/>`,
      text(
        inside(x, `${nl ? 'doel' : 'target'} ${n(g.value)}`, 15),
        y + 26,
        `${nl ? 'doel' : 'target'} ${n(g.value)}`,
        {
          size: 15,
          anchor: 'middle',
          weight: 'bold',
        },
      ),
    );
  }
  const dot = (q: P, label: string) =>
    `<circle cx="${xs(q.year).toFixed(1)}" cy="${ys(q.value).toFixed(1)}" r="5.5" fill="${MEASURED}" stroke="#ffffff" stroke-width="1.5"/>${text(inside(xs(q.year), label, 15), ys(q.value) - 12, label, { size: 15, anchor: 'middle', weight: 'bold', fill: MEASURED })}`;
  parts.push(dot(base, n(base.value)));
  for (const q of measured) parts.push(dot(q, n(q.value)));
  return parts.join('\n');
}

/** The legend under the panels: what each mark means. */
function legend(lang: Language, top: number): string {
  const nl = lang === 'nl';
  return [
    `<line x1="16" y1="${top}" x2="44" y2="${top}" stroke="${MEASURED}" stroke-width="3"/>`,
    `<circle cx="30" cy="${top}" r="5" fill="${MEASURED}"/>`,
    text(52, top + 5, nl ? 'gemeten (met waarde)' : 'measured (with value)', { size: 14, fill: MUTED }),
    `<line x1="230" y1="${top}" x2="262" y2="${top}" stroke="${MUTED}" stroke-width="2" stroke-dasharray="6 5"/>`,
    text(270, top + 5, nl ? 'verwacht verloop' : 'expected path', { size: 14, fill: MUTED }),
    `<rect x="416" y="${top - 7}" width="14" height="14" fill="${INK}"/>`,
    text(438, top + 5, nl ? 'doel (mijlpaal)' : 'target (milestone)', { size: 14, fill: MUTED }),
  ].join('\n');
}

/** The chart's content in words, for screen readers and an image's alt text. */
export function chartAltText(
  wijk: string,
  progress: TargetProgress[],
  lexicon: Lexicon,
  lang: Language,
): string {
  const nl = lang === 'nl';
  const rows = progress.filter((p) => p.wijk === wijk && chartable(p));
  const n = (v: number) => num(v, lang);
  return `${wijk}: ${rows
    .map((p) => {
      const base = p.baseline as P;
      const measured = p.measurements
        .filter((m) => m.year > base.year)
        .map((m) => `${m.year} ${n(m.value)}`)
        .join(', ');
      const goals = milestonePoints(p)
        .goals.map((m) => `${m.year} ${n(m.value)}`)
        .join(', ');
      return nl
        ? `${indicatorLabel(lexicon, p, lang)} (${p.unit}), ${statusWord(p.status, lang)}: uitgangswaarde ${base.year} ${n(base.value)}; gemeten ${measured}; doelen ${goals}`
        : `${indicatorLabel(lexicon, p, lang)} (${p.unit}), ${statusWord(p.status, lang)}: baseline ${base.year} ${n(base.value)}; measured ${measured}; targets ${goals}`;
    })
    .join('. ')}.`;
}

/** Every measured target of a wijk, one panel each, with the wijk's name above and a legend below. */
export function wijkChartSvg(
  wijk: string,
  progress: TargetProgress[],
  lexicon: Lexicon,
  lang: Language,
): string {
  const rows = progress.filter((p) => p.wijk === wijk && chartable(p));
  const height = HEAD + Math.max(1, rows.length) * PANEL + 36;
  const panels = rows.map((p, i) => targetPanel(p, lexicon, lang, HEAD + i * PANEL));
  const empty =
    rows.length === 0
      ? text(
          16,
          HEAD + 40,
          lang === 'nl' ? 'Nog niets gemeten na 2006.' : 'Nothing measured after 2006 yet.',
          {
            fill: MUTED,
          },
        )
      : '';
  const alt = chartAltText(wijk, progress, lexicon, lang);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" role="img" aria-label="${e(alt)}">
<title>${e(alt)}</title>
<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>
${text(16, 30, wijk, { size: 22, weight: 'bold' })}
${panels.join('\n')}${empty}
${legend(lang, height - 20)}
</svg>`;
}

/**
 * Rendering takes tens of milliseconds of CPU: a digest tick for many channels with the same scope and date
 * renders each chart once. Keyed by the SVG itself, so a changed measurement is a new chart.
 */
const rendered = new Map<string, Buffer>();
const KEEP = 64;

export function svgToPng(svg: string): Buffer {
  const hit = rendered.get(svg);
  if (hit) return hit;
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
    .render()
    .asPng();
  rendered.set(svg, png);
  if (rendered.size > KEEP) rendered.delete(rendered.keys().next().value as string);
  return png;
}
