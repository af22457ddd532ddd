// The digest chart: each wijk's SVG pinned by a snapshot (open the .svg files beside this test to look at
// them), nothing outside the image, the facts in the alt text, and a PNG from resvg of the expected size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import { parseMeasurementsCsv } from '../../src/measurements/csv.js';
import { createNames } from '../../src/measurements/names.js';
import { evaluateProgress } from '../../src/progress/evaluate.js';
import type { Measurement } from '../../src/progress/types.js';
import { chartAltText, svgToPng, textWidth, wijkChartSvg } from '../../src/render/wijk-chart.js';

const k = loadKnowledge();
const EXAMPLE = join(import.meta.dirname, '../../examples/measurements-example.csv');
const parsed = parseMeasurementsCsv(readFileSync(EXAMPLE), {
  knowledge: k,
  names: createNames(k),
  currentYear: 2026,
});
const measurements: Measurement[] = parsed.rows.map((r) => ({
  ...r.row,
  note: r.row.note ?? null,
  recordedBy: null,
  recordedAt: '2026-12-02T00:00:00.000Z',
}));
const WIJKEN = ['Kanaleneiland', 'Ondiep', 'Overvecht', 'Zuilen-Oost'];

/** Every label's box, from its position, anchor, size and an estimate of its width. */
function labels(svg: string) {
  const width = Number(svg.match(/<svg[^>]* width="(\d+)"/)?.[1]);
  const height = Number(svg.match(/<svg[^>]* height="(\d+)"/)?.[1]);
  const boxes = [
    ...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"([^>]*)>([^<]*)<\/text>/g),
  ].map((m) => {
    const [x, y, size] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const content = (m[5] as string).replace(/&amp;/g, '&').replace(/&[a-z#0-9]+;/g, '_');
    const w = textWidth(content, size, (m[4] as string).includes('bold'));
    const anchor = /text-anchor="(\w+)"/.exec(m[4] as string)?.[1] ?? 'start';
    const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
    return { content, left, right: left + w, top: y - size, bottom: y + size * 0.25 };
  });
  return { width, height, boxes };
}

describe.each(['2026-12-02', '2010-06-01'])('the digest chart as of %s', (asOf) => {
  const progress = evaluateProgress(k.targets, measurements, [], asOf);
  for (const lang of ['nl', 'en'] as const) {
    it.each(WIJKEN)(`%s (${lang}) is pinned, and every label is inside the image`, async (wijk) => {
      const svg = wijkChartSvg(wijk, progress, k.lexicon, lang);
      await expect(svg).toMatchFileSnapshot(`__snapshots__/chart-${asOf}-${wijk.toLowerCase()}-${lang}.svg`);
      const { width, height, boxes } = labels(svg);
      expect(boxes.length).toBeGreaterThan(5);
      for (const b of boxes) {
        expect(b.left, b.content).toBeGreaterThanOrEqual(0);
        expect(b.right, b.content).toBeLessThanOrEqual(width);
        expect(b.top, b.content).toBeGreaterThanOrEqual(0);
        expect(b.bottom, b.content).toBeLessThanOrEqual(height);
      }
    });
  }
});

describe('the chart for people who do not see it', () => {
  it('says the same in words: unit, status, baseline, each measurement and each milestone', () => {
    const progress = evaluateProgress(k.targets, measurements, [], '2026-12-02');
    const alt = chartAltText('Ondiep', progress, k.lexicon, 'nl');
    expect(alt).toContain(
      'woninginbraken (per 1000 woningen), niet gehaald: uitgangswaarde 2006 38; gemeten 2007 36, 2008 33, 2009 30, 2011 24, 2013 20, 2015 17, 2017 16; doelen 2011 21, 2017 15',
    );
    expect(wijkChartSvg('Ondiep', progress, k.lexicon, 'nl')).toContain(`<title>${alt}</title>`);
  });
});

describe('the PNG', () => {
  it('is rendered by resvg at the SVG’s size, 640 px wide, the width a chat shows it at', () => {
    const progress = evaluateProgress(k.targets, measurements, [], '2026-12-02');
    const svg = wijkChartSvg('Zuilen-Oost', progress, k.lexicon, 'nl');
    const png = PNG.sync.read(svgToPng(svg));
    expect(png.width).toBe(640);
    expect(png.height).toBe(Number(svg.match(/height="(\d+)"/)?.[1]));
  });
});
