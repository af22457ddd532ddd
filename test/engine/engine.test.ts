import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import { numbersInWords } from '../../src/engine/numbers-in-words.js';
import type { Answer } from '../../src/engine/types.js';
import { understand } from '../../src/engine/understand.js';
import { buildVocabulary } from '../../src/engine/vocabulary.js';
import { allCases, type Case } from '../cases/index.js';
import { inCharter, numberReadings, numbersIn } from '../support/charter-text.js';
import { createEngine } from '../support/engine.js';

const knowledge = loadKnowledge();
const expectNumber = (s: string) =>
  Number(
    s
      .split(' ')[0]
      ?.replace(/\.(?=\d{3})/g, '')
      .replace(',', '.')
      .replace(/,/g, ''),
  );

async function run(cases: Case[]): Promise<Array<{ c: Case; a: Answer }>> {
  const engine = createEngine(knowledge);
  const out: Array<{ c: Case; a: Answer }> = [];
  for (const c of cases) out.push({ c, a: await engine.ask(c.q, { thread: c.thread }) });
  return out;
}

const results = await run(allCases);

describe.each(results)('$c.q', ({ c, a }) => {
  it(`is ${c.status}${c.lang ? ` in ${c.lang}` : ''}`, () => {
    expect(a.status).toBe(c.status);
    if (c.lang) expect(a.language).toBe(c.lang);
  });
  if (c.numbers?.length) {
    it(`states ${c.numbers.join(', ')}`, () => {
      const nums = numbersIn(a.answer);
      for (const n of c.numbers ?? []) expect(nums.has(expectNumber(n)), `${n} in: ${a.answer}`).toBe(true);
    });
  }
  if (c.cite?.length) {
    it(`cites a clause with ${c.cite.join(', ')}`, () => {
      for (const w of c.cite ?? [])
        expect(a.citations.some((ci) => ci.quote.toLowerCase().includes(w.toLowerCase()))).toBe(true);
    });
  }
  if (c.words?.length) {
    it(`says ${c.words.join(', ')}`, () => {
      for (const w of c.words ?? [])
        expect(
          w.split('|').some((x) => a.answer.toLowerCase().includes(x.toLowerCase())),
          a.answer,
        ).toBe(true);
    });
  }
  // The answer's own words: what it says outside the charter's quoted words.
  const own = a.answer.replace(/“[^”]*”/g, ' ');
  if (c.lead?.length) {
    it(`states ${c.lead.join(', ')} up front`, () => {
      const nums = numbersIn(own);
      for (const n of c.lead ?? []) expect(nums.has(expectNumber(n)), `${n} in: ${own}`).toBe(true);
    });
  }
  if (c.notLead?.length) {
    it(`does not state ${c.notLead.join(', ')} up front`, () => {
      const nums = numbersIn(own);
      for (const n of c.notLead ?? []) expect(nums.has(expectNumber(n)), `${n} in: ${own}`).toBe(false);
    });
  }
  if (c.leadWords) {
    it(`says ${c.leadWords} first`, () => {
      const first = own.trim().split(/[.:!]/)[0]?.toLowerCase() ?? '';
      expect(
        (c.leadWords ?? '')
          .split('|')
          .some((w) => new RegExp(`\\b${w}\\b`).test(first) || own.toLowerCase().includes(w)),
        own,
      ).toBe(true);
    });
  }
  if (c.chat) {
    it('replies without quoting the charter', () => {
      expect(a.citations).toEqual([]);
      expect(a.answer.length).toBeLessThan(500);
    });
  }
  if (c.absentYear) {
    it(`invents nothing for ${c.absentYear}`, () => {
      expect(a.facts.some((f) => f.year === c.absentYear)).toBe(false);
    });
  }
  it('backs every number in the answer with a citation or a fact, and quotes the charter verbatim', () => {
    const backed = new Set<number>();
    for (const ci of a.citations) for (const n of numbersIn(ci.quote)) backed.add(n);
    for (const f of a.facts) {
      backed.add(Math.abs(f.value));
      backed.add(f.year);
    }
    // A year the question itself asked about may be named as missing ("no 2011 target"); a figure it
    // claims may be restated in digits ("een half miljoen" -> "niet 0,5 miljoen maar 1 miljoen").
    const asked = c.thread
      ? allCases.slice(0, allCases.indexOf(c) + 1).filter((x) => x.thread === c.thread)
      : [c];
    for (const x of asked) for (const n of numbersIn(numbersInWords(x.q))) backed.add(n);
    if (a.status === 'clarify') {
      for (const t of knowledge.targets) for (const v of t.targets) backed.add(v.year);
      // Asking which target is meant names them: "werkzoekenden van 15 tot 26 jaar" is a name, not a figure.
      for (const i of knowledge.lexicon.indicators)
        for (const n of numbersIn(`${JSON.stringify(i.nl)} ${JSON.stringify(i.en)}`)) backed.add(n);
    }
    // A number is backed when one of its readings is: "1,000 extra" restates a claimed thousand.
    for (const readings of numberReadings(a.answer))
      expect(
        readings.some((n) => backed.has(n)),
        `${readings.join('/')} in: ${a.answer}`,
      ).toBe(true);
    for (const ci of a.citations) {
      expect(inCharter(ci.quote.replace(/\n/g, ' ')), ci.id).toBe(true);
      expect(knowledge.clauseById.get(ci.id)?.section).toBe(ci.section);
    }
    if (a.status === 'not_found' || a.status === 'clarify') {
      expect(a.suggestions?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(a.suggestions?.length ?? 0).toBeLessThanOrEqual(3);
    }
  });
});

describe('hostile and odd input', () => {
  const engine = createEngine(knowledge);
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<!channel> <@U123> what is the Ondiep burglary target for 2011?',
    'x'.repeat(10_000),
    'What\u0000 is\u0007 the \u202eOndiep\u200b burglary target for 2011?',
    '.,;:!?',
    '👍🏽 🏠 2011',
    '\n\n\t  \n',
  ];
  it.each(hostile)('never crashes and never echoes markup: %#', async (q) => {
    const a = await engine.ask(q);
    expect(['answered', 'partial', 'not_found', 'clarify']).toContain(a.status);
    expect(a.answer).not.toMatch(/<script|<img|onerror|<!channel>|<@U123>/i);
  });

  it('refuses an over-long question with a clear message', async () => {
    const a = await engine.ask(`What is the Ondiep burglary target ${'please '.repeat(200)}?`);
    expect(a.status).toBe('clarify');
    expect(a.answer).toMatch(/too long/);
  });

  it('answers the question behind mentions and control characters', async () => {
    const a = await engine.ask('<!channel> what is the\u0007 Ondiep burglary target for 2011?');
    expect(a.status).toBe('answered');
    expect(numbersIn(a.answer).has(21)).toBe(true);
  });

  it('takes a non-string question as empty', async () => {
    expect((await engine.ask(42)).status).toBe('clarify');
    expect((await engine.ask(undefined)).status).toBe('clarify');
  });
});

