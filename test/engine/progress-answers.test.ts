// Answers about progress and measured values: the engine is given measurements as data with each question.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import type { Answer, ProgressData } from '../../src/engine/types.js';
import { DEFAULT_PROGRESS_OPTIONS, type Measurement } from '../../src/progress/types.js';
import { inCharter, numbersIn } from '../support/charter-text.js';
import { createEngine } from '../support/engine.js';

const knowledge = loadKnowledge();

const m = (wijk: string, indicator: string, year: number, value: number, unit: string): Measurement => ({
  wijk,
  indicator,
  year,
  value,
  unit,
  source: `Wijkenmonitor ${year}`,
  note: null,
  recordedBy: null,
  recordedAt: '2026-01-01T00:00:00.000Z',
});

const data: ProgressData = {
  asOf: '2010-06-01',
  options: DEFAULT_PROGRESS_OPTIONS,
  revisions: [],
  measurements: [
    m('Ondiep', 'burglary', 2008, 33, 'per 1000 woningen'),
    m('Ondiep', 'burglary', 2009, 30, 'per 1000 woningen'),
    m('Overvecht', 'benefits', 2009, 13.9, '%'),
    m('Zuilen-Oost', 'car_breakins', 2009, 40, 'per 1000 inwoners'),
    m('Zuilen-Oost', 'negative_outlook', 2009, 14, '%'),
  ],
};

const engine = createEngine(knowledge);
const ask = (q: string, thread?: string, d: ProgressData | undefined = data) =>
  engine.ask(q, { thread, data: d });

/** Every number is a charter figure, a recorded measurement or the question's own; every quote is verbatim. */
function expectBacked(a: Answer, question: string) {
  const backed = new Set<number>([...numbersIn(question)]);
  for (const c of a.citations) for (const n of numbersIn(c.quote)) backed.add(n);
  for (const f of a.facts) {
    // A fact's value as the answer may write it: 13.9 or 13,9 (which reads as 139 too).
    for (const n of numbersIn(String(Math.abs(f.value)).replace('.', ','))) backed.add(n);
    backed.add(f.year);
  }
  for (const n of numbersIn(a.answer)) expect(backed.has(n), `${n} in: ${a.answer}`).toBe(true);
  for (const c of a.citations) expect(inCharter(c.quote.replace(/\n/g, ' '))).toBe(true);
}

