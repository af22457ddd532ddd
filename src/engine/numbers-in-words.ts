// Numbers written in words, Dutch or English, become digits before anything is matched: "tweeduizend
// elf" is 2011, "vijfenveertig procent" 45 procent, "forty-five" 45, "twenty seventeen" 2017. "een" and
// "one" stay words: they are articles far more often than numbers.
import { boundedCache } from './memo.js';

const NL_UNITS: Record<string, number> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
};
const NL_TEENS: Record<string, number> = {
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
};
const NL_TENS: Record<string, number> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};
const EN_UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const EN_TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** A Dutch number below 100 at the start of `s`: "vijfenveertig", "elf", "drieentwintig". */
function nlBelow100(s: string): [number, string] | null {
  for (const [w, v] of Object.entries(NL_TEENS)) if (s.startsWith(w)) return [v, s.slice(w.length)];
  for (const [u, uv] of Object.entries(NL_UNITS)) {
    for (const link of ['en', 'een']) {
      if (!s.startsWith(u + link)) continue;
      const rest = s.slice(u.length + link.length);
      for (const [t, tv] of Object.entries(NL_TENS))
        if (rest.startsWith(t)) return [uv + tv, rest.slice(t.length)];
    }
  }
  for (const [t, tv] of Object.entries(NL_TENS)) if (s.startsWith(t)) return [tv, s.slice(t.length)];
  for (const [u, uv] of Object.entries(NL_UNITS)) if (s.startsWith(u)) return [uv, s.slice(u.length)];
  return null;
}

/** A Dutch number below 100 that is the whole of `s`, or null. */
function wholeBelow100(s: string): number | null {
  const n = nlBelow100(s);
  return n && n[1] === '' ? n[0] : null;
}

/** A Dutch number below 1000 that is the whole of `s` ("achthonderdvijftig", "vijfentwintig"), or null. */
function nlBelow1000(s: string): number | null {
  const at = s.indexOf('honderd');
  if (at < 0) return wholeBelow100(s);
  const hundreds = at === 0 ? 1 : wholeBelow100(s.slice(0, at));
  const rest = s.slice(at + 'honderd'.length);
  const below = rest === '' ? 0 : wholeBelow100(rest);
  return hundreds === null || below === null ? null : hundreds * 100 + below;
}

/** A whole Dutch number word ("tweeduizendelf", "vijfhonderd", "zevenendertig"), or null. */
function nlNumber(s: string): number | null {
  let rest = s;
  let total = 0;
  const scale = (word: string, factor: number) => {
    const at = rest.indexOf(word);
    if (at < 0) return true;
    const head = rest.slice(0, at);
    // "achthonderdvijftigduizend": the thousands may be hundreds themselves.
    const n = head === '' ? 1 : factor === 1000 ? nlBelow1000(head) : wholeBelow100(head);
    if (n === null) return false;
    total += n * factor;
    rest = rest.slice(at + word.length);
    return true;
  };
  if (!scale('duizend', 1000) || !scale('honderd', 100)) return null;
  if (rest !== '') {
    const n = nlBelow100(rest);
    if (n?.[1] !== '') return null;
    total += n[0];
  }
  return total > 0 ? total : null;
}

const SINGLE = (w: string) => w === 'een' || w === 'one';

/** The first letters of every number word, in either language. */
const STARTS_NUMBER = new RegExp(
  `^(?:${[NL_UNITS, NL_TEENS, NL_TENS, EN_UNITS, EN_TEENS, EN_TENS]
    .flatMap((m) => Object.keys(m))
    .concat(['honderd', 'duizend', 'hundred', 'thousand'])
    .join('|')})`,
);

/**
 * Replaces runs of number words with digits, in the question as written (so every later step sees the
 * figure). Dutch writes a number as one word or a few ("tweeduizend elf"); English as several ("two
 * thousand and eleven", "forty-five", "twenty eleven"); "komma" joins a decimal ("drieëntwintig komma vier").
 */
export function numbersInWords(text: string): string {
  // One answer reads the question and the charter's sentences it weighs more than once: recent ones are kept.
  return text.length <= CONVERTED_LENGTH ? converted.get(text, () => convert(text)) : convert(text);
}
const converted = boundedCache<string, string>(4096);
/** The longest text kept converted: a long charter clause (a pasted letter is converted once). */
const CONVERTED_LENGTH = 2000;

function convert(text: string): string {
  // "850 duizend" is 850.000 before "duizend" alone is read as 1000.
  return shorthandAmounts(digitsForWords(text.replace(THOUSANDS, '$1.000')));
}
const THOUSANDS = /\b(\d{1,3})\s?(?:duizend|thousand)\b/gi;