describe('messages that ask two things', () => {
  it('quotes a sentence once when it answers both questions', async () => {
    const engine = createEngine(knowledge);
    const a = await engine.ask(
      'Which minister signed for the national government, and what was her portfolio?',
    );
    expect(a.parts?.length).toBe(2);
    // The office line once; the signature at the end (“drs. Ella Vogelaar”) says her name in full.
    expect(a.answer.match(/drs\. E\. Vogelaar/g)?.length).toBe(1);
  });

  it('cites both sentences of one clause that answer its two questions', async () => {
    const engine = createEngine(knowledge);
    const a = await engine.ask(
      "What is the national government's extra money for the wijkenaanpak meant for, and when will its distribution be announced?",
    );
    const quotes = a.citations.map((c) => c.quote).join(' ');
    // "Het gaat daarbij om ..." says what the money consists of: shown with the sentence before it.
    expect(quotes).toContain('geld voor een wijkenfonds');
    expect(quotes).toContain('voor de zomer van 2008');
  });
});

describe('threads', () => {
  it('keeps threads apart', async () => {
    const engine = createEngine(knowledge);
    await engine.ask('What is the Ondiep burglary target for 2011?', { thread: 'a' });
    await engine.ask('Zuilen-Oost benefits target for 2011', { thread: 'b' });
    const a = await engine.ask('and 2017?', { thread: 'a' });
    expect(a.citations[0]?.quote).toContain('woninginbraken');
  });

  it('asks for every target when told "alle doelen", not for the thread’s topic or year', async () => {
    const engine = createEngine(knowledge);
    await engine.ask('Wat is het doel voor geweld in Ondiep in 2017?', { thread: 'all' });
    const all = await engine.ask('Geef alle doelen voor Kanaleneiland', { thread: 'all' });
    expect(all.status).toBe('answered');
    expect(all.answer.split('\n')[0]).toBe('Doelen in Kanaleneiland:');
    expect(all.answer.split('\n').length).toBeGreaterThan(5);
    const next = await engine.ask('en voor 2011?', { thread: 'all' });
    expect(next.answer.split('\n')[0]).toBe('Doelen voor 2011 in Kanaleneiland:');
    await engine.ask('What is the Ondiep violence target for 2017?', { thread: 'all-en' });
    expect((await engine.ask('all targets for Zuilen-Oost', { thread: 'all-en' })).answer).toMatch(
      /^Targets in Zuilen-Oost:/,
    );
  });

  it('writes Dutch decimals with a comma and English ones with a point', async () => {
    const engine = createEngine(knowledge);
    expect((await engine.ask('Wat is het doel voor geweld in Ondiep in 2011?')).answer).toContain('7,5');
    expect((await engine.ask('What is the Ondiep violence target for 2011?')).answer).toContain('7.5');
  });
});

