// The question grammar, compiled once: for each concept, one matcher over both languages' phrases (most
// questions mix them: "KE doel 2017 pls").
import { fold } from '../text.js';
import { CONCEPTS, type Concept } from './concepts.js';
import { en } from './en.js';
import { nl } from './nl.js';
import { type PhraseSet, phraseSet, sequenceOf } from './phrases.js';

export type { Concept } from './concepts.js';

function compile(pick: (c: Concept) => readonly string[]): Record<Concept, PhraseSet> {
  return Object.fromEntries(CONCEPTS.map((c) => [c, phraseSet(pick(c))])) as Record<Concept, PhraseSet>;
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
  return new Set(
    concepts
      .flatMap((c) => [...nl[c], ...en[c]])
      .flatMap((p) =>
        fold(p.replace(/[(){}#]|\d+/g, ' '))
          .trim()
          .split(' ')
          .filter(Boolean),
      ),
  );
}

/** Every word of every phrase of the grammar: words a question may use that name no topic. */
export const grammarWords: ReadonlySet<string> = grammarWordsOf(CONCEPTS);
/**
 * The grammar of a question, without the field names of a letter's layout ("Telefoonnummer:", "Beller:"):
 * asked in a question, "het telefoonnummer van ..." names a thing asked for.
 */
export const questionGrammarWords: ReadonlySet<string> = grammarWordsOf(
  CONCEPTS.filter((c) => c !== 'headerKey' && c !== 'noteTitle'),
);