describe('progress answers', () => {
  it('says whether Ondiep is on track for burglary, with its inputs and the quoted clause', async () => {
    const q = 'is Ondiep on track for burglary?';
    const a = await ask(q);
    expect(a.status).toBe('answered');
    expect(a.answer).toMatchInlineSnapshot(
      `"Ondiep is at risk for home burglaries: measured 30 per 1000 homes (2009, Wijkenmonitor 2009), from 38 per 1000 homes in 2006; the target is 21 per 1000 homes by 2011. It is improving, but too slowly to reach the target in time."`,
    );
    expect(a.citations.map((c) => c.id)).toEqual(['veiligheid.ambitie.ondiep.3']);
    expect(a.facts.filter((f) => f.kind === 'measurement')).toEqual([
      {
        wijk: 'Ondiep',
        indicator: 'burglary',
        label: 'aantal woninginbraken per 1000 woningen',
        year: 2009,
        value: 30,
        unit: 'per 1000 woningen',
        kind: 'measurement',
        clauseId: 'veiligheid.ambitie.ondiep.3',
        source: 'Wijkenmonitor 2009',
      },
    ]);
    expectBacked(a, q);
  });

  it('answers in Dutch for a Dutch question, with the wording of the lexicon', async () => {
    const q = 'ligt Overvecht op koers voor uitkeringen?';
    const a = await ask(q);
    expect(a).toMatchObject({ status: 'answered', language: 'nl' });
    expect(a.answer).toMatch(/^Overvecht ligt voor inwoners in de werkzame leeftijd met een uitkering /);
    expect(a.answer).toContain('13,9% (2009, Wijkenmonitor 2009)');
    expectBacked(a, q);
  });

  it('gives the actual measured figure with its source, never the target in its place', async () => {
    const q = 'what was the actual number of burglaries in Ondiep in 2009?';
    const a = await ask(q);
    expect(a.status).toBe('answered');
    expect(a.answer).toMatch(
      /^The measured figure for home burglaries in Ondiep in 2009 is 30 per 1000 homes \(2009, source: Wijkenmonitor 2009\)/,
    );
    expectBacked(a, q);
  });

  it('says no figure is measured for a year without one, gives the target, and invents nothing for that year', async () => {
    const q = 'what was the actual number of burglaries in Ondiep in 2007?';
    const a = await ask(q);
    expect(a.status).toBe('partial');
    expect(a.answer).toMatch(
      /^No measured figure for home burglaries in Ondiep for 2007 has been recorded\./,
    );
    expect(a.answer).toContain('The charter gives targets, not measurements: 21 per 1000 homes by 2011');
    expect(a.facts.some((f) => f.year === 2007)).toBe(false);
    expect(a.facts.some((f) => f.kind === 'measurement' && f.value === 21)).toBe(false);
    expectBacked(a, q);
  });

  it('answers "what was the figure in 2006" from the charter, whose 2006 figures are the measured baseline', async () => {
    const a = await ask('what was the actual number of burglaries in Ondiep in 2006?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('38');
  });

  it('is partial where nothing is measured, and names the target', async () => {
    const a = await ask('is Kanaleneiland on track for youth nuisance?');
    expect(a.status).toBe('partial');
    expect(a.answer).toMatchInlineSnapshot(
      `"No measurement of residents who experience nuisance from young people in Kanaleneiland after 2006 has been recorded, so whether it is on track cannot be said yet. The charter's target: 50% by 2011 and 35% by 2017 (2006: 65%)."`,
    );
    const without = await engine.ask('is Ondiep on track for burglary?');
    expect(without.status).toBe('partial');
  });

  it('explains that a change target needs a measured 2006 value', async () => {
    const a = await ask('is Overvecht on track for burglaries?');
    expect(a.status).toBe('partial');
    expect(a.answer).toMatch(/change relative to 2006 .*without a measured 2006 value/);
  });

  it('lists every target of a wijk for "hoe staat Zuilen-Oost ervoor?"', async () => {
    const q = 'hoe staat Zuilen-Oost ervoor?';
    const a = await ask(q);
    expect(a).toMatchObject({ status: 'answered', language: 'nl' });
    expect(a.answer.split('\n')[0]).toBe('Zo staan de doelen van Zuilen-Oost ervoor, per doel:');
    expect(a.answer).toContain(
      '- autokraken: uit koers; gemeten 40 per 1000 inwoners (2009, Wijkenmonitor 2009)',
    );
    expect(a.answer).toContain(
      '- inwoners met een negatieve toekomstverwachting: gehaald; gemeten 14% (2009, Wijkenmonitor 2009)',
    );
    expect(a.citations).toHaveLength(13);
    expectBacked(a, q);
  });

  it('follows up in a thread: another wijk, the same indicator and question', async () => {
    await ask('is Ondiep on track for burglary?', 't1');
    const a = await ask('and Zuilen-Oost?', 't1');
    expect(a.answer).toMatch(/^No measurement of home burglaries in Zuilen-Oost/);
  });

  it('reads the measurements only for questions about them', async () => {
    let reads = 0;
    const source = async () => {
      reads += 1;
      return data;
    };
    await engine.ask('what is the Ondiep burglary target for 2011?', { data: source });
    expect(reads).toBe(0);
    const a = await engine.ask('is Ondiep on track for burglary?', { data: source });
    expect(reads).toBe(1);
    expect(a.status).toBe('answered');
  });

  it('says a target was revised, gives the charter original, and cites the clause that allows it', async () => {
    const revised: ProgressData = {
      ...data,
      measurements: [...data.measurements, m('Ondiep', 'burglary', 2007, 36, 'per 1000 woningen')],
      revisions: [
        {
          wijk: 'Ondiep',
          indicator: 'burglary',
          year: 2011,
          value: 19.9,
          source: 'Bijgesteld op de nulmeting 2007',
          basis: { year: 2007, value: 36 },
          recordedBy: null,
          recordedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    };
    const q = 'is Ondiep on track for burglary?';
    const a = await engine.ask(q, { data: revised });
    expect(a.answer).toContain(
      'the target is 19.9 per 1000 homes by 2011 (revised: Bijgesteld op de nulmeting 2007; the charter says 21 per 1000 homes)',
    );
    expect(a.citations.map((c) => c.id)).toEqual(['veiligheid.ambitie.ondiep.3', 'utrechtse-aanpak.14']);
    expectBacked(a, q);
  });
});

describe('the date a progress question asks about', () => {
  // Ondiep burglaries 2007-2010 and 2016, asked on 2 December 2026.
  const today: ProgressData = {
    asOf: '2026-12-02',
    options: DEFAULT_PROGRESS_OPTIONS,
    revisions: [],
    measurements: [
      m('Ondiep', 'burglary', 2007, 36, 'per 1000 woningen'),
      m('Ondiep', 'burglary', 2008, 33, 'per 1000 woningen'),
      m('Ondiep', 'burglary', 2009, 30, 'per 1000 woningen'),
      m('Ondiep', 'burglary', 2010, 22, 'per 1000 woningen'),
      m('Ondiep', 'burglary', 2016, 14, 'per 1000 woningen'),
    ],
  };

  it.each([
    ['hoe stond Ondiep ervoor met inbraken in 2010?', '2010-12-31', 'year_end'],
    ['hoe stond Ondiep ervoor met inbraken eind 2011?', '2011-12-31', 'year_end'],
    ['hoe stond Ondiep ervoor met inbraken per 1 juni 2010?', '2010-06-01', 'day'],
    ['was Ondiep on track for burglary on June 1, 2010?', '2010-06-01', 'day'],
    ['how was Ondiep doing on burglary at the end of 2009?', '2009-12-31', 'year_end'],
    ['hoe stond Ondiep ervoor met inbraken vorig jaar?', '2025-12-31', 'year_end'],
    ['hoe stond Ondiep ervoor met inbraken begin 2012?', '2012-01-01', 'day'],
    ['ligt Ondiep op koers voor het doel in 2017?', null, null],
    ['is Ondiep on track for its 2017 target?', null, null],
    ['hoe staat Ondiep ervoor in 2030?', null, null],
    ['hoe stond Ondiep ervoor per 31 februari 2010?', null, null],
  ])('reads "%s" as %s', async (q, asOf, kind) => {
    const { askedDate } = await import('../../src/engine/asked-date.js');
    expect(askedDate(q, '2026-12-02')).toEqual(asOf === null ? null : { asOf, kind });
  });

  it.each([
    ['en eind 2011?', true],
    ['and at the end of 2010?', true],
    ['per 1 juni 2010?', true],
    ['En in 2010?', true],
    ['en hoe zat het eind 2009?', true],
    ['and as of 2010-06-01?', true],
    ['en vorig jaar?', true],
    ['en in 2011 dan?', true],
    ['and for 2017?', false],
    ['en 2011?', false],
    ['en het doel in 2011?', false],
    ['en in Overvecht eind 2011?', false],
    ['en inbraken eind 2011?', false],
  ])('"%s" names only a date: %s', async (q, only) => {
    const { onlyADate } = await import('../../src/engine/asked-date.js');
    expect(onlyADate(q)).toBe(only);
  });

  it('answers as of the end of the year asked about, and names it', async () => {
    const a = await ask('hoe stond Ondiep ervoor met inbraken in 2010?', undefined, today);
    expect(a.answer).toMatchInlineSnapshot(
      `"Eind 2010: Ondiep ligt voor woninginbraken op koers: gemeten 22 per 1000 woningen (2010, Wijkenmonitor 2010), vanaf 38 per 1000 woningen in 2006; het doel is 21 per 1000 woningen in 2011. In dit tempo wordt het doel gehaald."`,
    );
    const b = await ask('was Ondiep on track for burglary on 1 June 2010?', undefined, today);
    expect(b.answer).toMatchInlineSnapshot(
      `"As of 1 June 2010: Ondiep is on track for home burglaries: measured 22 per 1000 homes (2010, Wijkenmonitor 2010), from 38 per 1000 homes in 2006; the target is 21 per 1000 homes by 2011. At this pace the target will be reached."`,
    );
  });

  it('reads a follow-up that names only a date as the same progress question as of that date', async () => {
    const first = (await ask('hoe staat Ondiep ervoor met inbraken?', 'date-nl', today)).answer;
    const end2011 = await ask('en eind 2011?', 'date-nl', today);
    expect(end2011.answer).toMatchInlineSnapshot(
      `"Eind 2011: Ondiep ligt voor woninginbraken op koers: gemeten 22 per 1000 woningen (2010, Wijkenmonitor 2010), vanaf 38 per 1000 woningen in 2006; het doel is 21 per 1000 woningen in 2011. In dit tempo wordt het doel gehaald."`,
    );
    expect(end2011.answer).not.toMatch(/^Het doel voor 2011/);
    const june = await ask('per 1 juni 2010?', 'date-nl', today);
    expect(june.answer).toMatchInlineSnapshot(
      `"Per 1 juni 2010: Ondiep ligt voor woninginbraken op koers: gemeten 22 per 1000 woningen (2010, Wijkenmonitor 2010), vanaf 38 per 1000 woningen in 2006; het doel is 21 per 1000 woningen in 2011. In dit tempo wordt het doel gehaald."`,
    );
    // Without a date the question is as of today again.
    expect((await ask('hoe staat Ondiep ervoor met inbraken?', 'date-nl', today)).answer).toBe(first);
    await ask('is Ondiep on track for burglary?', 'date-en', today);
    const end2010 = await ask('and at the end of 2010?', 'date-en', today);
    expect(end2010.answer).toMatchInlineSnapshot(
      `"At the end of 2010: Ondiep is on track for home burglaries: measured 22 per 1000 homes (2010, Wijkenmonitor 2010), from 38 per 1000 homes in 2006; the target is 21 per 1000 homes by 2011. At this pace the target will be reached."`,
    );
    expect(end2010.facts.find((f) => f.kind === 'measurement')).toMatchObject({ year: 2010, value: 22 });
    expect((await ask('and in 2009?', 'date-en', today)).answer).toMatch(
      /^At the end of 2009: Ondiep is at risk/,
    );
    // A wijk's every target, then a date: every target as of that date.
    await ask('hoe staat Zuilen-Oost ervoor?', 'date-wijk', today);
    expect((await ask('en eind 2011?', 'date-wijk', today)).answer.split('\n')[0]).toMatchInlineSnapshot(
      `"Eind 2011: Zo staan de doelen van Zuilen-Oost ervoor, per doel:"`,
    );
  });

  it('keeps a year after a target question a target’s year', async () => {
    await ask('wat is het doel voor inbraken in Ondiep voor 2017?', 'target-nl', today);
    expect((await ask('en in 2011?', 'target-nl', today)).answer).toMatchInlineSnapshot(
      `"Het doel voor 2011 voor woninginbraken in Ondiep is 21 per 1000 woningen (2006: 38 per 1000 woningen; doel 2017: 15 per 1000 woningen)."`,
    );
    expect((await ask('en eind 2011?', 'target-nl', today)).answer).toMatch(/^Het doel voor 2011/);
    await ask('is Ondiep on track for burglary?', 'target-en', today);
    // "for 2017" names a target's year, not a date.
    expect((await ask('and for 2017?', 'target-en', today)).answer).toMatch(/^The 2017 target/);
  });

  it('counts "vorig jaar" from today, and uses today without a date', async () => {
    const a = await ask('hoe stond Ondiep ervoor met inbraken vorig jaar?', undefined, today);
    expect(a.answer).toMatchInlineSnapshot(
      `"Eind 2025: De looptijd van het charter is voorbij: elk doel heeft zijn laatste mijlpaal gehad. Ondiep heeft het doel voor woninginbraken voor 2017 gehaald: gemeten in 2016: 14 per 1000 woningen (Wijkenmonitor 2016; 2017 zelf is niet gemeten), tegen een doel van 15 per 1000 woningen in 2017."`,
    );
    const now = await ask('hoe staat Ondiep ervoor met inbraken?', undefined, today);
    expect(now.answer).toMatchInlineSnapshot(
      `"De looptijd van het charter is voorbij: elk doel heeft zijn laatste mijlpaal gehad. Ondiep heeft het doel voor woninginbraken voor 2017 gehaald: gemeten in 2016: 14 per 1000 woningen (Wijkenmonitor 2016; 2017 zelf is niet gemeten), tegen een doel van 15 per 1000 woningen in 2017."`,
    );
  });
});
