// One stemming function for a mixed Dutch/English vocabulary: a word keeps both its stems.
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { Encoder } from 'flexsearch';

// The charter repeats its vocabulary; stemming each word once keeps index builds fast.
const memo = new Map<string, string[]>();

function stems(term: string): string[] {
  if (term.length < 4 || /\d/.test(term)) return [term];
  let out = memo.get(term);
  if (!out) {
    const nl = dutch(term);
    const en = english(term);
    out = nl === en ? [nl] : [nl, en];
    if (memo.size < 50_000) memo.set(term, out);
  }
  return out;
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
