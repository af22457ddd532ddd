// People type fast: "wijkagnten", "toekomstverwachtnig", "woning inbraken", "jongerenoverlast". Before a
// question is understood, a word no vocabulary knows is mended into the one word it is a slip of (one
// letter off, in words of six letters or more), split into two words the charter uses, or joined with
// its neighbour when together they are one (or one letter off one).
import { boundedCache } from './memo.js';
import { append } from './multimap.js';
import { editDistance } from './text.js';

export type Spelling = {
  /** The question with its slips mended, as written otherwise (case and punctuation kept). */
  mend(text: string): string;
  /** Whether a word, or another form of it, is one that needs no mending. */
  knows(word: string): boolean;
  /** Whether a word is the beginning of one known word ("toekomstverw"): cut short, not a word itself. */
  cutShort(word: string): boolean;
};

/** Shortest word mended for a one-letter slip; shorter words are too easily another real word. */
const MIN_LENGTH = 6;
/** Shortest word mended into one of the charter's own words (the last, largest tier). */
const MIN_CHARTER_WORD = 7;
/** Shortest half of a compound that is split: "inbraak|cijfer" yes, "in|braak" no. */
const MIN_PART = 4;
/** Shortest word whose compound linker is mended, and the linkers: "fiets|en|diefstal", "wijk|s|agent". */
const MIN_RELINKED = 9;
const LINKS = ['en', 'e', 'n', 's'];

