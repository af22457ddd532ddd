// Question text: cleaning hostile input, folding for matching, and tokens.
import { sentences } from '../charter/text.js';
import { boundedCache, perOwner } from './memo.js';

/** How many clause texts are kept split into sentences. */
const SENTENCES_CACHE = 1024;
const split = boundedCache<string, readonly string[]>(SENTENCES_CACHE);

/**
 * A clause's sentences, its line breaks as spaces. Planning one answer reads the same clauses' sentences
 * many times: the same strings each time, so the caches keyed by a sentence (folding, terms) find it at once.
 */
export function clauseSentences(text: string): readonly string[] {
  return split.get(text, () => sentences(text.replace(/\n/g, ' ')));
}

/** How many folded texts are kept. */
const FOLD_CACHE = 5000;

export const MAX_QUESTION_LENGTH = 500;

/** "What's", "it's": "is" after the word, no possessive. */
const CONTRACTED = new Set(['what', 'that', 'there', 'here', 'who', 'where', 'how', 'it', 'he', 'she']);
/** "let's": no possessive either, and no "is". */
const NOT_POSSESSIVE = new Set([...CONTRACTED, 'let']);

/** A text to match as it is, inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes control characters and invisible formatting, normalises Unicode and whitespace. */
export function cleanQuestion(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return (
    raw
      .normalize('NFKC')
      .replace(/\p{Cc}|\p{Cf}/gu, ' ')
      // "Utrecht's share" is Utrecht's: a name's possessive is the name ("thema's" is a Dutch plural;
      // "What's", "It's" are a verb). Typed in lower case ("rotterdam's targets") too, where the word ends
      // in a consonant: a Dutch plural's apostrophe follows a vowel ("foto's", "programma's").
      // "what's U-shake?": "what is"; the verb written out, as the grammar reads it.
      .replace(/\b(\p{L}+)['’]s\b/gu, (whole, word: string) =>
        CONTRACTED.has(word.toLowerCase()) ? `${word} is` : whole,
      )
      .replace(/\b(\p{L}[\p{L}-]*)['’]s\b/gu, (whole, word: string) =>
        NOT_POSSESSIVE.has(word.toLowerCase()) ||
        (!/^\p{Lu}/u.test(word) && !/[b-df-hj-np-tv-xz]$/u.test(word)) ||
        word.length < 2
          ? whole
          : word,
      )
      // "reductie in 2010 tov 2002 = ?%", "x%": a blank for a percentage asks for it.
      .replace(/(?:=\s*)?(?:\?+|(?<!\p{L})[xX]|\.{2,})\s*%/gu, ' percentage ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * "de corporaties (Mitros/Portaal/Bo-Ex) samen": names in brackets after a plural say who the plural is,
 * they are not what is asked about. Said of the group, the question asks the group's figure, not one
 * member's: the names are left out. One name in brackets ("de corporatie (Portaal)") is the subject, and
 * so are places (`keeps`: "de wijken (Kanaleneiland, Ondiep)" asks of those two).
 */
export function withoutListedMembers(question: string, keeps: (name: string) => boolean): string {
  return question.replace(LISTED_MEMBERS, (whole, plural: string, list: string) =>
    list.split(/\s*(?:\/|,|&|\ben\b|\band\b)\s*/).some(keeps) ? whole : plural,
  );
}
/** A plural ("-en", "-s") and two or more names of a word or two in brackets, without figures. */
const LISTED_MEMBERS =
  /(\p{L}{3,}(?:en|s))\s*\((\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?(?:\s*(?:\/|,|&|\ben\b|\band\b)\s*\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?)+)\)/gu;

/**
 * Lower case, no diacritics, hyphens and slashes as spaces: the form every phrase is matched in. The same
 * charter sentences are folded again and again while one answer is planned: the last few thousand are kept.
 */
export function fold(text: string): string {
  // Only sentence-sized texts: a pasted letter is folded once, and must not fill the cache.
  return text.length <= FOLD_CACHED_LENGTH ? folded.get(text, () => foldOnce(text)) : foldOnce(text);
}

/** The longest text kept folded: a long charter clause. */
const FOLD_CACHED_LENGTH = 2000;

const folded = boundedCache<string, string>(FOLD_CACHE);
const NOT_ASCII = /[^\t\n\r\u0020-\u007e]/;
/** Lower-case letters, digits, % and single spaces: already folded but for the padding. */
const PLAIN = /^[a-z0-9% ]*$/;

function foldOnce(text: string): string {
  // Most texts are plain ASCII words (the glossary's thousands of phrases): they skip the Unicode steps.
  const lower = (
    NOT_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text
  ).toLowerCase();
  if (PLAIN.test(lower)) return ` ${lower.trim().replace(/ {2,}/g, ' ')} `;
  return ` ${lower
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9%/]+/g, ' ')
    .replace(/\//g, ' / ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

export function words(folded: string): string[] {
  return folded.split(' ').filter((w) => w.length > 0 && w !== '/');
}

/** Damerau-Levenshtein distance with an early exit once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Number.POSITIVE_INFINITY;
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Each clause's words, folded once per knowledge base: the clause index and the vocabulary both need them. */
export const clauseWords = perOwner((knowledge: { clauses: ReadonlyArray<{ text: string }> }): string[][] =>
  knowledge.clauses.map((c) => words(fold(c.text))),
);

/**
 * Whether the word at `start` follows an article and its noun ("het buurthuis waar ...", "de wethouder die
 * ..."): there a question word or demonstrative is a relative pronoun, not a question or a pointer.
 */
export function afterArticleAndNoun(folded: string, start: number): boolean {
  const before = folded.slice(0, start).trim().split(' ').slice(-2);
  return before.length === 2 && ARTICLES.has(before[0] as string);
}
/** The articles of both languages. */
export const ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 'een', 'the', 'a', 'an']);
