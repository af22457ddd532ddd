import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildKnowledge,
  GENERATED_FILES,
  readLexicon,
  readSeed,
  staleKnowledge,
} from '../../src/charter/build-knowledge.js';
import { extractCitywide, extractFacts, extractTargets } from '../../src/charter/extract.js';
import { ingest } from '../../src/charter/ingest.js';
import { KnowledgeError, loadKnowledge } from '../../src/charter/load.js';
import { KNOWLEDGE_DIR } from '../../src/charter/paths.js';
import { inCharter, numbersIn, SEED } from '../support/charter-text.js';

const lexicon = readLexicon();
const { clauses } = ingest(SEED);
const targets = extractTargets(clauses, lexicon);
const count = (key: (t: (typeof targets)[number]) => string) =>
  targets.reduce<Record<string, number>>((acc, t) => {
    acc[key(t)] = (acc[key(t)] ?? 0) + 1;
    return acc;
  }, {});

describe('target extraction', () => {
  it('finds the 48 wijk targets, per theme and per wijk', () => {
    expect(targets).toHaveLength(48);
    expect(count((t) => t.theme)).toEqual({ health: 4, education: 11, safety: 14, housing: 13, work: 6 });
    expect(count((t) => t.wijk)).toEqual({ Kanaleneiland: 10, Ondiep: 14, Overvecht: 11, 'Zuilen-Oost': 13 });
  });

  it('reads every figure of every target from its own quote, and the quote from the charter', () => {
    for (const t of targets) {
      const inQuote = numbersIn(t.quote);
      for (const v of [...t.targets, ...(t.baseline ? [t.baseline] : [])]) {
        expect(inQuote.has(v.value), `${t.id} ${v.year}`).toBe(true);
        expect(t.quote).toContain(v.text);
        expect(t.quote).toContain(String(v.year));
      }
      expect(inCharter(t.quote), t.id).toBe(true);
      expect(t.quote).toBe(clauses.find((c) => c.id === t.clauseId)?.text);
    }
  });

  it('never gives a year the charter does not give', () => {
    const kanaleneilandHealth = targets.find(
      (t) => t.wijk === 'Kanaleneiland' && t.indicator === 'poor_health',
    );
    expect(kanaleneilandHealth?.targets.map((v) => v.year)).toEqual([2017]);
    expect(kanaleneilandHealth?.baseline).toEqual({ year: 2006, value: 20, text: '20' });
  });

  it('reads levels, units and changes relative to 2006', () => {
    const ondiepBurglary = targets.find((t) => t.id === 'ondiep.burglary');
    expect(ondiepBurglary).toMatchObject({
      unit: 'per 1000 woningen',
      kind: 'level',
      direction: 'down',
      baseline: { year: 2006, value: 38 },
      targets: [
        { year: 2011, value: 21 },
        { year: 2017, value: 15 },
      ],
    });
    expect(targets.find((t) => t.id === 'overvecht.burglary_car_combined')).toMatchObject({
      kind: 'change_vs_2006',
      baseline: null,
      targets: [
        { year: 2011, value: 33 },
        { year: 2017, value: 45 },
      ],
    });
    expect(targets.find((t) => t.id === 'ondiep.clean_street')).toMatchObject({
      unit: 'rapportcijfer',
      direction: 'up',
      baseline: { value: 5, text: '5,0' },
    });
    expect(targets.find((t) => t.id === 'zuilen-oost.violence')?.targets[0]).toEqual({
      year: 2011,
      value: 7.5,
      text: '7,5',
    });
  });

  it('links the city-wide averages in the footnotes to their indicators', () => {
    const citywide = extractCitywide(clauses, targets);
    expect(citywide.find((c) => c.indicator === 'burglary')).toMatchObject({
      value: 21.5,
      unit: 'per 1000 woningen',
      clauseId: 'voetnoot.7',
    });
    expect(citywide.find((c) => c.indicator === 'car_breakins')?.value).toBe(25.4);
    expect(citywide).toHaveLength(10);
  });

  it('keeps the charter’s other figures as facts tied to their clauses', () => {
    const facts = extractFacts(clauses, targets);
    const find = (text: string) => facts.find((f) => f.text === text);
    expect(find('€ 850.000')).toMatchObject({
      kind: 'amount',
      value: 850000,
      year: 2008,
      clauseId: 'bewonersparticipatie.inzet-rijk.2',
    });
    expect(find('totaal 25 straatcoaches')).toMatchObject({ kind: 'count', value: 25 });
    expect(find('37 extra wijkagenten')).toMatchObject({
      kind: 'count',
      value: 37,
      clauseId: 'veiligheid.inzet-rijk.2',
    });
    expect(find('31 december 2017')).toMatchObject({ kind: 'date', date: '2017-12-31' });
    expect(facts.filter((f) => f.text === '9 juni 2008').map((f) => f.date)).toContain('2008-06-09');
  });
});

