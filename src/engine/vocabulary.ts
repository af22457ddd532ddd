// The engine's vocabulary, built once from the lexicon and the targets: wijk aliases (with typo
// tolerance), indicator and theme phrases in both languages, and a FlexSearch index that finds an
// indicator from a paraphrase ("feelings of insecurity" -> feeling_unsafe).
import { Index } from 'flexsearch';
import type { Knowledge } from '../charter/load.js';
import type { ThemeKey } from '../charter/schema.js';
import { createTermEncoder } from '../charter/stem.js';
import { grammarWords, grammarWordsOf } from './grammar/index.js';
import { boundedCache, perOwner } from './memo.js';
import { append } from './multimap.js';
import { buildSpelling, type Spelling } from './spelling.js';
import { clauseWords, editDistance, fold, words } from './text.js';
import type { Language } from './types.js';

type Phrase<K> = { phrase: string; key: K; lang: Language | null };

export type Vocabulary = {
  wijkPhrases: Phrase<string>[];
  /** Other cities and their neighbourhoods ("Den Haag", "Schilderswijk"), keyed `place:...`. */
  placePhrases: Phrase<string>[];
  /** `inCharter`: one of the charter's own four, which a slip of two letters may still mean. */
  wijkTokens: Array<{ token: string; key: string; inCharter: boolean }>;
  indicatorPhrases: Phrase<string>[];
  themePhrases: Phrase<ThemeKey>[];
  /** Words that may mean several indicators, keyed by their entry in the lexicon's `ambiguous` list. */
  ambiguousPhrases: Phrase<number>[];
  /** Multi-word charter topics that are not targets ("housing corporations", "bicycle theft"). */
  topicPhrases: Phrase<string>[];
  indicatorIndex: Index;
  indicatorKeys: string[];
  /** One-word indicator synonyms, for typo-tolerant matching ("burgalry" -> burglary). */
  indicatorWords: Array<{ word: string; key: string; lang: Language | null }>;
  /** Every word of a target's or theme's name ("uitkering", "inbraken", "veiligheid"), five letters or more. */
  topicWords: ReadonlySet<string>;
  /** Words that carry no topic: question words, "target", "wijk", ... in both languages. */
  stopwords: ReadonlySet<string>;
  /** Every word that belongs to some known phrase, for telling an unknown topic from noise. */
  knownWords: ReadonlySet<string>;
  /** Every word the charter itself uses: a capitalised word among them is not an unknown place. */
  charterWords: ReadonlySet<string>;
  /** Words of the charter's text outside the target tables: "meedoen" there is not a target's word alone. */
  textWords: ReadonlySet<string>;
  /** Words the charter uses in three clauses or fewer: a name or term ("wibu", "werkhotel") alone asks about it. */
  rareCharterWords: ReadonlySet<string>;
  /** The charter's acronyms, folded ("isv", "gsb", "cjg"). */
  acronyms: ReadonlySet<string>;
  /** Every English word the glossary translates into the charter's Dutch. */
  glossaryWords: ReadonlySet<string>;
  /** Mends slips of the pen against every word above. */
  spelling: Spelling;
  /** Questions reuse a small vocabulary: near-miss lookups and indicator searches are remembered. */
  recent: {
    fuzzyWijk: ReturnType<typeof boundedCache<string, string | null>>;
    fuzzyIndicator: ReturnType<typeof boundedCache<string, { key: string; lang: Language | null } | null>>;
    indicatorHits: ReturnType<typeof boundedCache<string, number[]>>;
  };
};

