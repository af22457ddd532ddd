// Every fact of the charter is reachable: for every sentence outside the wijk target tables that states
// a figure, a date, a person or an organisation (the signature block and the footnotes included), two
// questions are built from its subject, one Dutch and one English (the English in the translations'
// words, not the sentence's), and the answer must quote that sentence's clause and, where a figure is
// asked for, state it. The wijk targets have their own suite (all-targets.test.ts).
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import type { Clause } from '../../src/charter/schema.js';
import { sentences } from '../../src/charter/text.js';
import { fold } from '../../src/engine/text.js';
import { numbersIn } from '../support/charter-text.js';
import { createEngine } from '../support/engine.js';

const knowledge = loadKnowledge();
const engine = createEngine(knowledge);

/** The share of generated questions that must reach their sentence. */
const REQUIRED = 0.85;

const targetClauses = new Set(knowledge.targets.map((t) => t.clauseId));
const PERSON = /\b(drs|dr|mr|prof)\.\s|\bmevrouw\b|\bde heer\b/i;
/** An organisation: an abbreviation in capitals or a capitalised name inside the sentence. */
const ORGANISATION = /(?<=\s)(?:[A-Z]{2,}[A-Za-z&]*|[A-Z][a-z]+[A-Z]\w*)\b/;
const FUNCTION = new Set(
  `de het een van voor in en of op met naar bij dit dat deze die er niet geen ook nog zijn is wordt worden
  zal zullen heeft hebben kan kunnen door als aan om tot uit over wel meer zich hun haar zijn wij we
  deze dit onder andere waar waarbij waarmee daarbij daarnaast alle elke iedere jaar jaren`
    .split(/\s+/)
    .filter(Boolean),
);

// How rare each word is in the charter: a sentence's subject is its rarest words.
const df = new Map<string, number>();
for (const c of knowledge.clauses)
  for (const w of new Set(fold(c.text).trim().split(' '))) df.set(w, (df.get(w) ?? 0) + 1);

const english = new Map<string, string>();
for (const e of knowledge.lexicon.translations)
  for (const nl of e.nl)
    if (!nl.includes(' ') && e.en[0] && !english.has(fold(nl).trim())) english.set(fold(nl).trim(), e.en[0]);

type Kind = 'amount' | 'count' | 'date' | 'person' | 'organisation';
type Probe = {
  clause: Clause;
  sentence: string;
  kind: Kind;
  q: string;
  figure: number | null;
  lang: 'nl' | 'en';
};

function kindOf(sentence: string): { kind: Kind; figure: number | null } | null {
  if (PERSON.test(sentence)) return { kind: 'person', figure: null };
  const euro = /€\s?([\d.,]+)/.exec(sentence);
  if (euro?.[1]) return { kind: 'amount', figure: null };
  const year = /\b(19|20)\d\d\b/.exec(sentence);
  const count = /(?<![\d.,/-])\b(\d{1,3})\s+(?!procent|%)\p{L}{4,}/u.exec(
    sentence.replace(/\b(19|20)\d\d\b/g, ''),
  );
  if (count?.[1]) return { kind: 'count', figure: Number(count[1]) };
  if (year) return { kind: 'date', figure: Number(year[0]) };
  if (ORGANISATION.test(sentence)) return { kind: 'organisation', figure: null };
  return null;
}

/** The rarest words of a sentence, and its bullet's label ("Straatcoaches:"), as its subject. */
function subjectOf(clause: Clause, sentence: string): string[] {
  const label = /^([^:]{3,40}):/.exec(clause.text)?.[1];
  const words = [...new Set(fold(sentence).trim().split(' '))]
    .filter((w) => w.length >= 5 && !/\d/.test(w) && !FUNCTION.has(w))
    .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || b.length - a.length)
    .slice(0, 3);
  return [...new Set([...(label ? fold(label).trim().split(' ') : []), ...words])].slice(0, 4);
}

const OPENERS: Record<Kind, { nl: string; en: string }> = {
  amount: { nl: 'Hoeveel geld is er voor', en: 'How much money is there for' },
  count: { nl: 'Hoeveel', en: 'How many' },
  date: { nl: 'Wanneer is het met', en: 'When is it with' },
  person: { nl: 'Wie is de', en: 'Who is the' },
  organisation: { nl: 'Welke organisatie doet', en: 'Which organisation does' },
};

const probes: Probe[] = [];
for (const clause of knowledge.clauses) {
  if (targetClauses.has(clause.id)) continue;
  for (const sentence of sentences(clause.text.replace(/\n/g, ' '))) {
    if (sentence.length < 25) continue;
    const k = kindOf(sentence);
    if (!k) continue;
    const subject = subjectOf(clause, sentence);
    if (subject.length < 2) continue;
    const nl = `${OPENERS[k.kind].nl} ${subject.join(' ')}?`;
    const en = `${OPENERS[k.kind].en} ${subject.map((w) => english.get(w) ?? w).join(' ')}?`;
    probes.push({ clause, sentence, kind: k.kind, q: nl, figure: k.figure, lang: 'nl' });
    probes.push({ clause, sentence, kind: k.kind, q: en, figure: k.figure, lang: 'en' });
  }
}

/** Clauses that say the same sentence (the charter states some twice). */
const saysIt = (id: string, sentence: string) =>
  knowledge.clauses.some((c) => c.id === id && fold(c.text).includes(fold(sentence).trim()));

describe('every fact of the charter is reachable', () => {
  it(`finds the sentence for at least ${REQUIRED * 100}% of questions built from its subject`, async () => {
    const failed: string[] = [];
    for (const p of probes) {
      const a = await engine.ask(p.q);
      const cited = a.citations.some((c) => c.id === p.clause.id || saysIt(c.id, p.sentence));
      const stated = p.figure === null || numbersIn(a.answer).has(p.figure);
      if (!cited || !stated)
        failed.push(`[${p.kind}/${p.lang}] ${p.q} -> ${a.citations[0]?.id ?? a.status}; want ${p.clause.id}`);
    }
    const rate = 1 - failed.length / probes.length;
    console.log(
      `coverage: ${probes.length - failed.length}/${probes.length} = ${(rate * 100).toFixed(1)}%\n  ${failed.join('\n  ')}`,
    );
    expect(probes.length).toBeGreaterThan(150);
    expect(rate).toBeGreaterThanOrEqual(REQUIRED);
  }, 60_000);
});
