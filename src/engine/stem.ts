// One stemming function for a mixed Dutch/English vocabulary: a word keeps both its stems.
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { Encoder } from 'flexsearch';

export function stems(term: string): string[] {
  if (term.length < 4 || /\d/.test(term)) return [term];
  const nl = dutch(term);
  const en = english(term);
  return nl === en ? [nl] : [nl, en];
}

/**
 * The Dutch-aware encoder both FlexSearch indexes use: case and diacritics folded, hyphenated names
 * split ("Zuilen-Oost" -> zuilen, oost), numbers kept whole (FlexSearch splits them by default),
 * repeated letters kept ("oost" stays "oost"), then Dutch and English stems.
 */
export function createEncoder(stopwords: ReadonlySet<string>): Encoder {
  return new Encoder({
    normalize: true,
    dedupe: false,
    numeric: false,
    minlength: 2,
    split: /[^\p{L}\p{N}%]+/u,
    filter: (term: string) => !stopwords.has(term),
    finalize: (terms: string[]) => [...new Set(terms.flatMap(stems))],
  });
}
