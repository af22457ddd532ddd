// Every sentence about progress agrees with its facts: each status and reason code, in Dutch and English, in
// the progress view (reason), the chat answer (one target and a list), the digest line and the e-mail version.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import type { Target } from '../../src/charter/schema.js';
import { composeDigest } from '../../src/digest/compose.js';
import type { Language, ProgressData } from '../../src/engine/types.js';
import { lineText } from '../../src/phrase/digest.js';
import { reasonText } from '../../src/phrase/progress.js';
import { phraseProgressPlan } from '../../src/phrase/progress-answer.js';
import { evaluateTarget } from '../../src/progress/evaluate.js';
import {
  DEFAULT_PROGRESS_OPTIONS,
  type Measurement,
  PROGRESS_STATUSES,
  type ReasonCode,
  type TargetProgress,
} from '../../src/progress/types.js';
import { renderEmail } from '../../src/render/email.js';
import { createEngine } from '../support/engine.js';

const k = loadKnowledge();
const target = (id: string) => k.targets.find((t) => t.id === id) as Target;
const m = (id: string, year: number, value: number): Measurement => {
  const t = target(id);
  return {
    wijk: t.wijk,
    indicator: t.indicator,
    year,
    value,
    unit: t.unit,
    source: `Wijkenmonitor ${year}`,
    note: null,
    recordedBy: null,
    recordedAt: '2026-01-01T00:00:00.000Z',
  };
};

type Case = { name: string; id: string; asOf: string; data: Array<[number, number]>; question: string };

/** One case per status and per reason code (checked below), on the dates a reader meets them. */
const cases: Case[] = [
  { name: 'at risk', id: 'ondiep.burglary', asOf: '2010-06-01', data: [[2009, 30]], question: 'inbraken' },
  { name: 'on track', id: 'ondiep.burglary', asOf: '2010-06-01', data: [[2010, 22]], question: 'inbraken' },
  { name: 'off track', id: 'ondiep.burglary', asOf: '2010-06-01', data: [[2009, 40]], question: 'inbraken' },
  { name: 'meets', id: 'ondiep.burglary', asOf: '2010-06-01', data: [[2009, 20]], question: 'inbraken' },
  { name: 'nothing measured', id: 'ondiep.burglary', asOf: '2010-06-01', data: [], question: 'inbraken' },
  {
    name: 'nothing measured, period ended',
    id: 'ondiep.burglary',
    asOf: '2026-12-02',
    data: [],
    question: 'inbraken',
  },
  {
    name: 'change target without 2006',
    id: 'ondiep.school_dropout',
    asOf: '2010-01-01',
    data: [[2009, 5]],
    question: 'schooluitval',
  },
  {
    name: 'ended, achieved in its own year',
    id: 'ondiep.burglary',
    asOf: '2026-12-02',
    data: [
      [2010, 22],
      [2017, 14],
    ],
    question: 'inbraken',
  },
  {
    name: 'ended, missed on the year before',
    id: 'ondiep.burglary',
    asOf: '2026-12-02',
    data: [
      [2010, 22],
      [2016, 17],
    ],
    question: 'inbraken',
  },
  {
    // The case: 2007-2010 stored, asked today.
    name: 'ended, last milestone not measured',
    id: 'ondiep.burglary',
    asOf: '2026-12-02',
    data: [
      [2007, 36],
      [2008, 33],
      [2009, 30],
      [2010, 22],
    ],
    question: 'inbraken',
  },
];

const ALL_REASONS: Record<ReasonCode, true> = {
  change_without_baseline: true,
  no_measurement: true,
  meets_milestone: true,
  rate_ratio: true,
  final_milestone: true,
  final_not_measured: true,
};

/** Words that say nothing at all was measured. */
const NOTHING_MEASURED =
  /nog geen meting|nog niet gemeten|nog niets gemeten|geen metingen|not measured yet|no measurement of .* after|nothing has been measured|no measurements have been/i;
const NO_DATA_WORDS = /geen gegevens|no data/i;

const progressOf = (c: Case) =>
  evaluateTarget(
    target(c.id),
    c.data.map(([y, v]) => m(c.id, y, v)),
    [],
    c.asOf,
  );

/** Every text a reader can get about one target's progress, per language. */
function texts(c: Case, p: TargetProgress, lang: Language): string[] {
  const row = { target: target(c.id), progress: p, standIn: false };
  const single = phraseProgressPlan(
    { kind: 'progress', rows: [row], wijk: null, asOf: c.asOf },
    k.lexicon,
    lang,
  );
  const list = phraseProgressPlan(
    { kind: 'progress', rows: [row, row], wijk: null, asOf: c.asOf },
    k.lexicon,
    lang,
  );
  const digest = composeDigest({
    progress: [p],
    asOf: c.asOf,
    period: '2026-W49',
    language: lang,
    scope: { wijken: [], themes: [] },
    previous: null,
    lastMeasurementAt: null,
  });
  const line = lineText({ progress: p, share: null, was: null }, k.lexicon, lang);
  expect(digest.ended).toBe(p.ended);
  return [reasonText(p, lang), single.text, list.text, line];
}

