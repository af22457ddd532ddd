// Whether a question points back at what was just said, so a conversation's subject carries over.
import { grammar } from './grammar/index.js';
import { afterArticleAndNoun, fold, words } from './text.js';

/**
 * "Kan de gemeente met dit charter rijksgeld opeisen?": "dit charter" is the charter itself, never the
 * letter's sentence before; "in deze (vier) wijken", "these neighbourhoods" are its wijken. ("die
 * afspraken" may well be ones just named.)
 */
const namesTheCharter = (folded: string, at: number) =>
  /^ (?:\p{L}+)?charter\b|^ (?:(?:vier|four|4) )?(?:\p{L}+)?(?:wijken|neighbou?rhoods|districts)\b/u.test(
    folded.slice(at),
  );

/**
 * "and who pays for that?", "uit welke brief komt dat bedrag?", "what is it for?": the question points
 * back at what was just said. "klopt het dat ...", "is it true that ..." do not: there "dat" and "that"
 * join a claim.
 */
export function pointsBackIn(folded: string): boolean {
  const opener = grammar.yesNoOpener.find(folded);
  const text = opener && opener.start === 0 ? ` ${folded.slice(opener.end).trim()} ` : folded;
  // "is there a project that helps ..., and what is it called?": "it" is the thing the question itself
  // asks exists, not one before it.
  const exists = grammar.thereIs.find(text);
  if (grammar.anaphora.all(text).some((a) => !exists || exists.start > a.start)) return true;
  const dangling = grammar.danglingParticle.all(text).at(-1);
  if (dangling && dangling.end >= text.trimEnd().length) return true;
  for (const d of grammar.demonstrative.all(text)) {
    if (namesTheCharter(text, d.end)) continue;
    const before = text.slice(0, d.start).trim().split(' ').at(-1) ?? '';
    const after = text.slice(d.end).trim().split(' ')[0] ?? '';
    if (after === '' || grammar.referent.test(` ${after} `) || grammar.preposition.test(` ${before} `))
      return true;
  }
  return false;
}

/** "voor welke leeftijdsgroep geldt dat cijfer?": it names what it points at, so it is about that thing. */
export function namesReferent(folded: string): boolean {
  return grammar.demonstrative.all(folded).some((d) => {
    const after = folded.slice(d.end).trim().split(' ')[0] ?? '';
    return after !== '' && grammar.referent.test(` ${after} `);
  });
}

/**
 * "wanneer was dat?", "which ministry does that?": a word that may point back, in a sentence it does not
 * need to end. Not a relative pronoun after its noun ("de wethouder die namens het college tekende").
 */
export function mayPointBack(folded: string): boolean {
  return (
    grammar.anaphora.test(folded) ||
    grammar.demonstrative
      .all(folded)
      .some((d) => !afterArticleAndNoun(folded, d.start) && !namesTheCharter(folded, d.end))
  );
}

/**
 * "wat gaat die ploeg doen?" after "... gaat er een leerwerkploeg aan de slag ...": a demonstrative and a
 * noun the answer just quoted, as a word or the end of one, point back at that thing.
 */
export function namesQuotedThing(folded: string, quote: string): boolean {
  const quoted = words(fold(quote));
  return grammar.demonstrative.all(folded).some((d) => {
    const noun = folded.slice(d.end).trim().split(' ')[0] ?? '';
    return (
      noun.length >= QUOTED_NOUN &&
      !afterArticleAndNoun(folded, d.start) &&
      quoted.some((w) => w === noun || (w.endsWith(noun) && w.length >= noun.length + QUOTED_NOUN))
    );
  });
}
/** The shortest noun, and compound head before it, that a pointing question shares with the quote. */
const QUOTED_NOUN = 4;