const STOPWORDS = new Set(
  `a an the of for in on at to by from with and or is are was were be been being it its this that these those there their
  what which who whom when where why how many much does do did has have had should would will shall can could may might must
  me my i you your we our they them he she his her please tell show give list all any each every same also just only about
  than then as into per percent percentage share proportion proportions number numbers figure figures value values rate level levels amount
  target targets goal goals aim aims objective objectives ambition ambitions plan plans agreed agreement set sets expected expect
  charter wijk wijken neighbourhood neighbourhoods neighborhood neighborhoods district districts area areas utrecht
  year years by fall falls fallen drop decrease decline reduce reduced reduction lower rise increase increased higher grow
  baseline base start starting point situation compared relative versus vs now current currently
  de het een van voor in op aan te door met en of is zijn was waren wordt worden werd is er dit dat deze die daar hun
  wat welke welk wie wanneer waar waarom hoe hoeveel veel moet moeten zal zullen kan kunnen mag mocht mogen heeft hebben had
  mij ik je jij u wij we ze zij hij haar zijn graag alle elk elke ieder zelfde hetzelfde ook nog maar alleen over dan als
  procent percentage aandeel aantal cijfer cijfers waarde niveau bedrag
  doel doelen doelstelling doelstellingen streefwaarde streefwaarden streefcijfer ambitie ambities afspraak afspraken
  jaar jaren naar tot dalen daalt gedaald daling stijgen stijgt gestegen stijging omlaag omhoog verminderen vermindering
  nulmeting uitgangssituatie beginsituatie vergeleken ten opzichte nu huidige staat stand
  gemiddelde gemiddeld stedelijk citywide city wide average whole
  so ok okay hi hello hallo dag beste thanks thank bedankt dank whats wats hows whos wheres whens theres
  trajectory traject verloop path milestones mijlpalen overview overzicht
  geef geven noem noemen toon tonen laat zien vertel vertellen weten wil willen krijg zoek zoeken
  give show tell know want need find see provide
  lowest highest laagste hoogste most least meeste minste best worst beste slechtste compare vergelijk
  track course schedule behind progress doing going koers schema uit achterop voortgang vorderingen staan ervoor gaat ligt liggen zaken
  actual actually measured measurement measurements recorded reality gemeten meting metingen werkelijk werkelijke werkelijkheid
  feitelijk feitelijke realised realized gerealiseerd gerealiseerde
  zat zit zitten zaten ging gingen lag lagen stond stonden verhoudt verhouden verhouding vergelijk vergelijken vergeleken
  zegt zeggen zei say says said ter vergelijking comparison deel keek keken kijkt kijken zag zagen looked
  men halen gehaald bereiken bereikt wilde wilden moest moesten reach reached achieve achieved
  zich toen nou eigenlijk even snel quick supposed down up again weer then toen memo heel hele gehele geheel
  daarvan hiervan ervan daarover hierover erover daarvoor hiervoor that this those these it them`
    .split(/\s+/)
    .filter(Boolean),
);

const byLength = <T extends { phrase: string }>(a: T, b: T) => b.phrase.length - a.phrase.length;
/** A grammar word this long is a slip's likely target; a shorter one ("ervoor") is as likely a word itself. */
const LONG_GRAMMAR_WORD = 8;

/**
 * The vocabulary as plain data (Maps, Sets, arrays), worked out from the knowledge alone: a short-lived
 * process keeps it between runs (src/app/engine-start.ts). The indicator index and the speller are made
 * from it (`vocabularyFrom`).
 */
export type VocabularyData = Omit<Vocabulary, 'indicatorIndex' | 'spelling' | 'recent' | 'stopwords'> & {
  /** The indicator index as FlexSearch exports it (key, data): stemming every paraphrase again is slow. */
  indicatorIndexParts: Array<[string, string]>;
  /**
   * What `buildSpelling` is given: every word that needs no mending, the tiers of words to mend into, and
   * the words a clip without vowels may be of.
   */
  spellingWords: {
    known: ReadonlySet<string>;
    tiers: ReadonlyArray<ReadonlySet<string>>;
    clipped: ReadonlySet<string>;
  };
};

export function buildVocabulary(knowledge: Knowledge): Vocabulary {
  return vocabularyFrom(vocabularyData(knowledge));
}

/** The index that finds an indicator from a paraphrase: stems in both languages, stopwords out. */
function newIndicatorIndex(): Index {
  const terms = createTermEncoder(STOPWORDS, { english: true });
  return new Index({ encode: (text: string) => terms.encode(text), tokenize: 'forward' });
}

/** The vocabulary over its data (made here, or kept from an earlier run: see `VocabularyData`). */
export function vocabularyFrom(data: VocabularyData): Vocabulary {
  const { indicatorIndexParts, spellingWords, ...rest } = data;
  const indicatorIndex = newIndicatorIndex();
  for (const [key, part] of indicatorIndexParts) indicatorIndex.import(key, part);
  return {
    ...rest,
    stopwords: STOPWORDS,
    indicatorIndex,
    spelling: buildSpelling(spellingWords.known, spellingWords.tiers, spellingWords.clipped),
    recent: {
      fuzzyWijk: boundedCache(20_000),
      fuzzyIndicator: boundedCache(20_000),
      indicatorHits: boundedCache(20_000),
    },
  };
}