describe('the extractor on an altered charter', () => {
  // Other wijk names, other numbers, and a target sentence split by a page break with furniture and a footnote.
  const altered = `## Gemeente Utrecht



Wonen, Wijken en Integratie

## 2. Op het gebied van veiligheid

### a. Gezamenlijke ambitie

#### Lunetten:

- 44% van de inwoners ervaart overlast van jongeren<sup>5</sup> in 2006. In 2011 is dit percentage gedaald tot 31%; in 2017 tot 22%.
- In 2011 is het percentage inbraken/autokraken ten opzichte van 2006 gedaald met 12%. In 2017 is dit percentage gedaald met 19% ten opzichte van 2006.

#### Tuindorp:

- In 2006 is het aantal woninginbraken per 1000 woningen 27,5. In 2011 is dit

<sup>5</sup> Stedelijk gemiddelde 2006: 19,5% van de inwoners ervaart overlast door jongeren.



## Gemeente Utrecht



Wonen, Wijken en Integratie

cijfer gedaald tot 19,5; in 2017 tot 12.

#### Lombok:

- Het rapportcijfer schone straat is in 2006 4,8. In 2017 is dit cijfer gestegen tot een 6,5.



## Gemeente Utrecht



Wonen, Wijken en Integratie

### b. Inzet gemeente

- Straatcoaches: er zullen in totaal 9 straatcoaches worden ingezet.
`;
  const alteredClauses = ingest(altered).clauses;
  const got = extractTargets(alteredClauses, lexicon);

  it('extracts the altered targets, wijken and numbers', () => {
    expect(
      got.map((t) => [
        t.wijk,
        t.indicator,
        t.baseline?.value ?? null,
        t.targets.map((v) => [v.year, v.value]),
      ]),
    ).toEqual([
      [
        'Lunetten',
        'youth_nuisance',
        44,
        [
          [2011, 31],
          [2017, 22],
        ],
      ],
      [
        'Lunetten',
        'burglary_car_combined',
        null,
        [
          [2011, 12],
          [2017, 19],
        ],
      ],
      [
        'Tuindorp',
        'burglary',
        27.5,
        [
          [2011, 19.5],
          [2017, 12],
        ],
      ],
      ['Lombok', 'clean_street', 4.8, [[2017, 6.5]]],
    ]);
  });

  it('rejoins the split sentence and drops the repeated page header', () => {
    expect(got[2]?.quote).toBe(
      'In 2006 is het aantal woninginbraken per 1000 woningen 27,5. In 2011 is dit cijfer gedaald tot 19,5; in 2017 tot 12.',
    );
    expect(alteredClauses.some((c) => c.text.includes('Gemeente Utrecht'))).toBe(false);
    expect(extractCitywide(alteredClauses, got)[0]).toMatchObject({
      indicator: 'youth_nuisance',
      value: 19.5,
    });
  });
});

describe('generated knowledge', () => {
  const seed = readSeed();

  it('is byte-identical when built twice from an unchanged seed', () => {
    expect(buildKnowledge(seed, lexicon)).toEqual(buildKnowledge(seed, lexicon));
  });

  it('matches what is checked in (run `npx charterbot knowledge build` after changing seeds or lexicon)', () => {
    const files = buildKnowledge(seed, lexicon);
    expect(Object.keys(files).sort()).toEqual([...GENERATED_FILES].sort());
    expect(staleKnowledge(files)).toEqual([]);
  });

  it('has lexicon entries in both languages for every indicator a target uses', () => {
    for (const key of new Set(targets.map((t) => t.indicator))) {
      const entry = lexicon.indicators.find((i) => i.key === key);
      expect(entry, key).toBeDefined();
      expect(entry?.nl.synonyms.length, key).toBeGreaterThan(0);
      expect(entry?.en.synonyms.length, key).toBeGreaterThan(0);
    }
  });

  it('refuses to load a file with a bad record, naming the file and the record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
    for (const f of [...GENERATED_FILES, 'lexicon.json'])
      writeFileSync(join(dir, f), readFileSync(join(KNOWLEDGE_DIR, f)));
    const bad = JSON.parse(readFileSync(join(dir, 'targets.json'), 'utf8'));
    bad[3].targets[0].value = 'twenty';
    writeFileSync(join(dir, 'targets.json'), JSON.stringify(bad));
    expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
    expect(() => loadKnowledge(dir)).toThrow(
      /targets\.json: record 3 \(id "zuilen-oost\.poor_health"\) is invalid: targets\.0\.value/,
    );
  });
});