describe('asking for more', () => {
  it('calls a question of a word or two too short, and a longer one that names nothing too general', async () => {
    const engine = createEngine(knowledge);
    const short = await engine.ask('Ondiep');
    const general = await engine.ask('What is the goal of the charter?');
    expect([short.status, general.status]).toEqual(['clarify', 'clarify']);
    expect(short.answer).toMatch(/te kort/);
    expect(general.answer).toMatch(
      /^Your question is too general to answer with a figure from the charter\./,
    );
    expect(general.suggestions?.length).toBeGreaterThan(0);
  });
});

describe('wijk names with a slip', () => {
  it('reads a misspelt wijk as the wijk, but a word of the charter as itself ("overleg" is no "overvegt")', async () => {
    const vocab = buildVocabulary(knowledge);
    const wijkenOf = (q: string) => understand(q, undefined, vocab, knowledge).intent.wijken;
    expect(wijkenOf('overvect inbraak 2011')).toEqual(['overvecht']);
    expect(wijkenOf('kanaleniland werkloosheid')).toEqual(['kanaleneiland']);
    expect(wijkenOf('Op een overleg hoorde ik over een landelijke methode.')).toEqual([]);
  });
});

describe('figures read from the text', () => {
  it('never reads a number from the middle of another ("vanaf 2,5 jaar" is no duration of 5 years)', async () => {
    const engine = createEngine(knowledge);
    const en = await engine.ask('how long do toddlers take part in VVE programmes?');
    const nl = await engine.ask('na hoeveel jaar kunnen kinderen met een taalachterstand deelnemen aan VVE?');
    for (const a of [en, nl]) {
      expect(a.answer).not.toMatch(/(?<![\d,.])5 (years|jaar)\b/);
      expect(a.facts.some((f) => f.value === 5)).toBe(false);
    }
  });
});

describe('boundaries', () => {
  it('keeps the engine free of Slack, Teams, HTTP and database code', () => {
    const dir = join(import.meta.dirname, '../../src/engine');
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    )) {
      const source = readFileSync(join(dir, file), 'utf8');
      const imports = [...source.matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
      const banned = imports.filter((i) =>
        /^(@slack\/|botbuilder|botframework|node:http|better-sqlite3|pg$|express|hono|@hono\/)/.test(i),
      );
      expect(banned, file).toEqual([]);
    }
  });

  it('keeps the wording out of the engine: it plans, the phraser it is given writes', () => {
    const dir = join(import.meta.dirname, '../../src/engine');
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    )) {
      const source = readFileSync(join(dir, file), 'utf8');
      const imports = [...source.matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
      expect(
        imports.filter((i) => i.includes('/phrase/')),
        file,
      ).toEqual([]);
    }
  });
});