/** Amounts said in a fraction or a clipped unit: "een half miljoen", "5 mln", "100k", "honderd k". */
const AMOUNTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:een\s+)?half\s+miljoen\b/gi, '0,5 miljoen'],
  [/\banderhalf\s+miljoen\b/gi, '1,5 miljoen'],
  [/\b(?:een\s+)?kwart\s+miljoen\b/gi, '0,25 miljoen'],
  [/\bhalf\s+a\s+million\b/gi, '0.5 million'],
  // "een miljoen euro", "a million": one, where the article stands before a magnitude.
  [/(?<!\p{L})(?:een|één)\s+(miljoen|miljard)\b/giu, '1 $1'],
  [/\b(?:a|one)\s+(million|billion)\b/gi, '1 $1'],
  // "a thousand extra officers", "a hundred": the count, where the article stands before it.
  [/\ba\s+thousand\b/gi, '1000'],
  [/\ba\s+hundred\b/gi, '100'],
  // "in tweevoud ondertekend": in two copies.
  [/\btweevoud\b/gi, '2 exemplaren'],
  [/\bdrievoud\b/gi, '3 exemplaren'],
  // "5 mln", "2 mio": the charter's "5 miljoen".
  [/(?<=\d)\s?(?:mln|mio)\b\.?/gi, ' miljoen'],
  [/(?<=\d)\s?(?:mld|mrd)\b\.?/gi, ' miljard'],
  [/\b(?:a\s+)?quarter\s+(?:of\s+a\s+)?million\b/gi, '0.25 million'],
];
/** A share's word before "van de ...", "of the ..." and a word: the group it is a share of follows. */
function ofAGroup(share: string, language: 'nl' | 'en'): RegExp {
  const group =
    language === 'nl'
      ? String.raw`(?=van\s+(?:de|het|alle|hun|haar|zijn|onze)\s+\p{L})`
      : String.raw`(?=of\s+(?:the|all|its|their|our|his|her)\s+\p{L})`;
  return new RegExp(`${share}${group}`, 'giu');
}

/**
 * "ongeveer een kwart van de inwoners", "a third of the residents": a share of a group, in percent. Not "de
 * eerste helft van 2008": only before "van de", "of the" and a word.
 */
const SHARES: ReadonlyArray<readonly [RegExp, string]> = [
  [ofAGroup(String.raw`\b(?:een\s+)?kwart\s+`, 'nl'), '25% '],
  [ofAGroup(String.raw`\bdriekwart\s+`, 'nl'), '75% '],
  [ofAGroup(String.raw`\b(?:een\s+)?derde\s+`, 'nl'), '33% '],
  [ofAGroup(String.raw`\bde\s+helft\s+`, 'nl'), '50% '],
  [ofAGroup(String.raw`\b(?:a\s+)?quarter\s+`, 'en'), '25% '],
  [ofAGroup(String.raw`\bthree\s+quarters\s+`, 'en'), '75% '],
  [ofAGroup(String.raw`\b(?:a\s+)?third\s+`, 'en'), '33% '],
  [ofAGroup(String.raw`\bhalf\s+`, 'en'), '50% '],
  // "cut by a third", "met een kwart verminderen": a change by a share of what it was.
  [/(?<=\b(?:by|met)\s+)(?:a|one|een)\s+(?:third|derde)\b/giu, '33%'],
  [/(?<=\b(?:by|met)\s+)(?:a|one|een)\s+(?:quarter|kwart)\b/giu, '25%'],
  [/(?<=\b(?:by|met)\s+)(?:half|de\s+helft)\b/giu, '50%'],
];
/** "twaalfminners", "achttienjarigen": a number glued to an age group is the charter's "12-minners". */
const AGE_GROUP = new RegExp(
  `\\b(${Object.keys({ ...NL_UNITS, ...NL_TEENS, ...NL_TENS }).join('|')})[\\s-]?(minners|plussers|jarigen|jarige)\\b`,
  'gi',
);
const AGE_GROUP_WORD = /minners|plussers|jarige/i;
const SHARE_WORD = /kwart|derde|helft|quarter|third|half/i;

function shorthandAmounts(text: string): string {
  // Most texts name no age group: the alternation is only tried where one may be.
  let out = AGE_GROUP_WORD.test(text)
    ? text.replace(
        AGE_GROUP,
        (_, n: string, group: string) => `${digitsForWords(n.toLowerCase())}-${group.toLowerCase()}`,
      )
    : text;
  for (const [pattern, amount] of AMOUNTS) out = out.replace(pattern, amount);
  // Most texts name no share: the patterns are only tried where one may be.
  if (SHARE_WORD.test(out)) for (const [pattern, share] of SHARES) out = out.replace(pattern, share);
  // "100k", "€ 850 k": thousands, written as the charter writes them ("100.000").
  return out.replace(/\b(\d{1,3})\s?k\b/gi, '$1.000');
}

/**
 * "Ten behoeve van", "ten opzichte van", "ten minste": Dutch "ten" before such a word is "to the", not the
 * English 10 ("ten behoeve van ... € 250.000" was refuted as "10").
 */
