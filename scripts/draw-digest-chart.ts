// Draws docs/digest-chart.png, the chart the README shows: the project's own renderer (src/render/wijk-chart.ts)
// on the invented example measurements, as of 2 December 2026. Run with `npx tsx scripts/draw-digest-chart.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../src/charter/load.js';
import { PROJECT_ROOT } from '../src/charter/paths.js';
import { parseMeasurementsCsv } from '../src/measurements/csv.js';
import { createNames } from '../src/measurements/names.js';
import { evaluateProgress } from '../src/progress/evaluate.js';
import { chartSvg, svgToPng, wijkCharts } from '../src/render/wijk-chart.js';

const knowledge = loadKnowledge();
const parsed = parseMeasurementsCsv(readFileSync(join(PROJECT_ROOT, 'examples/measurements-example.csv')), {
  knowledge,
  names: createNames(knowledge),
  currentYear: 2026,
});
const measurements = parsed.rows.map((r) => ({
  ...r.row,
  note: r.row.note ?? null,
  recordedBy: null,
  recordedAt: '2026-12-02T00:00:00.000Z',
}));
const progress = evaluateProgress(knowledge.targets, measurements, [], '2026-12-02');
const out = join(PROJECT_ROOT, 'docs/digest-chart.png');
// Zuilen-Oost's four measured targets make one image: the 2 × 2 grid a digest's thread shows.
const [chart] = wijkCharts('Zuilen-Oost', progress);
if (!chart) throw new Error('no chart for Zuilen-Oost');
writeFileSync(out, svgToPng(chartSvg(chart, knowledge.lexicon, 'nl')));
process.stdout.write(`wrote ${out}\n`);
