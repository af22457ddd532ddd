// The digest charts: each image's SVG pinned by a snapshot (open the .svg files beside this test to look at
// them), at most four targets to an image of a shape a chat shows whole, text large enough at 600 px, no
// label outside the image or over another, the facts in the alt text, and a PNG from resvg of that size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import { parseMeasurementsCsv } from '../../src/measurements/csv.js';
import { createNames } from '../../src/measurements/names.js';
import { evaluateProgress } from '../../src/progress/evaluate.js';
import type { Measurement } from '../../src/progress/types.js';
import {
  chartAltText,
  chartSvg,
  chartTitle,
  svgToPng,
  textWidth,
  wijkCharts,
} from '../../src/render/wijk-chart.js';

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
    return { content, size, left, right: left + w, top: y - size, bottom: y + size * 0.25 };
  });
  return { width, height, boxes };
}

describe.each(['2026-12-02', '2010-06-01'])('the digest charts as of %s', (asOf) => {
  const progress = evaluateProgress(k.targets, measurements, [], asOf);
  for (const lang of ['nl', 'en'] as const) {
    it.each(WIJKEN)(`%s (${lang}) are pinned, four targets at most to a readable image`, async (wijk) => {
      const charts = wijkCharts(wijk, progress);
      for (const chart of charts) {
        const svg = chartSvg(chart, k.lexicon, lang);
        const name = `${wijk.toLowerCase()}-${lang}${chart.parts > 1 ? `-${chart.part}` : ''}`;
        await expect(svg).toMatchFileSnapshot(`__snapshots__/chart-${asOf}-${name}.svg`);
        expect(chart.rows.length).toBeLessThanOrEqual(4);
        const { width, height, boxes } = labels(svg);
        // A shape a thread shows whole: 1200 px wide, no taller than 2:3 of that (and a little).
        expect(width).toBe(1200);
        expect(height).toBeLessThanOrEqual(844);
        expect(boxes.length).toBeGreaterThan(5);
        for (const b of boxes) {
          // 11 px or more where a chat shows the image 600 px wide.
          expect(b.size, b.content).toBeGreaterThanOrEqual(22);
          expect(b.left, b.content).toBeGreaterThanOrEqual(0);
          expect(b.right, b.content).toBeLessThanOrEqual(width);
          expect(b.top, b.content).toBeGreaterThanOrEqual(0);
          expect(b.bottom, b.content).toBeLessThanOrEqual(height);
        }
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1)) {
            const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
            expect(apart, `"${a.content}" and "${b.content}" overlap`).toBe(true);
          }
      }
    });
  }
});

describe('the images of a wijk', () => {
  const progress = evaluateProgress(k.targets, measurements, [], '2026-12-02');

  it('hold every measured target once, theme by theme, whatever order they come in', () => {
    const keys = (charts: ReturnType<typeof wijkCharts>) =>
      charts.map((c) => c.rows.map((p) => `${p.theme}/${p.indicator}`));
    const ondiep = wijkCharts('Ondiep', progress);
    expect(keys(ondiep)).toMatchInlineSnapshot(`
      [
        [
          "health/poor_health",
          "education/school_dropout",
          "safety/burglary",
          "safety/violence",
        ],
        [
          "housing/clean_street",
          "work/benefits",
        ],
      ]
    `);
    expect(keys(wijkCharts('Ondiep', [...progress].reverse()))).toEqual(keys(ondiep));
    expect(ondiep.map((c) => chartTitle(c, k.lexicon, 'nl'))).toMatchInlineSnapshot(`
      [
        "Ondiep (1/2): gezondheid, onderwijs, veiligheid",
        "Ondiep (2/2): wonen, werk",
      ]
    `);
    expect(ondiep.map((c) => chartTitle(c, k.lexicon, 'en'))).toMatchInlineSnapshot(`
      [
        "Ondiep (1/2): health, education, safety",
        "Ondiep (2/2): housing, work",
      ]
    `);
  });
});

describe('the chart for people who do not see it', () => {
  it('says the same in words: unit, status, baseline, each measurement and each milestone', () => {
    const progress = evaluateProgress(k.targets, measurements, [], '2026-12-02');
    const [first, second] = wijkCharts('Ondiep', progress);
    if (!first || !second) throw new Error('Ondiep has two images');
    const alt = chartAltText(first, k.lexicon, 'nl');
    expect(alt).toMatch(/^Ondiep \(1\/2\): /);
    expect(alt).toContain(
      'woninginbraken (per 1000 woningen), niet gehaald: uitgangswaarde 2006 38; gemeten 2007 36, 2008 33, 2009 30, 2011 24, 2013 20, 2015 17, 2017 16; doelen 2011 21, 2017 15',
    );
    expect(chartSvg(first, k.lexicon, 'nl')).toContain(`<title>${alt}</title>`);
    expect(chartAltText(second, k.lexicon, 'en')).toMatch(/^Ondiep \(2\/2\): /);
    // Every measured value of every image is in its alt text, whether or not the image had room to label it.
    for (const wijk of WIJKEN)
      for (const chart of wijkCharts(wijk, progress)) {
        const text = chartAltText(chart, k.lexicon, 'en');
        for (const p of chart.rows)
          for (const m of p.measurements) expect(text).toContain(`${m.year} ${m.value}`);
      }
  });
});

describe('the PNG', () => {
  it('is rendered by resvg at the SVG’s size, 1200 px wide', () => {
    const progress = evaluateProgress(k.targets, measurements, [], '2026-12-02');
    const [chart] = wijkCharts('Zuilen-Oost', progress);
    if (!chart) throw new Error('Zuilen-Oost has a chart');
    const svg = chartSvg(chart, k.lexicon, 'nl');
    const png = PNG.sync.read(svgToPng(svg));
    expect(png.width).toBe(1200);
    expect(png.height).toBe(Number(svg.match(/height="(\d+)"/)?.[1]));
  });
});
