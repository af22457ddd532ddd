// One stemming function for a mixed Dutch/English vocabulary: a word keeps both its stems.
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { Encoder } from 'flexsearch';

// The charter repeats its vocabulary; stemming each word once keeps index builds fast.
const memoNl = new Map<string, string[]>();
const memoBoth = new Map<string, string[]>();

function stems(term: string, withEnglish: boolean): string[] {
  if (term.length < 4 || /\d/.test(term)) return [term];
  const memo = withEnglish ? memoBoth : memoNl;
  let out = memo.get(term);
  if (!out) {
    const nl = dutch(term);
    const en = withEnglish ? english(term) : nl;
    out = nl === en ? [nl] : [nl, en];
    if (memo.size < 50_000) memo.set(term, out);
  }
  return out;
}

/**
 * The Dutch-aware encoder of the FlexSearch indexes: case and diacritics folded, hyphenated names split
 * ("Zuilen-Oost" -> zuilen, oost), numbers kept whole (FlexSearch splits them by default), repeated
 * letters kept ("oost" stays "oost"), then Dutch stems, and English ones where asked. The clause index
 * is Dutch only (the charter is Dutch; English questions reach it through the glossary).
 */
export function createEncoder(stopwords: ReadonlySet<string>, options: { english: boolean }): Encoder {
  return new Encoder({
    normalize: true,
    dedupe: false,
    numeric: false,
    minlength: 2,
    split: /[^\p{L}\p{N}%]+/u,
    filter: (term: string) => !stopwords.has(term),
    finalize: (terms: string[]) => [...new Set(terms.flatMap((t) => stems(t, options.english)))],
  });
}