const foldWord = (w: string) =>
  w
    .replace(/['’]/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * "fietsdiefstal" is the charter's "fietsendiefstal", "wijkaanpak" also its "wijkenaanpak": Dutch joins a
 * compound's halves with or without a linking "en", "e", "n" or "s", and people write the one the charter
 * does not. One way only: two words of `words` the linker could make is no telling which was meant.
 */
export function relinkedIn(words: ReadonlySet<string>, word: string): string | null {
  if (word.length < MIN_RELINKED) return null;
  const found = new Set<string>();
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    for (const link of LINKS) {
      const added = `${left}${link}${right}`;
      if (words.has(added)) found.add(added);
      if (left.endsWith(link) && left.length - link.length >= MIN_PART) {
        const dropped = `${left.slice(0, -link.length)}${right}`;
        if (words.has(dropped)) found.add(dropped);
      }
    }
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/** Endings that make another form of a word in either language: "includ|es" beside "includ|ed". */
const ENDINGS = ['s', 'es', 'd', 'ed', 'ing', 'n', 'en', 'e', 'te', 'de'];
function otherFormOfKnown(word: string, known: ReadonlySet<string>): boolean {
  return ENDINGS.some((end) => {
    if (!word.endsWith(end) || word.length - end.length < MIN_PART) return false;
    const base = word.slice(0, -end.length);
    // Dutch doubles a consonant before an ending: "verstrekk|en" beside the charter's "verstrek|te".
    const bases = /([^aeiou])\1$/.test(base) ? [base, base.slice(0, -1)] : [base];
    return bases.some(
      (b) => known.has(b) || ENDINGS.some((other) => other !== end && known.has(`${b}${other}`)),
    );
  });
}

/**
 * `known`: every word that needs no mending (the charter's, the lexicon's, the grammar's, both
 * languages). `targets`: the words a slip may be mended into, in tiers: a slip one letter from a word of
 * an earlier tier is that word ("hoevel" is "hoeveel", a question word, before the charter's "hoewel").
 */
export function buildSpelling(
  known: ReadonlySet<string>,
  tiers: ReadonlyArray<ReadonlySet<string>>,
  clipped: ReadonlySet<string> = new Set(),
): Spelling {
  const clips = clipsByFirstLetter(clipped);
  const targets = new Set(tiers.flatMap((t) => [...t]));
  const byLength = tiers.map((tier) => {
    const map = new Map<number, string[]>();
    for (const t of tier) if (t.length >= MIN_LENGTH - 1) append(map, t.length, t);
    return map;
  });
  const nearest = boundedCache<string, string | null>(20_000);
  const slipOf = (word: string): string | null =>
    nearest.get(word, () => {
      for (const [i, tier] of byLength.entries()) {
        // The charter's own words are many: a short word one letter from one of them is as likely an
        // everyday word it lacks ("dingen" is no slip of "dwingen"). Only long ones are mended into them.
        if (i === byLength.length - 1 && word.length < MIN_CHARTER_WORD) continue;
        let found: string | null = null;
        for (const len of [word.length - 1, word.length, word.length + 1]) {
          for (const t of tier.get(len) ?? []) {
            if (editDistance(word, t, 1) > 1) continue;
            // Two words one letter away: no way to tell which was meant. Unless they are one word in British
            // and American spelling ("neighburhood": neighbourhood, neighborhood).
            if (found !== null && found !== t && !oneWordSpeltTwice(found, t)) return null;
            found = t;
          }
        }
        if (found) return found;
      }
      return null;
    });
  // "includes" is no slip of "included": another form of a known word is a word, not a slip.
  const isKnown = (w: string) => known.has(w) || /\d/.test(w) || otherFormOfKnown(w, known);
  /**
   * "jongerenoverlast" -> "jongeren overlast", "inbraakcijfer" -> "inbraak cijfer". The longest head first:
   * a Dutch compound's last part is its kind ("cijfer"), what comes before may be a compound of its own
   * ("jeugdwerkloosheids|cijfer", not "jeugd|werkloosheidscijfer").
   */
  const split = (word: string): string | null => {
    for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
      const left = word.slice(0, i);
      const right = word.slice(i);
      if (!targets.has(right) && !(right.length >= MIN_LENGTH && slipOf(right))) continue;
      // The linking -s- of Dutch compounds ("uitkering|s|afhankelijkheid"), and a slip in the first half
      // ("inbraa|cijfer").
      const head = [left, left.endsWith('s') ? left.slice(0, -1) : null]
        .filter((h): h is string => h !== null && h.length >= MIN_PART)
        .map((h) => (targets.has(h) ? h : h.length >= MIN_LENGTH ? slipOf(h) : null))
        .find((h) => h !== null);
      if (head) return `${head} ${targets.has(right) ? right : slipOf(right)}`;
    }
    return null;
  };
  const relinked = (word: string): string | null => relinkedIn(targets, word);
  /** The one target word a long enough beginning begins, or null where none or several do. */
  const sortedTargets = [...targets].sort();
  /** ... or that it begins with one letter slipped ("onveiligeidsgev.": a letter left out, or one too many). */
  const truncatedOf = (word: string): string | null => {
    const exact = completionOf(word);
    if (exact !== null || word.length < MIN_SLIPPED_TRUNCATED) return exact;
    const found = new Set<string>();
    for (let i = 0; i <= word.length; i++) {
      if (i < word.length) {
        const dropped = completionOf(word.slice(0, i) + word.slice(i + 1));
        if (dropped) found.add(dropped);
      }
      for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
        const added = completionOf(word.slice(0, i) + letter + word.slice(i));
        if (added) found.add(added);
      }
      if (found.size > 1) return null;
    }
    return [...found][0] ?? null;
  };
  const completionOf = (word: string): string | null => {
    if (word.length < MIN_TRUNCATED) return null;
    let lo = 0;
    let hi = sortedTargets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sortedTargets[mid] as string) < word) lo = mid + 1;
      else hi = mid;
    }
    // Several only as forms of one ("onveiligheidsgev.": "onveiligheidsgevoel", "-gevoelens"): the first.
    const first = sortedTargets[lo];
    if (first === undefined || !first.startsWith(word)) return null;
    for (let i = lo + 1; i < sortedTargets.length && (sortedTargets[i] as string).startsWith(word); i++)
      if (!(sortedTargets[i] as string).startsWith(first)) return null;
    return first;
  };
  return {
    knows(word) {
      const w = foldWord(word);
      return known.has(w) || otherFormOfKnown(w, known);
    },
    cutShort(word) {
      const w = foldWord(word);
      return !isKnown(w) && truncatedOf(w) !== null;
    },
    mend(text) {
      // "programma's" is one word, as the charter's folded text has it ("programmas").
      const tokens = [...text.matchAll(/\p{L}+(?:['’]s\b)?/gu)];
      let out = '';
      let copied = 0;
      for (let i = 0; i < tokens.length; i++) {
        const m = tokens[i] as RegExpMatchArray & { index: number };
        const word = foldWord(m[0]);
        const next = tokens[i + 1] as (RegExpMatchArray & { index: number }) | undefined;
        // "woning inbraken" -> "woninginbraken": two words the charter writes as one.
        if (next && text.slice(m.index + m[0].length, next.index) === ' ') {
          const second = foldWord(next[0]);
          const glued = word + second;
          // Two words that are words on their own stay apart ("outcome monitor"), unless together they
          // name a wijk or an indicator ("woning inbraken").
          const apart = known.has(word) && known.has(second) && !(tiers[1]?.has(glued) ?? false);
          if (word.length >= 3 && second.length >= 3 && targets.has(glued) && !apart) {
            out += `${text.slice(copied, m.index)}${glued}`;
            copied = next.index + next[0].length;
            i += 1;
            continue;
          }
          // "buurt bemideling", "uitkerings afhankeijkheid": split and slipped; together one letter off
          // a word of the charter. Only where one of them is no word.
          const slipped =
            word.length >= MIN_PART && second.length >= MIN_PART && (!isKnown(word) || !isKnown(second))
              ? slipOf(glued)
              : null;
          if (slipped) {
            out += `${text.slice(copied, m.index)}${slipped}`;
            copied = next.index + next[0].length;
            i += 1;
            continue;
          }
        }
        if (isKnown(word)) continue;
        // "negatieve toekomstverw.", "uitvoeringsprogr.": a word cut short before a full stop is the one
        // word of the charter's or the grammar's it begins.
        const cut = text[m.index + m[0].length] === '.' ? truncatedOf(word) : null;
        const mended =
          cut ??
          (word.length < MIN_LENGTH ? clipOf(word, clips) : (slipOf(word) ?? relinked(word) ?? split(word)));
        if (!mended) continue;
        out += `${text.slice(copied, m.index)}${mended}`;
        copied = m.index + m[0].length;
      }
      return out + text.slice(copied);
    },
  };
}

/** The shortest beginning of a word read as that word cut short ("toekomstverw."). */
const MIN_TRUNCATED = 6;
/** The shortest such beginning read with a slip of the pen in it. */
const MIN_SLIPPED_TRUNCATED = 9;

/** A word typed without its vowels ("vlgs", "wnnr", "nmns"): no vowel, and this long. */
const CLIP = /^[^aeiouy]{3,6}$/;

function clipsByFirstLetter(words: ReadonlySet<string>): Map<string, string[]> {
  const byFirst = new Map<string, string[]>();
  for (const w of words) if (w.length >= 4 && /[aeiouy]/.test(w)) append(byFirst, w[0] as string, w);
  return byFirst;
}

/**
 * "vlgs het charter", "wnnr is de visitatie": chat drops a common word's vowels. The word it is a clip of
 * begins and ends with its first and last letter and has its letters in order; of several, the shortest,
 * and none where two are as short ("vlgs" is "volgens", not "vervolgens").
 */
function clipOf(word: string, byFirst: ReadonlyMap<string, readonly string[]>): string | null {
  if (!CLIP.test(word)) return null;
  let best: string | null = null;
  let tie = false;
  for (const w of byFirst.get(word[0] as string) ?? []) {
    if (w.at(-1) !== word.at(-1) || !inOrder(word, w)) continue;
    if (best === null || w.length < best.length) {
      best = w;
      tie = false;
    } else if (w.length === best.length && w !== best) tie = true;
  }
  return tie ? null : best;
}

/** Whether every letter of `part` is in `word`, in the same order. */
function inOrder(part: string, word: string): boolean {
  let at = 0;
  for (const ch of word) if (ch === part[at]) at += 1;
  return at === part.length;
}

/** "neighbourhood" and "neighborhood", "labour" and "labor": one English word in two spellings. */
const oneWordSpeltTwice = (a: string, b: string) => a.replace(/our/g, 'or') === b.replace(/our/g, 'or');