const DUTCH_TEN = new Set([
  'behoeve',
  'opzichte',
  'minste',
  'slotte',
  'aanzien',
  'laste',
  'gunste',
  'einde',
  'tijde',
  'eerste',
  'tweede',
  'derde',
  'hoogste',
  'grondslag',
  'dienste',
  'uitvoer',
  'koste',
]);
const dutchTen = (word: string | undefined, next: string | undefined) =>
  word === 'ten' && next !== undefined && DUTCH_TEN.has(next);

function digitsForWords(text: string): string {
  const tokens = [...text.matchAll(/\p{L}+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    word: m[0]
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  }));
  // Runs of words separated only by spaces or hyphens: the words one number may be written in.
  const joined = (a: number, b: number) => /^[\s-]+$/.test(text.slice(tokens[a]?.end, tokens[b]?.start));
  let out = '';
  let copied = 0;
  for (let i = 0; i < tokens.length; ) {
    // Most words start no number: only those that do are parsed.
    if (!STARTS_NUMBER.test(tokens[i]?.word ?? '') || dutchTen(tokens[i]?.word, tokens[i + 1]?.word)) {
      i += 1;
      continue;
    }
    let run = i + 1;
    while (run < tokens.length && run - i < 6 && joined(run - 1, run)) run += 1;
    const ws = tokens.slice(i, run).map((t) => t.word);
    const found = dutchRun(ws, 0) ?? englishRun(ws, 0);
    if (!found) {
      i += 1;
      continue;
    }
    let value = String(found.value);
    let next = i + found.next;
    // "drieëntwintig komma vier": a decimal, written as the charter writes one.
    if (tokens[next]?.word === 'komma' && joined(next - 1, next) && next + 1 < tokens.length) {
      const decimal = dutchRun([tokens[next + 1]?.word ?? ''], 0);
      if (decimal && decimal.value < 10) {
        value += `,${decimal.value}`;
        next += 2;
      }
    }
    const first = tokens[i] as { start: number };
    const last = tokens[next - 1] as { end: number };
    out += `${text.slice(copied, first.start)}${value}`;
    copied = last.end;
    i = next;
  }
  return out + text.slice(copied);
}

function dutchRun(ws: string[], i: number): { value: number; next: number } | null {
  // The longest run of words that reads as one number: "twee duizend elf", "tweeduizend elf".
  for (let n = Math.min(4, ws.length - i); n >= 1; n--) {
    const words = ws.slice(i, i + n);
    if (n === 1 && SINGLE(words[0] as string)) return null;
    const value = yearInHalves(words.join('')) ?? nlNumber(words.join(''));
    if (value !== null) return { value, next: i + n };
  }
  return null;
}

/** "twintigelf", "twintig zeventien", "negentien negentig": a Dutch year said in two halves. */
function yearInHalves(word: string): number | null {
  for (const [half, century] of [
    ['twintig', 20],
    ['negentien', 19],
  ] as const) {
    if (!word.startsWith(half) || word.length === half.length) continue;
    const rest = word.slice(half.length);
    const value = NL_TEENS[rest] ?? nlNumber(rest);
    if (value !== null && value !== undefined && value >= 10 && value < 100) return century * 100 + value;
  }
  return null;
}

function englishBelow100(ws: string[], i: number): { value: number; next: number } | null {
  const w = ws[i] ?? '';
  if (EN_TEENS[w] !== undefined) return { value: EN_TEENS[w], next: i + 1 };
  const tens = EN_TENS[w];
  if (tens !== undefined) {
    const unit = EN_UNITS[ws[i + 1] ?? ''];
    return unit !== undefined ? { value: tens + unit, next: i + 2 } : { value: tens, next: i + 1 };
  }
  const unit = EN_UNITS[w];
  return unit !== undefined ? { value: unit, next: i + 1 } : null;
}

function englishRun(ws: string[], i: number): { value: number; next: number } | null {
  if (SINGLE(ws[i] ?? '') && ws[i + 1] !== 'hundred' && ws[i + 1] !== 'thousand') return null;
  let total = 0;
  let at = i;
  let current = englishBelow100(ws, at);
  if (!current) return null;
  at = current.next;
  // "twenty eleven", "nineteen ninety": a year said in two halves.
  const second = englishBelow100(ws, at);
  if ((current.value === 20 || current.value === 19) && second && second.value >= 10) {
    return { value: current.value * 100 + second.value, next: second.next };
  }
  for (const [word, factor] of [
    ['thousand', 1000],
    ['hundred', 100],
  ] as const) {
    if (ws[at] === word && current) {
      total += current.value * factor;
      at += 1;
      const skip = ws[at] === 'and' && englishBelow100(ws, at + 1) ? 1 : 0;
      current = englishBelow100(ws, at + skip);
      if (current) at = current.next;
    }
  }
  if (current) total += current.value;
  return total > 0 ? { value: total, next: at } : null;
}