export function vocabularyData(knowledge: Knowledge): VocabularyData {
  const { lexicon } = knowledge;
  const wijkPhrases: Phrase<string>[] = [];
  const wijkTokens: Array<{ token: string; key: string; inCharter: boolean }> = [];
  for (const w of lexicon.wijken) {
    for (const alias of new Set([w.name, ...w.aliases])) {
      wijkPhrases.push({ phrase: fold(alias).trim(), key: w.key, lang: null });
      const compact = fold(alias).replace(/ /g, '');
      if (compact.length >= 5) wijkTokens.push({ token: compact, key: w.key, inCharter: w.inCharter });
    }
  }

  const indicatorPhrases: Phrase<string>[] = [];
  const indicatorKeys: string[] = [];
  const indicatorText: string[] = [];
  for (const ind of lexicon.indicators) {
    const nl = [ind.nl.name, ...ind.nl.synonyms, ...ind.match];
    const en = [ind.en.name, ...ind.en.synonyms];
    for (const p of nl) indicatorPhrases.push({ phrase: fold(p).trim(), key: ind.key, lang: 'nl' });
    for (const p of en) indicatorPhrases.push({ phrase: fold(p).trim(), key: ind.key, lang: 'en' });
    // The charter's own labels for this indicator are paraphrases too.
    const labels = knowledge.targets.filter((t) => t.indicator === ind.key).map((t) => t.label);
    indicatorKeys.push(ind.key);
    indicatorText.push([...nl, ...en, ...labels].join(' . '));
  }

  const themePhrases: Phrase<ThemeKey>[] = [];
  for (const t of lexicon.themes) {
    for (const p of [t.nl.name, ...t.nl.synonyms])
      themePhrases.push({ phrase: fold(p).trim(), key: t.key, lang: 'nl' });
    for (const p of [t.en.name, ...t.en.synonyms])
      themePhrases.push({ phrase: fold(p).trim(), key: t.key, lang: 'en' });
  }

  const topicPhrases: Phrase<string>[] = [];
  for (const entry of lexicon.glossary) {
    for (const p of entry.en)
      if (p.includes(' ')) topicPhrases.push({ phrase: fold(p).trim(), key: 'topic', lang: 'en' });
    for (const p of entry.nl)
      if (p.includes(' ')) topicPhrases.push({ phrase: fold(p).trim(), key: 'topic', lang: 'nl' });
  }

  const knownWords = new Set<string>(
    lexicon.ambiguous.flatMap((a) => [...a.nl, ...a.en]).flatMap((p) => words(fold(p))),
  );
  // Topic phrases stay out: their words name a subject of their own, not part of a target question.
  for (const p of [...wijkPhrases, ...indicatorPhrases, ...themePhrases]) {
    for (const w of words(p.phrase)) knownWords.add(w);
  }

  const charterWords = new Set(clauseWords(knowledge).flat());
  const targetClauses = new Set(knowledge.targets.map((t) => t.clauseId));
  const glossaryWords = new Set(
    lexicon.glossary.flatMap((e) => [...e.en, ...e.nl].flatMap((p) => words(fold(p)))),
  );
  // English the translations list is a real word, not a slip: "households" is not "house holds".
  const translated = lexicon.translations.flatMap((e) => e.en.flatMap((p) => words(fold(p))));
  const content = (ws: Iterable<string>) => new Set([...ws].filter((w) => w.length >= 4 && !/\d/.test(w)));
  // Question and target words first ("hoevel" is "hoeveel"), then the names of wijken and indicators, then
  // the charter's own words. Other grammar words are everyday words a slip may as well be ("ervoer").
  const tiers = [
    content(
      grammarWordsOf([
        'questionWord',
        'targetWord',
        'baseline',
        'citywide',
        'actual',
        'nationalGovernment',
        'namedKind',
        'footnote',
        // The signature block's words: "portolio", "staatssecetarissen", "succeded".
        'office',
        'officePlural',
        'personAttribute',
        'personName',
        'succession',
        'everyone',
        'coSigners',
        // "Is there anyting in the charter about ...?"
        'mentionFrame',
      ]),
    ),
    content(knownWords),
    // A long everyday word of the grammar: "eigelijk" is "eigenlijk".
    new Set([...grammarWords].filter((w) => w.length >= LONG_GRAMMAR_WORD && !/\d/.test(w))),
    // "houseolds", "agreeents": a slip of an English word the translations list is that word too.
    // (Last: a short word is mended into the charter's many words only where it is long enough.)
    content([...charterWords, ...glossaryWords, ...translated]),
  ];
  const known = new Set([
    ...charterWords,
    ...knownWords,
    ...glossaryWords,
    ...translated,
    ...STOPWORDS,
    ...grammarWords,
  ]);
  return {
    wijkPhrases: wijkPhrases.sort(byLength),
    placePhrases: lexicon.places
      .flatMap((p) => [p.name, ...p.aliases].map((a) => ({ phrase: fold(a).trim(), key: p.key, lang: null })))
      .sort(byLength),
    wijkTokens,
    indicatorPhrases: indicatorPhrases.sort(byLength),
    themePhrases: themePhrases.sort(byLength),
    topicPhrases: topicPhrases.sort(byLength),
    ambiguousPhrases: lexicon.ambiguous
      .flatMap((a, key) => [
        ...a.nl.map((p) => ({ phrase: fold(p).trim(), key, lang: 'nl' as const })),
        ...a.en.map((p) => ({ phrase: fold(p).trim(), key, lang: 'en' as const })),
      ])
      .sort(byLength),
    indicatorIndexParts: exported(indicatorText),
    indicatorKeys,
    indicatorWords: indicatorPhrases
      .filter((p) => !p.phrase.includes(' ') && p.phrase.length >= 5)
      .map((p) => ({ word: p.phrase, key: p.key, lang: p.lang })),
    topicWords: new Set(
      [...indicatorPhrases, ...themePhrases].flatMap((p) => words(p.phrase)).filter((w) => w.length >= 5),
    ),
    knownWords,
    charterWords,
    // The clauses' words are folded once already (`clauseWords`), for `charterWords`.
    textWords: new Set(
      clauseWords(knowledge).flatMap((ws, i) =>
        targetClauses.has(knowledge.clauses[i]?.id ?? '') ? [] : ws,
      ),
    ),
    rareCharterWords: new Set([...rareWordsOf(clauseWords(knowledge)), ...acronymsOf(knowledge)]),
    acronyms: new Set(acronymsOf(knowledge)),
    glossaryWords,
    // Clips are of the words of questions: the grammar's, not the charter's many.
    spellingWords: { known, tiers, clipped: content(grammarWords) },
  };
}

