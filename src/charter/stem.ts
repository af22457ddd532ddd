// One stemming function for a mixed Dutch/English vocabulary: a word keeps both its stems.
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';

// The charter repeats its vocabulary; stemming each word once keeps index builds fast.
const memoNl = new Map<string, string[]>();
const memoBoth = new Map<string, string[]>();

/**
 * Every word of the charter and the lexicon with its Dutch stem, and the lexicon's words with their English
 * stem, generated into knowledge/stems.json: a fresh process then starts without running the stemmers
 * over the whole charter. An empty string means the stem is the word itself.
 */
export type StemTable = { nl: Record<string, string>; en: Record<string, string> };

const SPLIT = /[^\p{L}\p{N}%]+/u;
const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/** The words `stems` is asked about for these texts, as the encoders split them. */
function stemmable(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of texts)
    for (const w of normalise(t).split(SPLIT)) if (w.length >= 4 && !/\d/.test(w)) out.add(w);
  return out;
}

/**
 * The Snowball stemmer keeps an -s after a vowel and the v and z of a plural: "corporaties" stays apart from
 * "corporatie", "initiatieven" from "initiatief", "prijzen" from "prijs"; and a verb's -t from its
 * participle's -d ("ondersteunt", "ondersteund"). Those are folded together here, as other Dutch stemmers
 * (Kraaij-Pohlmann) do.
 */
function dutchStem(word: string): string {
  const infinitive = VERB_FORMS.get(word);
  if (infinitive) return dutchStem(infinitive);
  // Snowball drops "-lijk" after "-en" ("verwezenlijken": "verwezen") but not after "-ing"
  // ("verwezenlijking"): the noun goes with its verb.
  const s = word.endsWith('lijking') ? dutch(word).replace(/lijk$/, '') : dutch(word);
  if (s.length >= 6 && s.endsWith('ies')) return s.slice(0, -1);
  if (s.length >= 5 && s.endsWith('v')) return `${s.slice(0, -1)}f`;
  if (s.length >= 5 && s.endsWith('z')) return `${s.slice(0, -1)}s`;
  // "ondersteunt" and "ondersteund": the verb and its participle.
  const verb = s.length >= 8 && /[lnr][dt]$/.test(s) ? s.slice(0, -1) : s;
  // "realiseert" and "realiseren": a long vowel is written double only in a closed syllable.
  return verb.length >= 5 ? verb.replace(/([aeou])\1([^aeiou])$/, '$1$2') : verb;
}

/**
 * The forms of verbs questions ask with, each to its infinitive: "Hoeveel kreeg Utrecht ...?", "Wanneer
 * wordt de visitatie gehouden?" where the charter writes "krijgt", "houden". Snowball only strips endings:
 * a strong verb's changed vowel ("kreeg", "droeg", "ontving"), a present's -t ("krijgt" beside "krijgen")
 * and a participle's ge- would each be a word of its own. Verbs of giving, receiving, signing and
 * holding only: the forms of "staan", "gaan", "komen", "brengen" are idioms as often ("in staat", "gaat om",
 * "in beeld gebracht").
 */
const VERB_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    begint: 'beginnen',
    begon: 'beginnen',
    begonnen: 'beginnen',
    besteed: 'besteden',
    besteedde: 'besteden',
    besteedden: 'besteden',
    besteedt: 'besteden',
    betaald: 'betalen',
    betaalde: 'betalen',
    betaalden: 'betalen',
    betaalt: 'betalen',
    biedt: 'bieden',
    bijgedragen: 'bijdragen',
    boden: 'bieden',
    bood: 'bieden',
    draagt: 'dragen',
    droeg: 'dragen',
    droegen: 'dragen',
    gaven: 'geven',
    geboden: 'bieden',
    gedragen: 'dragen',
    geeft: 'geven',
    gegeven: 'geven',
    gehouden: 'houden',
    geinvesteerd: 'investeren',
    gekregen: 'krijgen',
    gelegd: 'leggen',
    geschreven: 'schrijven',
    gesloten: 'sluiten',
    gesproken: 'spreken',
    gestegen: 'stijgen',
    gestoken: 'steken',
    gestopt: 'stoppen',
    getekend: 'tekenen',
    getrokken: 'trekken',
    hield: 'houden',
    hielden: 'houden',
    houdt: 'houden',
    investeerde: 'investeren',
    investeerden: 'investeren',
    investeert: 'investeren',
    inzet: 'inzetten',
    kreeg: 'krijgen',
    kregen: 'krijgen',
    krijgt: 'krijgen',
    legde: 'leggen',
    legden: 'leggen',
    legt: 'leggen',
    ondertekend: 'ondertekenen',
    ondertekende: 'ondertekenen',
    ondertekenden: 'ondertekenen',
    ondertekent: 'ondertekenen',
    ontvangt: 'ontvangen',
    ontving: 'ontvangen',
    ontvingen: 'ontvangen',
    schreef: 'schrijven',
    schreven: 'schrijven',
    schrijft: 'schrijven',
    sloot: 'sluiten',
    sloten: 'sluiten',
    sluit: 'sluiten',
    sprak: 'spreken',
    spraken: 'spreken',
    spreekt: 'spreken',
    stak: 'steken',
    staken: 'steken',
    steeg: 'stijgen',
    steekt: 'steken',
    stegen: 'stijgen',
    stijgt: 'stijgen',
    stopt: 'stoppen',
    stopte: 'stoppen',
    stopten: 'stoppen',
    tekende: 'tekenen',
    tekenden: 'tekenen',
    tekent: 'tekenen',
    trekt: 'trekken',
    trok: 'trekken',
    trokken: 'trekken',
    verkreeg: 'verkrijgen',
    verkregen: 'verkrijgen',
    verkrijgt: 'verkrijgen',
  }),
);

