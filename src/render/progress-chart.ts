// A small server-side SVG of a target's progress: the expected path from the baseline through the
// milestones (dashed), the measured values (dots on a line), the milestones (squares; the charter's own
// as an outline where a revision replaced it), and the as-of year. No scripts; the text beside it says it all.
import type { Language } from '../engine/types.js';
import { num } from '../phrase/numbers.js';
import { expectedAt } from '../progress/rate-ratio.js';
import type { TargetProgress } from '../progress/types.js';
import { escapeHtml } from './html.js';

const W = 170;
const H = 60;
const PAD = 8;

type P = { year: number; value: number };

/**
 * The milestones a chart draws: the value each is judged against (a revision where there is one), and
 * the charter's original level beside a revised one.
 */
export function milestonePoints(p: TargetProgress): {
  goals: Array<{ year: number; value: number }>;
  originals: Array<{ year: number; value: number }>;
} {
  return {
    goals: p.milestones
      .filter((m) => m.value !== null)
      .map((m) => ({ year: m.year, value: m.value as number })),
    originals: p.milestones
      .filter((m) => m.revision && m.charter.kind === 'level')
      .map((m) => ({ year: m.year, value: m.charter.value })),
  };
}

export function progressChart(p: TargetProgress, lang: Language): string {
  if (!p.baseline) return '';
  const base = p.baseline;
  const { goals, originals } = milestonePoints(p);
  const measured = p.measurements.filter((m) => m.year >= base.year);
  // The expected path, year by year, from the baseline through each milestone in turn.
  const path: P[] = [base];
  let from: P = base;
  for (const g of goals) {
    for (let y = from.year + 1; y <= g.year; y++) path.push({ year: y, value: expectedAt(from, g, y) });
    from = g;
  }
  const asOfYear = Number(p.asOf.slice(0, 4));
  const all = [...path, ...measured, ...originals];
  const years = [...all.map((x) => x.year), asOfYear];
  const values = all.map((x) => x.value);
  const [x0, x1] = [Math.min(...years), Math.max(...years)];
  const [y0, y1] = [Math.min(...values), Math.max(...values)];
  const x = (year: number) => PAD + ((year - x0) / Math.max(1, x1 - x0)) * (W - 2 * PAD);
  const y = (value: number) => H - PAD - ((value - y0) / Math.max(1e-9, y1 - y0)) * (H - 2 * PAD);
  const line = (pts: P[]) =>
    pts.map((q, i) => `${i === 0 ? 'M' : 'L'}${x(q.year).toFixed(1)},${y(q.value).toFixed(1)}`).join(' ');
  // Presentation attributes make the SVG stand alone (PNG charts); the console's CSS refines them.
  const square = (q: P, cls: string) =>
    `<rect x="${(x(q.year) - 3.5).toFixed(1)}" y="${(y(q.value) - 3.5).toFixed(1)}" width="7" height="7" class="${cls}" ${cls === 'goal' ? 'fill="#1b1f24"' : 'fill="none" stroke="#1b1f24"'}/>`;
  const nowX = x(Math.min(Math.max(asOfYear, x0), x1)).toFixed(1);
  const parts = [
    `<line x1="${nowX}" y1="${PAD / 2}" x2="${nowX}" y2="${H - PAD / 2}" class="now" stroke="#d0d7de"/>`,
    `<path d="${line(path)}" class="expected" fill="none" stroke="#57606a" stroke-dasharray="3 3"/>`,
    measured.length > 0
      ? `<path d="${line([base, ...measured.filter((m) => m.year > base.year)])}" class="measured" fill="none" stroke="#004f9f" stroke-width="2"/>`
      : '',
    `<circle cx="${x(base.year).toFixed(1)}" cy="${y(base.value).toFixed(1)}" r="3" class="base" fill="#004f9f"/>`,
    ...originals.map((q) => square(q, 'charter-goal')),
    ...goals.map((q) => square(q, 'goal')),
    ...measured.map(
      (q) =>
        `<circle cx="${x(q.year).toFixed(1)}" cy="${y(q.value).toFixed(1)}" r="2.5" class="point" fill="#004f9f"/>`,
    ),
  ];
  const n = (v: number) => num(v, lang);
  const label =
    lang === 'nl'
      ? `Uitgangswaarde ${n(base.value)} (${base.year}); gemeten: ${measured.map((m) => `${m.year} ${n(m.value)}`).join(', ') || 'niets'}; doelen: ${goals.map((g) => `${g.year} ${n(g.value)}`).join(', ')}; gestippeld: het verwachte verloop; verticale lijn: ${asOfYear}.`
      : `Baseline ${n(base.value)} (${base.year}); measured: ${measured.map((m) => `${m.year} ${n(m.value)}`).join(', ') || 'nothing'}; targets: ${goals.map((g) => `${g.year} ${n(g.value)}`).join(', ')}; dashed: the expected path; vertical line: ${asOfYear}.`;
  return `<svg class="chart progress-chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(label)}">${parts.join('')}</svg>`;
}