/** The indicator index of these texts (one per indicator), exported. */
function exported(indicatorText: readonly string[]): Array<[string, string]> {
  const index = newIndicatorIndex();
  indicatorText.forEach((text, i) => {
    index.add(i, text);
  });
  const parts: Array<[string, string]> = [];
  // FlexSearch 0.8 hands over every part before `export` returns.
  index.export((key: string, part: string) => {
    parts.push([key, part]);
  });
  return parts;
}

export type Match<K> = { key: K; start: number; end: number; lang: Language | null };

/** Each phrase list, indexed once by first word: only phrases whose first word the text has can match. */
const firstWordIndex = perOwner((phrases: ReadonlyArray<{ phrase: string }>) => {
  const index = new Map<string, number[]>();
  phrases.forEach((p, i) => {
    const first = p.phrase.split(' ')[0] ?? '';
    append(index, first, i);
  });
  return index;
});

/**
 * Finds phrases in folded text, longest first, each stretch of text used once.
 * Returns the matches and the text with matched stretches blanked out.
 */
export function matchPhrases<K>(text: string, phrases: Phrase<K>[]): { matches: Match<K>[]; rest: string } {
  const matches: Match<K>[] = [];
  let rest = text;
  const index = firstWordIndex(phrases);
  // The candidates in the list's own order (longest first), as if every phrase were tried.
  const candidates = [...new Set(words(text).flatMap((w) => index.get(w) ?? []))].sort((a, b) => a - b);
  for (const i of candidates) {
    const p = phrases[i] as Phrase<K>;
    const needle = ` ${p.phrase} `;
    let from = 0;
    for (;;) {
      const at = rest.indexOf(needle, from);
      if (at < 0) break;
      matches.push({ key: p.key, start: at, end: at + p.phrase.length + 2, lang: p.lang });
      rest = `${rest.slice(0, at + 1)}${' '.repeat(p.phrase.length)}${rest.slice(at + 1 + p.phrase.length)}`;
      from = at + 1;
    }
  }
  matches.sort((a, b) => a.start - b.start);
  return { matches, rest };
}

/**
 * "welk rapportcijfer bewoners in 2006 aan hun buurt gaven": a two-word phrase ("rapportcijfer buurt")
 * said with a few words between its words, in its order. The one phrase key found so, or null where none
 * or two keys are.
 */
