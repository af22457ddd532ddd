// Turns the grammar's word lists into matchers over folded text (see ../text.ts `fold`). A phrase is
// folded words with three small marks: `(mij)` an optional word or words, `{4}` up to four words of any
// kind, `#` a number. Lists stay readable data; the regular expressions are built once, here.
import { escapeRegExp, fold } from '../text.js';

const WORD = '[a-z0-9%]+';

function phraseSource(phrase: string): string {
  const parts: string[] = [];
  for (const token of phrase.match(/\([^)]*\)|\{\d+\}|\S+/g) ?? []) {
    if (token.startsWith('(')) {
      const inner = fold(token.slice(1, -1)).trim().split(' ').map(escapeRegExp).join(' ');
      parts.push(`(?: ${inner})?`);
    } else if (token.startsWith('{')) {
      parts.push(`(?: ${WORD}){0,${Number(token.slice(1, -1))}}`);
    } else if (token === '#') {
      parts.push(' \\d+(?:[.,]\\d+)?');
    } else {
      for (const w of fold(token).trim().split(' ')) if (w) parts.push(` ${escapeRegExp(w)}`);
    }
  }
  return parts.join('');
}

/** One concept's phrases as a matcher; longer phrases are tried first. */
export type PhraseSet = {
  /** Whether the folded text contains one of the phrases as whole words. */
  test(folded: string): boolean;
  /** Whether the folded text starts with one. */
  starts(folded: string): boolean;
  /** The first occurrence: where it starts and ends in the folded text (ends before its trailing space). */
  find(folded: string): { start: number; end: number; text: string } | null;
  /** Every occurrence, in order. */
  all(folded: string): Array<{ start: number; end: number; text: string }>;
  /** The folded text with every occurrence replaced (by nothing, or by `by`: "einde looptijd" -> " 2017"). */
  replace(folded: string, by?: string): string;
  /** The source, for composing a larger pattern in the rare case a concept sits inside one. */
  source: string;
};

export function phraseSet(phrases: readonly string[]): PhraseSet {
  const sources = [...new Set(phrases.map(phraseSource))].sort((a, b) => b.length - a.length);
  return fromSource(sources.length > 0 ? `(?:${sources.join('|')})` : '(?!)');
}

/** Phrases of each set in turn, each set's phrase directly after the last: "welke" + "organisatie". */
export function sequenceOf(sets: readonly PhraseSet[]): PhraseSet {
  return fromSource(sets.map((s) => s.source).join(''));
}

function fromSource(source: string): PhraseSet {
  const anywhere = new RegExp(`${source}(?= )`);
  const atStart = new RegExp(`^${source}(?= )`);
  const global = new RegExp(`${source}(?= )`, 'g');
  return {
    source,
    test: (folded) => anywhere.test(folded),
    starts: (folded) => atStart.test(folded),
    find(folded) {
      const m = anywhere.exec(folded);
      return m ? { start: m.index, end: m.index + m[0].length, text: m[0].trim() } : null;
    },
    all(folded) {
      return [...folded.matchAll(global)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0].trim(),
      }));
    },
    replace(folded, by = '') {
      return folded.replace(global, by);
    },
  };
}