/** A separable verb's participle: its particle, "ge", the rest ("uitgevoerd", "opgezet", "toegevoegd"). */
const PARTICIPLE = /^(aan|af|bij|door|in|mee|na|om|op|over|samen|terug|toe|uit|vast|voor|weg)ge(\p{L}{3,})$/u;

export function buildStemTable(dutchTexts: Iterable<string>, bothTexts: Iterable<string>): StemTable {
  const nl: Record<string, string> = {};
  const en: Record<string, string> = {};
  const both = stemmable(bothTexts);
  const vocabulary = [...new Set([...stemmable(dutchTexts), ...both])].sort();
  for (const w of vocabulary) {
    const s = dutchStem(w);
    nl[w] = s === w ? '' : s;
  }
  // "Deze pilots worden uitgevoerd door het CCV" answers "wie voert de pilots uit?": the participle of a
  // separable verb goes with the verb ("uitvoeren") where the charter or lexicon has it. The particle
  // comes before "ge": without it the rest is the verb ("uit" + "voerd"), its -d or -t the participle's
  // ("toe" + "voeg" + "d") or the verb's own ("op" + "zet").
  const stemsUsed = new Set(vocabulary.map((w) => nl[w] || w));
  for (const w of vocabulary) {
    const m = PARTICIPLE.exec(w);
    if (!m?.[1] || !m[2]) continue;
    const verb = `${m[1]}${m[2]}`;
    const candidates = [verb, ...(/[dt]$/.test(verb) ? [verb.slice(0, -1)] : [])].map(dutchStem);
    const known = candidates.find((c) => c !== (nl[w] || w) && stemsUsed.has(c));
    if (known) nl[w] = known;
  }
  for (const w of [...both].sort()) {
    const s = english(w);
    en[w] = s === w ? '' : s;
  }
  return { nl, en };
}

/** Fills the stem memos from a generated table. */
export function seedStems(table: StemTable): void {
  for (const [w, s] of Object.entries(table.nl)) if (!memoNl.has(w)) memoNl.set(w, [s || w]);
  for (const [w, s] of Object.entries(table.en)) {
    if (memoBoth.has(w)) continue;
    const nl = table.nl[w] || w;
    const en = s || w;
    memoBoth.set(w, nl === en ? [nl] : [nl, en]);
  }
}

function stems(term: string, withEnglish: boolean): string[] {
  if (term.length < 4 || /\d/.test(term)) return [term];
  const memo = withEnglish ? memoBoth : memoNl;
  let out = memo.get(term);
  if (!out) {
    const nl = dutchStem(term);
    const en = withEnglish ? english(term) : nl;
    out = nl === en ? [nl] : [nl, en];
    if (memo.size < 50_000) memo.set(term, out);
  }
  return out;
}

/** A word's English stem ("segregated", "segregation" -> segreg). */
export const englishStem = (word: string): string => english(word);

/** Encodes text to the terms the indexes hold. */
export type TermEncoder = { encode(text: string): string[] };

/**
 * The Dutch-aware encoder of the indexes: case and diacritics folded, split on anything but letters, digits
 * and % ("Zuilen-Oost" -> zuilen, oost; numbers kept whole), words of two letters or more, stopwords out,
 * then Dutch stems, and English ones where asked, each term once. The clause index is Dutch only (the
 * charter is Dutch; English questions reach it through the glossary). FlexSearch is given these terms as
 * they are, so its own pipeline does not run at start-up.
 */
export function createTermEncoder(
  stopwords: ReadonlySet<string>,
  options: { english: boolean },
): TermEncoder {
  return {
    encode(text: string): string[] {
      const out = new Set<string>();
      const folded = text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '');
      for (const term of folded.split(/[^\p{L}\p{N}%]+/u)) {
        if (term.length < 2 || stopwords.has(term)) continue;
        for (const s of stems(term, options.english)) out.add(s);
      }
      return [...out];
    },
  };
}