export function gappedPhrase<K>(
  text: string,
  phrases: Phrase<K>[],
  isWord: (w: string) => boolean,
  isDistinctive: (w: string) => boolean,
): K | null {
  const ws = words(text);
  const index = twoWordIndex(phrases) as Map<string, Array<{ second: string; key: K }>>;
  const found = new Set<K>();
  ws.forEach((first, at) => {
    for (const { second, key } of index.get(first) ?? []) {
      if (!isWord(first) || !isWord(second) || (!isDistinctive(first) && !isDistinctive(second))) continue;
      const then = ws.indexOf(second, at + 2);
      if (then > at + 1 && then - at - 1 <= PHRASE_GAP) found.add(key);
    }
  });
  return found.size === 1 ? ([...found][0] as K) : null;
}
/** Each list's two-word phrases by their first word, made once per list. */
const twoWordIndex = perOwner((phrases: ReadonlyArray<Phrase<unknown>>) => {
  const index = new Map<string, Array<{ second: string; key: unknown }>>();
  for (const p of phrases) {
    const [first, second, ...more] = words(p.phrase);
    if (first && second && more.length === 0) append(index, first, { second, key: p.key });
  }
  return index;
});
/** The most words between the two words of a phrase said apart. */
const PHRASE_GAP = 4;

/** A word of the charter or the language ("overleg") is itself, not a slip for a wijk ("overvegt") or topic. */
function mayBeASlip(token: string, vocab: Vocabulary): boolean {
  return !(
    token.length < 5 ||
    vocab.stopwords.has(token) ||
    vocab.charterWords.has(token) ||
    vocab.glossaryWords.has(token)
  );
}

/** A misspelt indicator word ("helth", "unemplyment"): same tolerance as for wijk names. */
export function fuzzyIndicator(
  token: string,
  vocab: Vocabulary,
): { key: string; lang: Language | null } | null {
  if (!mayBeASlip(token, vocab)) return null;
  return vocab.recent.fuzzyIndicator.get(token, () => nearestIndicator(token, vocab));
}

function nearestIndicator(token: string, vocab: Vocabulary): { key: string; lang: Language | null } | null {
  let best: { key: string; lang: Language | null; d: number } | null = null;
  for (const { word, key, lang } of vocab.indicatorWords) {
    const max = word.length >= 8 ? 2 : 1;
    const d = editDistance(token, word, max);
    if (d <= max && (!best || d < best.d)) best = { key, lang, d };
  }
  return best && { key: best.key, lang: best.lang };
}

/** A misspelt wijk name ("Overvect", "kanaleneilnd"): one edit for short names, two for long ones. */
export function fuzzyWijk(token: string, vocab: Vocabulary): string | null {
  if (!mayBeASlip(token, vocab)) return null;
  return vocab.recent.fuzzyWijk.get(token, () => nearestWijk(token, vocab));
}

function nearestWijk(token: string, vocab: Vocabulary): string | null {
  let best: { key: string; d: number } | null = null;
  // Two letters off only for the charter's own wijken: "loketten" is no slip of "Lunetten".
  for (const { token: alias, key, inCharter } of vocab.wijkTokens) {
    const max = alias.length >= 8 && inCharter ? 2 : 1;
    const d = editDistance(token, alias, max);
    if (d <= max && (!best || d < best.d)) best = { key, d };
  }
  return best?.key ?? null;
}

/** Words of at least four letters in three clauses or fewer. */
/**
 * "CJG", "OKU", "VWS": the charter's acronyms name one thing each, however short or often used. Not two
 * letters ("OM" is also "om"), nor a grammar word.
 */
function acronymsOf(knowledge: Knowledge): string[] {
  const found = knowledge.clauses.flatMap((c) =>
    [...c.text.matchAll(/\b\p{Lu}{3,5}\b/gu)].map((m) => fold(m[0]).trim()),
  );
  return [...new Set(found)].filter((a) => !grammarWords.has(a) && !STOPWORDS.has(a));
}

function rareWordsOf(clauses: string[][]): ReadonlySet<string> {
  const df = new Map<string, number>();
  for (const ws of clauses) for (const w of new Set(ws)) df.set(w, (df.get(w) ?? 0) + 1);
  return new Set([...df].filter(([w, n]) => n <= 3 && w.length >= 4 && !/\d/.test(w)).map(([w]) => w));
}
