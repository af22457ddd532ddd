// "Wie tekende namens het ministerie dat over boeren, natuur en voedsel gaat?", "the ministry responsible
// for domestic affairs": a ministry described by what it covers is the one the charter names ("Landbouw,
// Natuur en Voedselkwaliteit", "Binnenlandse Zaken en Koninkrijksrelaties"). The description is written as
// that name before anything is matched; its words ("boeren", "scholen") are no topics of the question.
import type { Lexicon } from '../charter/schema.js';
import { grammar, grammarWordsOf, phrasesOf } from './grammar/index.js';
import { perOwner } from './memo.js';
import { fold, words } from './text.js';

type Ministry = Lexicon['ministries'][number];
type Token = { word: string; start: number; end: number };

/** How many words after the opening a description may run to ("domestic affairs and ... the Kingdom"). */
const WINDOW = 14;
/** The verb that closes a Dutch description ("dat over scholen en cultuur gaat"): part of it. */
const CLOSING = grammarWordsOf(['describedEnd']);

const openings = (['nl', 'en'] as const).flatMap((lang) =>
  phrasesOf('ministryDescribed', lang).map((p) => ({ lang, words: words(fold(p)) })),
);

/** Each ministry's domain phrases as folded words, both languages. */
const domains = perOwner((ministries: Lexicon['ministries']) =>
  ministries.map((m) => ({
    ministry: m,
    phrases: [...m.domain.nl, ...m.domain.en].map((p) => words(fold(p))),
  })),
);

function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}%]+/gu)].map((m) => ({
    word: fold(m[0]).trim(),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

const startsAt = (ts: Token[], at: number, ws: readonly string[]) =>
  ws.length > 0 && ws.every((w, k) => ts[at + k]?.word === w);

/** The charter's words for an office over a described ministry, in the description's language. */
function named(head: string, ministry: Ministry, lang: 'nl' | 'en'): string {
  if (lang === 'en') {
    const office = head === 'ministry' || head === 'department' ? 'ministry' : head;
    return `${office === 'cabinet' ? 'minister' : office} of ${ministry.name}`;
  }
  const office = head === 'departement' ? 'ministerie' : head.startsWith('bewinds') ? 'minister' : head;
  return `${office} ${ministry.of} ${ministry.name}`;
}

/**
 * The text with each described ministry written as the charter names it; the text itself where no
 * description says one ministry more than any other.
 */
export function withMinistriesNamed(text: string, ministries: Lexicon['ministries']): string {
  // Most questions describe no ministry: one test of the whole text before reading it word by word.
  if (ministries.length === 0 || !grammar.ministryDescribed.test(fold(text))) return text;
  const ts = tokens(text);
  let out = text;
  // Right to left, so the positions before each replacement stay true.
  for (let at = ts.length - 1; at >= 0; at--) {
    const opening = openings.find((o) => startsAt(ts, at, o.words));
    if (!opening) continue;
    const from = at + opening.words.length;
    let best: { ministry: Ministry; count: number; last: number } | null = null;
    let tie = false;
    for (const { ministry, phrases } of domains(ministries)) {
      let count = 0;
      let last = -1;
      for (let i = from; i < Math.min(ts.length, from + WINDOW); i++) {
        const phrase = phrases.find((p) => startsAt(ts, i, p));
        if (!phrase) continue;
        count++;
        last = i + phrase.length - 1;
      }
      if (count === 0) continue;
      if (!best || count > best.count) {
        best = { ministry, count, last };
        tie = false;
      } else if (count === best.count) tie = true;
    }
    if (!best || tie) continue;
    const closing = ts[best.last + 1];
    const end = closing && CLOSING.has(closing.word) ? best.last + 1 : best.last;
    const head = opening.words[0] as string;
    out = `${out.slice(0, ts[at]?.start)}${named(head, best.ministry, opening.lang)}${out.slice(ts[end]?.end)}`;
  }
  return out;
}

/**
 * "and for health (VWS)?", "and agriculture?" after who signed for a ministry: the words of a follow-up
 * that say one ministry's domain, written as that ministry's name. The text itself where they say none or
 * several.
 */
export function withMinistryNamed(text: string, ministries: Lexicon['ministries']): string {
  const ts = tokens(text);
  const hits = domains(ministries).flatMap(({ ministry, phrases }) =>
    ts.flatMap((_, i) => {
      const phrase = phrases.find((p) => startsAt(ts, i, p));
      return phrase ? [{ ministry, from: i, to: i + phrase.length - 1 }] : [];
    }),
  );
  const said = new Set(hits.map((h) => h.ministry));
  const [first] = hits;
  if (said.size !== 1 || !first) return text;
  const from = Math.min(...hits.map((h) => h.from));
  const to = Math.max(...hits.map((h) => h.to));
  return `${text.slice(0, ts[from]?.start)}${first.ministry.name}${text.slice(ts[to]?.end)}`;
}
