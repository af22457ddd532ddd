// The digest's charts: per target a panel a reader understands at a glance, at most four of a wijk's
// targets to an image (a 2 × 2 grid, 1200 × 800 px, the aspect a chat shows whole), and each image as PNG
// (resvg, in-process). Each panel has the years on the x-axis, values on the y-axis with the unit above
// it, the baseline, the measurements labelled with their values (where two labels would overlap, one
// moves below its point; a label with no room left is dropped: every value is in the alt text and the
// digest), the milestones marked with their value and year, the expected path dashed, and the status in
// words under the title. Every label is at least 22 px: 11 px or more where a chat shows the image 600 px
// wide. The same facts are in `chartAltText`, for screen readers. Pure apart from resvg.
import { Resvg } from '@resvg/resvg-js';
import type { Lexicon } from '../charter/schema.js';
import { THEME_KEYS } from '../charter/themes.js';
import type { Language } from '../engine/types.js';
import { num, unitText } from '../phrase/numbers.js';
import { indicatorLabel, statusWord } from '../phrase/progress.js';
import { clip, themeName } from '../phrase/wording.js';
import { expectedAt } from '../progress/rate-ratio.js';
import type { ProgressStatus, TargetProgress } from '../progress/types.js';
import { escapeHtml as e } from './html.js';
import { milestonePoints } from './progress-chart.js';

const WIDTH = 1200;
/** Targets per image: a 2 × 2 grid. */
const PANELS_PER_CHART = 4;
const COLUMNS = 2;
const PANEL_H = 360;
const HEAD = 68;
const FOOT = 56;
/** The smallest text: 11 px where the image is shown 600 px wide. */
const SMALL = 22;
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

const WORDS = {
  nl: {
    target: 'doel',
    measured: 'gemeten (met waarde)',
    expected: 'verwacht verloop',
    milestone: 'doel (mijlpaal)',
    ended: 'looptijd charter voorbij',
    latest: (year: number, status: string) => `laatste meting ${year}: ${status}`,
    stale: 'verouderd',
    empty: 'Nog niets gemeten na 2006.',
    baseline: 'uitgangswaarde',
    measuredIn: 'gemeten',
    targets: 'doelen',
  },
  en: {
    target: 'target',
    measured: 'measured (with value)',
    expected: 'expected path',
    milestone: 'target (milestone)',
    ended: 'charter period ended',
    latest: (year: number, status: string) => `latest measurement ${year}: ${status}`,
    stale: 'out of date',
    empty: 'Nothing measured after 2006 yet.',
    baseline: 'baseline',
    measuredIn: 'measured',
    targets: 'targets',
  },
};

type P = { year: number; value: number };

/** Targets a chart can show: a baseline and at least one measurement after it. */
export const chartable = (p: TargetProgress) =>
  p.baseline !== null && p.measurements.some((m) => m.year > (p.baseline?.year ?? 0));

/** One image of a wijk's charts: up to four of its measured targets, part `part` of `parts`. */
export type WijkChart = { wijk: string; part: number; parts: number; rows: TargetProgress[] };

/**
 * A wijk's measured targets theme by theme, in the charter's order of themes and clauses, four to an image.
 * The order does not depend on the order given: the Teams card's image URLs and the console's chart route
 * cut the same images.
 */
export function wijkCharts(wijk: string, progress: TargetProgress[]): WijkChart[] {
  const rank = (p: TargetProgress) => THEME_KEYS.indexOf(p.theme);
  const rows = progress
    .filter((p) => p.wijk === wijk && chartable(p))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        a.clauseId.localeCompare(b.clauseId, 'en', { numeric: true }) ||
        a.targetId.localeCompare(b.targetId, 'en', { numeric: true }),
    );
  const parts = Math.max(1, Math.ceil(rows.length / PANELS_PER_CHART));
  return Array.from({ length: parts }, (_, i) => ({
    wijk,
    part: i + 1,
    parts,
    rows: rows.slice(i * PANELS_PER_CHART, (i + 1) * PANELS_PER_CHART),
  }));
}

