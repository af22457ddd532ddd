// How often something happens, as times a year: "twee keer per jaar" and "halfjaarlijks" say the same,
// "één keer per jaar" does not. A claim of a frequency is checked by this number, not by its words.
import { grammar } from './grammar/index.js';
import type { PhraseSet } from './grammar/phrases.js';
import { numbersInWords } from './numbers-in-words.js';
import { fold } from './text.js';

/** The named frequencies, most specific first: "twee keer per jaar" before "per jaar". */
const NAMED: ReadonlyArray<readonly [PhraseSet, number]> = [
  [grammar.twiceYearly, 2],
  [grammar.quarterly, 4],
  [grammar.monthly, 12],
  [grammar.weekly, 52],
  [grammar.yearly, 1],
];

export type Frequency = { times: number; text: string };

/** The frequency a text states, if any: how many times a year, and the words that say it. */
// The words that come first decide, the longer on a tie: "2 keer per jaar een evenement" (a claim whose
// "twee" was read as a figure) is twice a year, not the "per jaar een" that follows it.
export function frequencyIn(text: string): Frequency | null {
  const folded = fold(text);
  const found: Array<{ start: number; end: number; times: number; text: string }> = [];
  for (const [set, times] of NAMED) {
    const m = set.find(folded);
    if (m) found.push({ ...m, times });
  }
  const numbered = grammar.timesAYear.find(fold(numbersInWords(text)));
  if (numbered) found.push({ ...numbered, times: Number(/\d+/.exec(numbered.text)?.[0] ?? Number.NaN) });
  const first = found.sort((a, b) => a.start - b.start || b.end - a.end)[0];
  return first ? { times: first.times, text: first.text } : null;
}
