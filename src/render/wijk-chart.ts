// A chart per wijk for digests: each target's progress chart (the console's SVG) with its name and status,
// stacked into one standalone SVG, and that SVG as PNG (resvg, in-process). The digest's text never depends on it.
import { Resvg } from '@resvg/resvg-js';
import type { Lexicon } from '../charter/schema.js';
import type { Language } from '../engine/types.js';
import { indicatorLabel, statusWord } from '../phrase/progress.js';
import { clip } from '../phrase/wording.js';
import type { TargetProgress } from '../progress/types.js';
import { escapeHtml } from './html.js';
import { progressChart } from './progress-chart.js';

const ROW = 70;
const WIDTH = 560;

export function wijkChartSvg(
  wijk: string,
  progress: TargetProgress[],
  lexicon: Lexicon,
  lang: Language,
): string {
  const rows = progress.filter((p) => p.wijk === wijk && p.baseline);
  const height = 36 + rows.length * ROW;
  const parts = rows.map((p, i) => {
    const top = 36 + i * ROW;
    const chart = progressChart(p, lang).replace('<svg ', `<svg x="370" y="${top + 4}" `);
    return `<text x="12" y="${top + 26}" font-size="13" fill="#1b1f24">${escapeHtml(clip(indicatorLabel(lexicon, p, lang), 50))}</text>
<text x="12" y="${top + 46}" font-size="12" fill="#57606a">${escapeHtml(statusWord(p.status, lang))}</text>${chart}`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">
<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>
<text x="12" y="24" font-size="16" font-weight="bold" fill="#1b1f24">${escapeHtml(wijk)}</text>
${parts.join('\n')}
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