/** "Ondiep (1/2): gezondheid, onderwijs, veiligheid": the image's title, and its file's. */
export function chartTitle(chart: WijkChart, lexicon: Lexicon, lang: Language): string {
  const themes = [...new Set(chart.rows.map((p) => p.theme))].map((t) => themeName(lexicon, t, lang));
  const part = chart.parts > 1 ? ` (${chart.part}/${chart.parts})` : '';
  return `${chart.wijk}${part}${themes.length ? `: ${themes.join(', ')}` : ''}`;
}

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

const TITLE = 24;

/** Up to two lines of at most `width`, broken between words; what does not fit ends in "…". */
function wrap(content: string, width: number, size: number): string[] {
  const max = Math.floor(width / (size * 0.68));
  if (content.length <= max) return [content];
  const cut = content.lastIndexOf(' ', max);
  const at = cut > max / 2 ? cut : max;
  return [content.slice(0, at).trim(), clip(content.slice(at).trim(), max)];
}

/** As many characters as fit in `width` at `size`, the rest cut with "…". */
const fitText = (content: string, width: number, size: number, bold = false) =>
  clip(content, Math.max(4, Math.floor(width / (size * (bold ? 0.68 : 0.62)))));

function text(
  x: number,
  y: number,
  content: string,
  attrs: { size?: number; anchor?: 'start' | 'middle' | 'end'; weight?: 'bold'; fill?: string } = {},
): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${attrs.size ?? SMALL}"${attrs.anchor && attrs.anchor !== 'start' ? ` text-anchor="${attrs.anchor}"` : ''}${attrs.weight ? ` font-weight="${attrs.weight}"` : ''} fill="${attrs.fill ?? INK}">${e(content)}</text>`;
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** One target's panel in the box at (`left`, `top`), `width` wide and PANEL_H high. */
function targetPanel(
  p: TargetProgress,
  lexicon: Lexicon,
  lang: Language,
  at: { left: number; top: number; width: number; ended: boolean },
): string {
  if (!p.baseline) return '';
  const w = WORDS[lang];
  const { left, top, width } = at;
  const base = p.baseline;
  const { goals, originals } = milestonePoints(p);
  const measured = p.measurements.filter((m) => m.year > base.year);
  const path = expectedPath(base, goals);
  const all = [...path, ...measured, ...originals];
  const x0 = Math.min(...all.map((q) => q.year));
  const x1 = Math.max(...all.map((q) => q.year));
  const values = all.map((q) => q.value);
  const step = niceStep(Math.max(1e-9, Math.max(...values) - Math.min(...values)), 3);
  // A step of room below the lowest value (for the milestone labels) and above the highest (for values).
  const y0 = Math.max(0, Math.floor(Math.min(...values) / step) * step - step);
  const y1 = Math.ceil(Math.max(...values) / step) * step + step;
  const plot = { left: left + 84, right: left + width - 28, top: top + 140, bottom: top + PANEL_H - 46 };
  // Room at each end keeps the first and last labels inside the panel.
  const xs = (year: number) =>
    plot.left + 28 + ((year - x0) / Math.max(1, x1 - x0)) * (plot.right - plot.left - 56);
  const ys = (value: number) => plot.bottom - ((value - y0) / (y1 - y0)) * (plot.bottom - plot.top);
  const line = (pts: P[]) =>
    pts.map((q, i) => `${i === 0 ? 'M' : 'L'}${xs(q.year).toFixed(1)},${ys(q.value).toFixed(1)}`).join(' ');
  const n = (v: number) => num(Math.round(v * 10) / 10, lang);

  const parts: string[] = [];
  // Title: the indicator, on two lines where it needs them; under it the status in words, and what else a
  // reader must know.
  const [first, second] = wrap(indicatorLabel(lexicon, p, lang), width - 40, TITLE);
  parts.push(text(left + 20, top + 32, first ?? '', { size: TITLE, weight: 'bold' }));
  if (second) parts.push(text(left + 20, top + 62, second, { size: TITLE, weight: 'bold' }));
  const status = statusWord(p.status, lang);
  const note = p.trend
    ? w.latest(p.trend.year, statusWord(p.trend.status, lang))
    : p.ended && !at.ended
      ? w.ended
      : p.stale
        ? w.stale
        : '';
  parts.push(text(left + 20, top + 92, status, { weight: 'bold', fill: STATUS_COLOUR[p.status] }));
  if (note) {
    const from = left + 20 + textWidth(`${status} `, SMALL, true);
    parts.push(text(from, top + 92, fitText(`· ${note}`, left + width - 20 - from, SMALL), { fill: MUTED }));
  }
  // The unit above the value axis.
  const unit = unitText(p.unit, lang);
  const unitBox: Box = {
    left: left + 20,
    right: left + 20 + textWidth(unit, SMALL),
    top: top + 100,
    bottom: top + 126,
  };
  parts.push(text(left + 20, top + 120, fitText(unit, width - 40, SMALL), { fill: MUTED }));
  // Axes: values with grid lines, years along the bottom (milestone years always, others where there is room).
  for (let v = y0; v <= y1 + 1e-9; v += step) {
    const y = ys(v);
    parts.push(
      `<line x1="${plot.left}" y1="${y.toFixed(1)}" x2="${plot.right}" y2="${y.toFixed(1)}" stroke="#eaeef2"/>`,
      text(plot.left - 10, y + 8, num(Math.round(v * 100) / 100, lang), { anchor: 'end', fill: MUTED }),
    );
  }
  parts.push(
    `<line x1="${plot.left}" y1="${plot.bottom}" x2="${plot.right}" y2="${plot.bottom}" stroke="${MUTED}"/>`,
  );
  const yearWidth = textWidth('2006', SMALL, true) + 12;
  const shown: number[] = [];
  const milestoneYears = new Set(goals.map((g) => g.year));
  const candidates = [
    ...new Set([x0, ...milestoneYears, x1]),
    ...Array.from({ length: x1 - x0 + 1 }, (_, i) => x0 + i),
  ];
  for (const year of candidates) {
    if (shown.includes(year) || year < x0 || year > x1) continue;
    if (shown.every((s) => Math.abs(xs(s) - xs(year)) >= yearWidth)) shown.push(year);
  }
  for (const year of shown.sort((a, b) => a - b)) {
    const x = xs(year);
    const marked = milestoneYears.has(year);
    parts.push(
      `<line x1="${x.toFixed(1)}" y1="${plot.bottom}" x2="${x.toFixed(1)}" y2="${plot.bottom + 6}" stroke="${MUTED}"/>`,
      text(x, plot.bottom + 30, String(year), {
        anchor: 'middle',
        fill: marked ? INK : MUTED,
        ...(marked ? { weight: 'bold' as const } : {}),
      }),
    );
  }
  // The expected path (dashed), the measured line, the charter's original milestones beside revised ones.
  parts.push(
    `<path d="${line(path)}" fill="none" stroke="${MUTED}" stroke-width="2.5" stroke-dasharray="8 6"/>`,
    `<path d="${line([base, ...measured])}" fill="none" stroke="${MEASURED}" stroke-width="4"/>`,
  );
  for (const q of originals)
    parts.push(
      `<rect x="${(xs(q.year) - 8).toFixed(1)}" y="${(ys(q.value) - 8).toFixed(1)}" width="16" height="16" fill="none" stroke="${INK}" stroke-width="2.5"/>`,
    );
  // Labels: milestones first, then the baseline and the latest measurement, then the others from the latest
  // back. Each goes above its point, else below it, else (no room) it is left out.
  const taken: Box[] = [unitBox];
  const label = (
    x: number,
    y: number,
    content: string,
    fill: string,
    prefer: 'above' | 'below',
  ): string | null => {
    const half = textWidth(content, SMALL, true) / 2;
    const cx = Math.min(Math.max(x, plot.left - 4 + half), left + width - 8 - half);
    const spots = prefer === 'above' ? [y - 14, y + 32] : [y + 32, y - 14];
    for (const baseline of spots) {
      const box = { left: cx - half, right: cx + half, top: baseline - SMALL, bottom: baseline + 5 };
      // Between the unit line and the years under the axis.
      if (box.top < top + 100 || box.bottom > plot.bottom + 6) continue;
      if (taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      return text(cx, baseline, content, { anchor: 'middle', weight: 'bold', fill });
    }
    return null;
  };
  const labels: string[] = [];
  const points = [base, ...measured];
  // The marks themselves are in the way of labels too.
  for (const g of goals) {
    const x = xs(g.year);
    const y = ys(g.value);
    parts.push(
      `<rect x="${(x - 8).toFixed(1)}" y="${(y - 8).toFixed(1)}" width="16" height="16" fill="${INK}"/>`,
    );
    taken.push({ left: x - 8, right: x + 8, top: y - 8, bottom: y + 8 });
  }
  for (const q of points) {
    const [x, y] = [xs(q.year), ys(q.value)];
    taken.push({ left: x - 6, right: x + 6, top: y - 6, bottom: y + 6 });
  }
  // Which labels first: the baseline, the latest measurement, the measurements of milestone years, the
  // milestones, then the other measurements from the latest back.
  const measurementLabel = (q: P) => {
    const l = label(xs(q.year), ys(q.value), n(q.value), MEASURED, 'above');
    if (l) labels.push(l);
  };
  const early = [points[0], points.at(-1), ...points.filter((q) => milestoneYears.has(q.year))];
  const labelled = new Set<P>();
  for (const q of early) {
    if (!q || labelled.has(q)) continue;
    labelled.add(q);
    measurementLabel(q);
  }
  for (const g of goals) {
    const l = label(xs(g.year), ys(g.value), `${w.target} ${n(g.value)}`, INK, 'below');
    if (l) labels.push(l);
  }
  for (const q of [...points].reverse()) {
    if (labelled.has(q)) continue;
    labelled.add(q);
    measurementLabel(q);
  }
  for (const q of points)
    parts.push(
      `<circle cx="${xs(q.year).toFixed(1)}" cy="${ys(q.value).toFixed(1)}" r="7" fill="${MEASURED}" stroke="#ffffff" stroke-width="2"/>`,
    );
  parts.push(...labels);
  return parts.join('\n');
}

/** The legend under the panels: what each mark means. */
function legend(lang: Language, top: number): string {
  const w = WORDS[lang];
  let x = 20;
  const out: string[] = [];
  const item = (mark: string, words: string) => {
    out.push(mark, text(x + 48, top + 8, words, { fill: MUTED }));
    x += 48 + textWidth(words, SMALL) + 36;
  };
  item(
    `<line x1="${x}" y1="${top}" x2="${x + 36}" y2="${top}" stroke="${MEASURED}" stroke-width="4"/><circle cx="${x + 18}" cy="${top}" r="7" fill="${MEASURED}"/>`,
    w.measured,
  );
  item(
    `<line x1="${x}" y1="${top}" x2="${x + 36}" y2="${top}" stroke="${MUTED}" stroke-width="2.5" stroke-dasharray="8 6"/>`,
    w.expected,
  );
  item(`<rect x="${x + 10}" y="${top - 8}" width="16" height="16" fill="${INK}"/>`, w.milestone);
  return out.join('\n');
}

/** The chart's content in words, for screen readers and an image's alt text: every value it shows and more. */
export function chartAltText(chart: WijkChart, lexicon: Lexicon, lang: Language): string {
  const w = WORDS[lang];
  const n = (v: number) => num(v, lang);
  const rows = chart.rows.map((p) => {
    const base = p.baseline as P;
    const measured = p.measurements
      .filter((m) => m.year > base.year)
      .map((m) => `${m.year} ${n(m.value)}`)
      .join(', ');
    const goals = milestonePoints(p)
      .goals.map((m) => `${m.year} ${n(m.value)}`)
      .join(', ');
    return `${indicatorLabel(lexicon, p, lang)} (${unitText(p.unit, lang)}), ${statusWord(p.status, lang)}: ${w.baseline} ${base.year} ${n(base.value)}; ${w.measuredIn} ${measured}; ${w.targets} ${goals}`;
  });
  const part = chart.parts > 1 ? ` (${chart.part}/${chart.parts})` : '';
  return rows.length ? `${chart.wijk}${part}: ${rows.join('. ')}.` : `${chart.wijk}: ${w.empty}`;
}

/** One image: the wijk's name (and which part) above, up to four panels in a 2 × 2 grid, a legend below. */
export function chartSvg(chart: WijkChart, lexicon: Lexicon, lang: Language): string {
  const w = WORDS[lang];
  const { rows } = chart;
  const columns = rows.length > 1 ? COLUMNS : 1;
  const gridRows = Math.max(1, Math.ceil(rows.length / columns));
  const height = HEAD + gridRows * PANEL_H + FOOT;
  const width = WIDTH;
  const panelWidth = width / columns;
  // After the last milestone every panel would say so: the heading says it once.
  const ended = rows.length > 0 && rows.every((p) => p.ended);
  const panels = rows.map((p, i) =>
    targetPanel(p, lexicon, lang, {
      left: (i % columns) * panelWidth,
      top: HEAD + Math.floor(i / columns) * PANEL_H,
      width: panelWidth,
      ended,
    }),
  );
  const dividers = [
    ...(columns > 1
      ? [
          `<line x1="${panelWidth}" y1="${HEAD + 10}" x2="${panelWidth}" y2="${HEAD + gridRows * PANEL_H - 10}" stroke="#d0d7de"/>`,
        ]
      : []),
    ...Array.from(
      { length: gridRows - 1 },
      (_, r) =>
        `<line x1="20" y1="${HEAD + (r + 1) * PANEL_H}" x2="${width - 20}" y2="${HEAD + (r + 1) * PANEL_H}" stroke="#d0d7de"/>`,
    ),
  ];
  // The wijk (and which part), then its themes, as room allows beside the note that the charter has ended.
  const name = `${chart.wijk}${chart.parts > 1 ? ` (${chart.part}/${chart.parts})` : ''}`;
  const themes = [...new Set(rows.map((p) => p.theme))].map((t) => themeName(lexicon, t, lang)).join(', ');
  const themesAt = 20 + textWidth(name, 32, true) + 16;
  const room = width - 20 - (ended ? textWidth(w.ended, 24) + 24 : 0) - themesAt;
  const heading = [
    text(20, 46, name, { size: 32, weight: 'bold' }),
    themes ? text(themesAt, 46, fitText(themes, room, 24), { size: 24, fill: MUTED }) : '',
    ended ? text(width - 20, 46, w.ended, { size: 24, anchor: 'end', fill: MUTED }) : '',
  ].join('\n');
  const empty = rows.length === 0 ? text(20, HEAD + 60, w.empty, { fill: MUTED }) : '';
  const alt = chartAltText(chart, lexicon, lang);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-label="${e(alt)}">
<title>${e(alt)}</title>
<rect width="${width}" height="${height}" fill="#ffffff"/>
${heading}
${dividers.join('\n')}
${panels.join('\n')}${empty}
${legend(lang, height - 28)}
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
