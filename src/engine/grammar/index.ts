// The question grammar, compiled once: for each concept, one matcher over both languages' phrases (most
// questions mix them: "KE doel 2017 pls").
import { fold } from '../text.js';
import { CONCEPTS, type Concept } from './concepts.js';
import { en } from './en.js';
import { nl } from './nl.js';
import { type PhraseSet, phraseSet, sequenceOf } from './phrases.js';

export type { Concept } from './concepts.js';

/**
 * Each concept's matcher, compiled when first used: a process that answers one question (the CLI) uses
 * a part of the grammar, and compiling all of it would be a good part of its start-up.
 */
function compile(pick: (c: Concept) => readonly string[]): Record<Concept, PhraseSet> {
  const compiled = {} as Record<Concept, PhraseSet>;
  for (const c of CONCEPTS) {
    Object.defineProperty(compiled, c, {
      configurable: true,
      enumerable: true,
      get() {
        const set = phraseSet(pick(c));
        Object.defineProperty(compiled, c, { value: set, enumerable: true });
        return set;
      },
    });
  }
  return compiled;
}

/** Each concept in both languages: most text mixes them ("KE doel 2017 pls"). */
export const grammar: Record<Concept, PhraseSet> = compile((c) => [...nl[c], ...en[c]]);

/** A phrase of each concept in turn ("wat doet" + "het rijk" + "aan"), in any mix of the languages. */
export function sequence(...concepts: readonly Concept[]): PhraseSet {
  return sequenceOf(concepts.map((c) => grammar[c]));
}

/** A phrase of any of the concepts: "klopt het dat" frames a claim and is hearsay's neighbour. */
export function either(...concepts: readonly Concept[]): PhraseSet {
  return phraseSet(concepts.flatMap((c) => [...nl[c], ...en[c]]));
}

/** One concept's phrases in one language, in their order: "januari" is the first month. */
export function phrasesOf(concept: Concept, language: 'nl' | 'en'): readonly string[] {
  return (language === 'nl' ? nl : en)[concept];
}

/** Every word of the phrases of some concepts, folded. */
export function grammarWordsOf(concepts: readonly Concept[]): ReadonlySet<string> {
  if (concepts.length === 1) return wordsOfConcept(concepts[0] as Concept);
  const all = new Set<string>();
  for (const c of concepts) for (const w of wordsOfConcept(c)) all.add(w);
  return all;
}

/** Each concept's words, worked out once: modules ask for the words of many overlapping sets of concepts. */
const conceptWords = new Map<Concept, ReadonlySet<string>>();
function wordsOfConcept(concept: Concept): ReadonlySet<string> {
  let found = conceptWords.get(concept);
  if (!found) {
    found = new Set(
      [...nl[concept], ...en[concept]].flatMap((p) =>
        fold(p.replace(/[(){}#]|\d+/g, ' '))
          .trim()
          .split(' ')
          .filter(Boolean),
      ),
    );
    conceptWords.set(concept, found);
  }
  return found;
}

/**
 * Every word of every phrase of the grammar: words a question may use that name no topic. Not contact
 * details ("adres", "address"): they name what is asked, which the charter does not give.
 */
export const grammarWords: ReadonlySet<string> = grammarWordsOf(
  CONCEPTS.filter((c) => c !== 'contactDetail'),
);
/**
 * The grammar of a question, without the field names of a letter's layout ("Telefoonnummer:", "Beller:"):
 * asked in a question, "het telefoonnummer van ..." names a thing asked for.
 */
export const questionGrammarWords: ReadonlySet<string> = grammarWordsOf(
  CONCEPTS.filter((c) => !['headerKey', 'noteTitle', 'contactDetail', 'personTitle'].includes(c)),
);