describe('words about progress agree with their facts', () => {
  const seen = { statuses: new Set<string>(), reasons: new Set<string>() };
  for (const c of cases) {
    const p = progressOf(c);
    seen.statuses.add(p.status);
    seen.reasons.add(p.reason);
    for (const lang of ['nl', 'en'] as const) {
      it(`${c.name} (${p.status}, ${p.reason}), ${lang}`, () => {
        const all = texts(c, p, lang);
        for (const text of all) {
          expect(text).not.toMatch(/undefined|null|NaN|\[object/);
          if (p.latest) {
            // A measurement is given: no sentence may say nothing was measured, or that there is no data.
            expect(text, text).not.toMatch(NOTHING_MEASURED);
            expect(text, text).not.toMatch(NO_DATA_WORDS);
          }
          if (p.status === 'no_data' && p.reason === 'no_measurement') {
            expect(text, text).not.toMatch(/\b(gemeten|measured) \d/);
          }
          if (p.ended) {
            expect(
              text === all[3] || /looptijd van het charter is voorbij|charter period has ended/i.test(text),
              text,
            ).toBe(true);
          }
        }
        // A milestone judged on the year next to it is named as such.
        const last = p.milestones.at(-1);
        if (p.reason === 'final_milestone' && last?.measuredYear !== last?.year) {
          for (const text of all)
            expect(text).toContain(
              lang === 'nl' ? `gemeten in ${last?.measuredYear}` : `measured in ${last?.measuredYear}`,
            );
        }
        // Not measured: the last measured value, its year, and what the trend implied then.
        if (p.status === 'not_measured' && p.latest) {
          for (const text of all.slice(0, 3)) {
            expect(text).toContain(String(p.latest.year));
            expect(text).toMatch(
              lang === 'nl' ? /op koers|risico|uit koers|gehaald/ : /on track|at risk|off track|met/,
            );
          }
        }
      });
    }
  }

  it('covers every status the digest can show, and every reason code', () => {
    expect([...seen.reasons].sort()).toEqual(Object.keys(ALL_REASONS).sort());
    // achieved/missed come from meets_milestone and final_milestone; all but none of the statuses occur.
    expect(PROGRESS_STATUSES.filter((s) => !seen.statuses.has(s))).toEqual([]);
  });

  it('tells the issue’s case in words: the latest value, its year, the trend, and that the period has ended', () => {
    const p = progressOf(cases.at(-1) as Case);
    const row = { target: target('ondiep.burglary'), progress: p, standIn: false };
    expect(
      phraseProgressPlan({ kind: 'progress', rows: [row], wijk: null, asOf: p.asOf }, k.lexicon, 'nl').text,
    ).toMatchInlineSnapshot(
      `"De looptijd van het charter is voorbij: elk doel heeft zijn laatste mijlpaal gehad. Voor woninginbraken in Ondiep: het doel voor 2017 (15 per 1000 woningen) is niet te beoordelen: er is geen meting van dat jaar of het jaar ervoor of erna. De laatste meting is 22 per 1000 woningen in 2010 (Wijkenmonitor 2010); toen lag het doel op koers. Het doel in het charter: 21 per 1000 woningen in 2011 en 15 per 1000 woningen in 2017 (2006: 38 per 1000 woningen)."`,
    );
    expect(
      phraseProgressPlan({ kind: 'progress', rows: [row], wijk: null, asOf: p.asOf }, k.lexicon, 'en').text,
    ).toMatchInlineSnapshot(
      `"The charter period has ended: every target has had its last milestone. For home burglaries in Ondiep: the 2017 target (15 per 1000 homes) cannot be judged: that year and the years either side of it were not measured. The latest measurement is 22 per 1000 homes in 2010 (Wijkenmonitor 2010); the target was on track then. The charter's target: 21 per 1000 homes by 2011 and 15 per 1000 homes by 2017 (2006: 38 per 1000 homes)."`,
    );
  });
});

describe('the e-mail version says what the chat answer says', () => {
  const engine = createEngine(k);
  for (const c of cases) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${c.name}, ${lang}`, async () => {
        const data: ProgressData = {
          asOf: c.asOf,
          options: DEFAULT_PROGRESS_OPTIONS,
          revisions: [],
          measurements: c.data.map(([y, v]) => m(c.id, y, v)),
        };
        const t = target(c.id);
        const q =
          lang === 'nl'
            ? `hoe staat ${t.wijk} ervoor met ${c.question}?`
            : `is ${t.wijk} on track for ${k.lexicon.indicators.find((i) => i.key === t.indicator)?.en.name}?`;
        const a = await engine.ask(q, { data });
        expect(a.language).toBe(lang);
        const email = renderEmail(a, k.meta);
        expect(email.ok).toBe(true);
        if (email.ok) expect(email.text).toContain(a.answer.replace(/\.$/, ''));
        const p = progressOf(c);
        if (p.latest) {
          expect(a.answer).not.toMatch(NOTHING_MEASURED);
          expect(a.answer).not.toMatch(NO_DATA_WORDS);
        }
      });
    }
  }
});
