// A small SVG line from the 2006 baseline through the milestones, drawn server-side (no scripts).
import type { Target } from '../charter/schema.js';
import { escapeHtml } from './html.js';

const W = 160;
const H = 48;
const PAD = 6;

export function targetChart(t: Target): string {
  // A change target has no level to draw from: plot it as the change itself, starting from 0 in 2006.
  const points =
    t.kind === 'change_vs_2006'
      ? [
          { year: 2006, value: 0 },
          ...t.targets.map((v) => ({ year: v.year, value: t.direction === 'down' ? -v.value : v.value })),
        ]
      : [...(t.baseline ? [t.baseline] : []), ...t.targets];
  const years = points.map((p) => p.year);
  const values = points.map((p) => p.value);
  const [x0, x1] = [Math.min(...years), Math.max(...years)];
  const [y0, y1] = [Math.min(...values), Math.max(...values)];
  const x = (year: number) => PAD + ((year - x0) / Math.max(1, x1 - x0)) * (W - 2 * PAD);
  const y = (value: number) => H - PAD - ((value - y0) / Math.max(1e-9, y1 - y0)) * (H - 2 * PAD);
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  const label = points.map((p) => `${p.year}: ${p.value}`).join(', ');
  const dots = points
    .map(
      (p, i) =>
        `<circle cx="${x(p.year).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3" class="${i === 0 && t.baseline ? 'base' : 'goal'}"/>`,
    )
    .join('');
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(label)}"><path d="${path}"/>${dots}</svg>`;
}
