// Full-text search over every clause of the charter, for questions that are not about a wijk target
// ("how many extra wijkagenten?", "when was it signed?"). FlexSearch finds candidates; a BM25 score
// over the same encoded terms ranks them and says how sure the match is.
import { Index } from 'flexsearch';
import type { Knowledge } from '../charter/load.js';
import type { Clause } from '../charter/schema.js';
import { createTermEncoder, englishStem, type TermEncoder } from '../charter/stem.js';
import { grammar, grammarWords, grammarWordsOf, phrasesOf } from './grammar/index.js';
import { phraseSet } from './grammar/phrases.js';
import { boundedCache, perOwner } from './memo.js';
import { append } from './multimap.js';
import { relinkedIn } from './spelling.js';
import { clauseSentences, clauseWords, cleanQuestion, fold } from './text.js';

type BoundedCache<V> = ReturnType<typeof boundedCache<string, V>>;

type Doc = {
  clause: Clause;
  tf: Map<string, number>;
  length: number;
  /** How likely a clause is to be an answer at all, whatever the question (see `priorOf`). */
  prior: number;
  /** The clause's sentences with their terms, computed on first use (most clauses are never asked about). */
  sentences?: Array<{ text: string; terms: Set<string>; about: Set<string> }>;
};

export type ClauseIndex = {
  index: Index;
  encoder: TermEncoder;
  docs: Doc[];
  df: Map<string, number>;
  avgLength: number;
  /** The glossary, folded once: English phrases to look for, Dutch alternatives as encoded terms. */
  glossary: Array<{ en: string[]; nl: string[][] }>;
  /** The glossary's hand-made entries come first; the translations of the whole vocabulary after them. */
  handMade: number;
  /** Every English phrase of the glossary with its entry, longest first. */
  glossaryPhrases: GlossaryPhrase[];
  /** The positions in `glossaryPhrases` of the phrases that start with a word: only those can match. */
  glossaryByFirstWord: Map<string, number[]>;
  /** A phrase -> every glossary entry that lists it. */
  glossaryEntriesOf: Map<string, number[]>;
  /** The English stem of a one-word glossary phrase -> its positions in `glossaryPhrases`; made when first needed. */
  glossaryByStem?: Map<string, number[]>;
  /** A Dutch word the glossary lists -> the encoded alternatives of its synonyms. */
  dutchSynonyms: Map<string, string[][]>;
  /** Every folded word of four letters or more in the charter, for splitting and joining compounds. */
  vocabulary: ReadonlySet<string>;
  docByClause: Map<string, Doc>;
  /** One answer searches, encodes and ranks the same words several times: recent results are kept. */
  recent: {
    groups: BoundedCache<QueryGroup[]>;
    /** A question's ideas as `coverage` weighs them: the same for every text it is held against. */
    ideas: BoundedCache<Idea[]>;
    /** A word's ideas (its stems, halves, synonyms) are the same in every question. */
    words: BoundedCache<QueryGroup[]>;
    /** The clauses a term is in: the same for every question that has it. */
    postings: BoundedCache<number[]>;
    hits: BoundedCache<ClauseHit[]>;
    /** Sentences and figures of the charter recur across questions. */
    terms: BoundedCache<Set<string>>;
    sentences: BoundedCache<Array<{ s: string; score: number }>>;
  };
};

export type ClauseHit = Readonly<{ clause: Clause; score: number; terms: readonly string[] }>;

const count = (terms: string[]) => {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
};

/**
 * Dutch writes compounds as one word ("leefbaarheidbudget"). A long word whose two halves are both words
 * of the charter is indexed with its halves too, so "leefbaarheid" and "budget" find it.
 */
function compoundParts(word: string, vocabulary: ReadonlySet<string>): string[] {
  if (word.length < 9) return [];
  for (let i = word.length - 4; i >= 4; i--) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (
      vocabulary.has(right) &&
      (vocabulary.has(left) || (left.endsWith('s') && vocabulary.has(left.slice(0, -1))))
    ) {
      return [left.endsWith('s') && !vocabulary.has(left) ? left.slice(0, -1) : left, right];
    }
  }
  // "toekomstverwachting": a long first half the charter writes alone, and a tail it never does.
  for (let i = word.length - MIN_UNKNOWN_TAIL; i >= MIN_KNOWN_HEAD; i--) {
    const left = word.slice(0, i);
    if (vocabulary.has(left)) return [left];
  }
  return [];
}
/** Shortest first half, and unknown tail, a compound is split into when only the first is a word. */
const MIN_KNOWN_HEAD = 6;
const MIN_UNKNOWN_TAIL = 5;

/**
 * Only function words are left out of full-text search: words such as "wijken", "jaar" or "doel" that
 * carry no topic in a target question can be the very subject of a question about the text.
 */
const FUNCTION_WORDS = new Set([
  ...`a an the of for in on at to by from with and or is are was were be been it its this that these those there their
  what which who whom when where why how many much does do did has have had should would will shall can could may might must
  me my i you your we our they them he she his her please about than then as into per
  de het een van voor in op aan te door met en of is zijn was waren wordt worden werd er dit dat deze die daar hun
  wat welke welk wie wanneer waar waarom hoe hoeveel veel moet moeten zal zullen kan kunnen mag heeft hebben had
  mij ik je jij u wij we ze zij hij haar om bij tot uit over als dan ook nog maar wel niet geen mee komt komen kwam
  zelf zelfs eigenlijk klopt echt gewoon groot hoog doet doen deed true right correct really actually itself
  each every zo zon zoals such heel hele gehele geheel whole via meer more else
  moest moesten zou zouden kon konden mocht mochten wil wilt willen wilde wilden hadden want wants wanted
  iemand someone somebody iets something speciaal speciale special specially specifically
  uiteindelijk eventually ultimately finally
  gaan gaat ging gingen gegaan go goes going went tegen against sprake
  ergens somewhere heen grote groter grootste big bigger biggest large larger las read doing done
  stond stonden zat zaten zit zitten lag lagen elk elke ieder iedere
  between among within during before after under above below through towards toward upon across behind
  beside beyond near since until while`
    .split(/\s+/)
    .filter(Boolean),
  // ("uiteindelijk", "eventually" say when in a story, no topic: "hoe het uiteindelijk is afgelopen".)
  // (The verbs of position as a question uses them, "stond gepland", "hoeveel gemeenten zitten erin", say
  // how, not what; the charter writes them once, "in de bijstand zitten", where "bijstand" says what.
  // "elk jaar", "ieder jaar" say how often, which "jaar" and the charter's "jaarlijks" carry. English
  // prepositions say how things relate, as the Dutch ones above do.)
  // "zo'n 18%", "about 500": how roughly a figure is said is no topic.
  ...grammarWordsOf(['approximately']),
  // "met hoeveel procent", "by what percentage": the kind of figure asked, which a sentence's "25%" is;
  // the charter's own "dit percentage" points back at a figure and names no topic either.
  'procent',
  'percent',
  'percentage',
  'pct',
]);

/** Clauses that rarely answer a question themselves, however well their words match. */
function priorOf(clause: Clause): number {
  let prior = 1;
  // "werkhotel (zie hfd. 4)": a clause that points elsewhere is not where the answer is.
  if (/\(zie (hfd|hoofdstuk|paragraaf|par)\b/i.test(clause.text)) prior *= 0.7;
  // The list of signatories opening the charter names every ministry; it is rarely what a question is about.
  if (clause.path.length === 1 && clause.path[0] === 'Charter') prior *= 0.5;
  // "5. bewonersparticipatie": a bare list item or heading says nothing about its topic.
  if (isHeading(clause.text)) prior *= 0.6;
  // "Het rijk ondersteunt de gemeente op de volgende wijze:" only introduces a list.
  if (clause.text.endsWith(':') && clause.text.length < 120) prior *= 0.6;
  return prior;
}

/** A label this long or shorter ("Gezonde wijk:") is part of what each item under it is about. */
const LEAD_IN_MAX = 60;
/** An item this short ("Onderzoekscapaciteit vanuit RIVM.") says what it is about only through its label. */
const ITEM_MAX = 80;

/**
 * What a clause is about: its text, its innermost heading, and for a short item the label of the list it
 * is in ("Gezonde wijk:" above "Onderzoekscapaciteit vanuit RIVM.").
 */
export function clauseContext(
  clause: Clause,
  byId: { get(id: string): Clause | undefined },
  previous?: Clause,
): string {
  const parent = clause.parentId ? byId.get(clause.parentId) : undefined;
  const leadIn =
    parent?.text.trim().endsWith(':') && parent.text.length <= LEAD_IN_MAX && clause.text.length <= ITEM_MAX
      ? parent.text
      : '';
  return `${clause.text} ${leadIn} ${continuedLabel(clause, previous)} ${clause.path.at(-1) ?? ''}`;
}

/** "Participatiebudget: ...", "Kansenzone: ...": the label a list's item opens with. */
const ITEM_LABEL = /^([^.:;]{3,40}):\s/;

/**
 * "Participatiebudget: SZW, OCW en WWI streven ..." followed by "SZW, OCW en WWI zorgen voor begeleiding
 * ... van het proces. Daarnaast is er ... € 225.000": an item without a label of its own, right after one
 * with a label in the same list, goes on about that label's subject.
 */
function continuedLabel(clause: Clause, previous: Clause | undefined): string {
  return previous && continues(clause, previous) ? (ITEM_LABEL.exec(previous.text)?.[1] ?? '') : '';
}

/** The label an item opens with ("Kansenzone", "Branchering"), folded, or null. */
export function itemLabel(clause: Clause): string | null {
  const label = ITEM_LABEL.exec(clause.text)?.[1];
  return label ? fold(label).trim() : null;
}

/** Whether an item goes on about the labelled item before it (see `continuedLabel`). */
export function continues(clause: Clause, previous: Clause): boolean {
  if (previous.section !== clause.section || previous.kind !== clause.kind) return false;
  if (previous.parentId !== clause.parentId || ITEM_LABEL.test(clause.text)) return false;
  return ITEM_LABEL.test(previous.text);
}

/**
 * What the clause index is made of, as plain data (Maps, Sets, arrays): worked out from the knowledge alone,
 * so a short-lived process can keep it between runs (src/app/engine-start.ts) instead of encoding every
 * clause and glossary phrase again at each start.
 */
export type ClauseIndexData = Pick<
  ClauseIndex,
  | 'df'
  | 'avgLength'
  | 'glossary'
  | 'handMade'
  | 'glossaryPhrases'
  | 'glossaryByFirstWord'
  | 'glossaryEntriesOf'
  | 'dutchSynonyms'
  | 'vocabulary'
> & {
  /** Per clause, in the knowledge's order: its encoded terms, as indexed. */
  terms: string[][];
};

/** The index's encoder: Dutch stems, function words out. */
const clauseEncoder = () => createTermEncoder(FUNCTION_WORDS, { english: false });

export function clauseIndexData(knowledge: Knowledge): ClauseIndexData {
  const encoder = clauseEncoder();
  const folded = clauseWords(knowledge);
  const vocabulary = new Set(folded.flat().filter((w) => w.length >= 4));
  const byId = new Map(knowledge.clauses.map((c) => [c.id, c]));
  const df = new Map<string, number>();
  const terms = knowledge.clauses.map((clause, i) => {
    // The innermost heading helps ("Wijkagenten", "Financiering"), the full path would drown the text.
    const parts = (folded[i] ?? []).flatMap((w) => [...compoundParts(w, vocabulary), ...periodOf(w)]);
    const text = withoutIdioms(`${clauseContext(clause, byId, knowledge.clauses[i - 1])} ${parts.join(' ')}`);
    const encoded = encoder.encode(text);
    for (const t of new Set(encoded)) df.set(t, (df.get(t) ?? 0) + 1);
    return encoded;
  });
  const avgLength = terms.reduce((s, t) => s + t.length, 0) / Math.max(1, terms.length);
  const alternatives = (phrases: string[]) =>
    phrases
      .flatMap((p) => p.split(/\s+/))
      .map((w) => [...new Set(encoder.encode(w))])
      .filter((a) => a.length > 0);
  // A translation's multi-word Dutch ("pilot microfinanciering") would make each of its words an
  // alternative ("pilot"): only its single words are the idea.
  const translations = knowledge.lexicon.translations
    .map((e) => ({ en: e.en, nl: e.nl.filter((p) => !p.trim().includes(' ')) }))
    .filter((e) => e.nl.length > 0);
  const entries = [...knowledge.lexicon.glossary, ...translations];
  const glossary = entries.map((e) => ({
    // As a question is read: "children's council" is "children council" there (`cleanQuestion`). Only a
    // phrase with an apostrophe reads differently, and cleaning every one costs start-up time.
    en: e.en.map((p) => fold(/['’]/.test(p) ? cleanQuestion(p) : p).trim()),
    nl: alternatives(e.nl),
  }));
  const dutchSynonyms = new Map<string, string[][]>();
  // Dutch synonyms come from the hand-made glossary only: the translations list inflections and loose
  // everyday words, which would widen a Dutch question's match.
  knowledge.lexicon.glossary.forEach((e, i) => {
    const nl = glossary[i]?.nl ?? [];
    // The hand-made glossary comes first: a word it lists keeps its synonyms there.
    for (const p of e.nl) {
      const word = fold(p).trim();
      if (!p.includes(' ') && !dutchSynonyms.has(word)) dutchSynonyms.set(word, nl);
    }
  });
  const glossaryPhrases: GlossaryPhrase[] = glossary
    .flatMap((e, entry) => {
      const dutch = new Set((entries[entry]?.nl ?? []).map((p) => fold(p).trim()));
      return e.en.map((phrase) => ({
        phrase,
        entry,
        ...(phrase.includes(' ') && dutch.has(phrase) ? { charterPhrase: true } : {}),
      }));
    })
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const glossaryByFirstWord = new Map<string, number[]>();
  const glossaryEntriesOf = new Map<string, number[]>();
  glossaryPhrases.forEach((g, at) => {
    const first = g.phrase.split(' ')[0] ?? '';
    append(glossaryByFirstWord, first, at);
    append(glossaryEntriesOf, g.phrase, g.entry);
  });
  return {
    terms,
    df,
    avgLength,
    glossary,
    handMade: knowledge.lexicon.glossary.length,
    glossaryPhrases,
    glossaryByFirstWord,
    glossaryEntriesOf,
    dutchSynonyms,
    vocabulary,
  };
}

/** The clause index over its data (made here, or kept from an earlier run: see `ClauseIndexData`). */
export function clauseIndexFrom(knowledge: Knowledge, data: ClauseIndexData): ClauseIndex {
  // Text is encoded once, by our encoder; FlexSearch indexes the resulting terms as they are.
  const index = new Index({
    // Our terms are already encoded: FlexSearch only splits them.
    encode: (content: string) => content.split(' '),
    tokenize: 'strict',
    // Candidates only: BM25 below ranks them, so FlexSearch's own in-document positions are not needed.
    resolution: 1,
  });
  const { terms, ...rest } = data;
  const docs: Doc[] = knowledge.clauses.map((clause, i) => {
    const encoded = terms[i] ?? [];
    index.add(i, encoded.join(' '));
    // FlexSearch only finds candidates; term frequencies are ours (the encoder gives each term once).
    return { clause, tf: count(encoded), length: encoded.length, prior: priorOf(clause) };
  });
  return {
    ...rest,
    index,
    encoder: clauseEncoder(),
    docs,
    docByClause: new Map(docs.map((d) => [d.clause.id, d])),
    recent: {
      groups: boundedCache(RECENT),
      ideas: boundedCache(RECENT),
      words: boundedCache(4096),
      postings: boundedCache(4096),
      hits: boundedCache(RECENT),
      terms: boundedCache(2048),
      sentences: boundedCache(256),
    },
  };
}

export function buildClauseIndex(knowledge: Knowledge): ClauseIndex {
  return clauseIndexFrom(knowledge, clauseIndexData(knowledge));
}

/**
 * An English phrase of the glossary, longest first; `charterWords` when the charter uses all its words;
 * `charterPhrase` when it is a Dutch phrase of the entry as well ("programma diversiteit").
 */
type GlossaryPhrase = {
  phrase: string;
  needle?: string;
  entry: number;
  charterWords?: boolean;
  charterPhrase?: boolean;
};

/**
 * The question's words, each with the terms it may match: its own stems, and for an English phrase the
 * glossary's Dutch charter words ("signed" -> ondertekend, ondertekening). A group is a list of
 * alternatives, each a list of terms (one word's stems). Within a group a term counts once.
 */
type QueryGroup = {
  alternatives: string[][];
  /** Alternatives from here on are synonyms of a Dutch word the question used: they count a little less. */
  synonymsFrom: number;
  /** A translation's guess at the charter's word ("deployed" -> inzetten): missing it weighs less. */
  loose?: boolean;
  /**
   * A compound the charter writes itself ("activeringscentrum"): alternatives 1 up to here are its halves,
   * and a text with only a half ("Centrum voor Criminaliteitspreventie") carries the idea only in part.
   */
  partsTo?: number;
};

/** An English word this long or longer may be a glossary word inflected ("segregated"). */
const INFLECTED = 6;

function glossaryByStem(ci: ClauseIndex): Map<string, number[]> {
  if (ci.glossaryByStem) return ci.glossaryByStem;
  const byStem = new Map<string, number[]>();
  ci.glossaryPhrases.forEach((g, at) => {
    if (!g.phrase.includes(' ') && g.phrase.length >= INFLECTED - 2)
      append(byStem, englishStem(g.phrase), at);
  });
  ci.glossaryByStem = byStem;
  return byStem;
}

/** How much of a compound's idea a text carries that has only one of its halves. */
const PART_SHARE = 0.5;

/** A synonym match of a Dutch question word counts this much of the word's own match. */
const SYNONYM_WEIGHT = 0.7;

const RECENT = 32;

export function queryGroups(ci: ClauseIndex, folded: string): QueryGroup[] {
  return ci.recent.groups.get(folded, () => buildQueryGroups(ci, folded));
}

function buildQueryGroups(ci: ClauseIndex, folded: string): QueryGroup[] {
  const groups: QueryGroup[] = [];
  let rest = folded;
  // Longest phrase first, across entries: "output monitoring" before "monitoring".
  const taken = new Set<number>();
  // Only phrases that start with a word of the question can be in it; in their longest-first order.
  const candidates = [...new Set(folded.split(' ').flatMap((w) => ci.glossaryByFirstWord.get(w) ?? []))].sort(
    (a, b) => a - b,
  );
  for (const at of candidates) {
    const candidate = ci.glossaryPhrases[at] as GlossaryPhrase;
    const { phrase, entry } = candidate;
    // Made once per phrase, when first looked for (the kept index leaves it out).
    candidate.needle ??= ` ${phrase} `;
    const { needle } = candidate;
    if (taken.has(entry) || !rest.includes(needle)) continue;
    // A translation is for words the charter does not use itself: "Utrecht", "school" match as written.
    // Worked out the first time a question has the phrase: at start-up it would cost every phrase.
    candidate.charterWords ??= ci.encoder.encode(phrase).every((t) => ci.df.has(t));
    // Nor is a Dutch name the question writes as the charter does ("Programma Diversiteit en Integratie"):
    // read as the glossary's idea, either of its words would do; as written, each counts.
    if ((entry >= ci.handMade || candidate.charterPhrase) && candidate.charterWords) continue;
    rest = rest.replace(needle, ' ');
    taken.add(entry);
    // A hand-made entry means what it says; a translation's phrase may mean several charter words
    // ("bank": Rabobank, a financier): every translation that lists it is one idea here.
    const entries = entry < ci.handMade ? [entry] : (ci.glossaryEntriesOf.get(phrase) ?? [entry]);
    for (const e of entries) taken.add(e);
    const nl = [...new Set(entries.flatMap((e) => ci.glossary[e]?.nl ?? []))];
    groups.push({ alternatives: nl, synonymsFrom: nl.length, loose: entry >= ci.handMade });
  }
  // "the segregated schools": an English word no phrase lists is the glossary's word with its stem
  // ("segregation"), a guess like any translation. Not a word the charter writes or the grammar knows.
  for (const w of new Set(rest.split(' '))) {
    if (w.length < INFLECTED || grammarWords.has(w) || ci.encoder.encode(w).some((t) => ci.df.has(t)))
      continue;
    const at = glossaryByStem(ci)
      .get(englishStem(w))
      ?.find((a) => !taken.has((ci.glossaryPhrases[a] as GlossaryPhrase).entry));
    if (at === undefined) continue;
    const { entry } = ci.glossaryPhrases[at] as GlossaryPhrase;
    rest = rest.replace(` ${w} `, ' ');
    taken.add(entry);
    const nl = ci.glossary[entry]?.nl ?? [];
    groups.push({ alternatives: nl, synonymsFrom: nl.length, loose: true });
  }
  const ws = rest.split(/\s+/).filter(Boolean);
  // "wat zet EZ nog meer op?": a Dutch verb whose particle ends the question is the verb written whole
  // ("opzetten"), where the charter has that word; the verb alone ("zet") is then no idea of its own.
  // The verb is where a Dutch question puts it: first, or right after its question word ("wat zet",
  // "hoeveel legt"); "welke staatssecretaris van Sociale Zaken staat ... in" joins no "inzaken".
  const particle = grammar.separableParticle.all(folded).at(-1);
  const joined = new Set<string>();
  const asking = grammar.questionWord.find(folded);
  const verb = (asking?.start === 0 ? folded.slice(asking.end) : folded).trim().split(' ')[0] ?? '';
  if (particle && folded.slice(particle.end).trim() === '' && verb.length >= 3 && verb !== particle.text) {
    const whole = [...new Set(ci.encoder.encode(`${particle.text}${verb}`))].filter((t) => ci.df.has(t));
    // Or the glossary's word for it: "legt ... in" is "inleggen", which the charter says "inzetten".
    const synonyms = ci.dutchSynonyms.get(`${particle.text}${verb}`) ?? [];
    if (whole.length > 0 || synonyms.length > 0) {
      groups.push({ alternatives: [whole, ...synonyms], synonymsFrom: whole.length > 0 ? 1 : 0 });
      joined.add(verb);
    }
  }
  for (const w of new Set(ws))
    if (!joined.has(w)) groups.push(...ci.recent.words.get(w, () => wordGroups(ci, w)));
  // "outcome monitor" is the charter's "outcomemonitor": two words the charter writes as one.
  // Two grammar words are no compound: "er voor" is not the charter's "ervoor".
  const content = (w: string) => ci.encoder.encode(w).length > 0;
  for (let i = 0; i + 1 < ws.length; i++) {
    const joined = `${ws[i]}${ws[i + 1]}`;
    if (ci.vocabulary.has(joined) && content(ws[i] as string) && content(ws[i + 1] as string))
      groups.push({ alternatives: [[...new Set(ci.encoder.encode(joined))]], synonymsFrom: 1 });
  }
  // "initiatieven van burgers" is the charter's "burgerinitiatieven": a compound said as "A van B".
  for (let i = 0; i + 2 < ws.length; i++) {
    if (!COMPOUND_OF.has(ws[i + 1] as string)) continue;
    const head = ws[i] as string;
    const compound = headsOf(ws[i + 2] as string)
      .map((modifier) => `${modifier}${head}`)
      .find((c) => ci.vocabulary.has(c));
    if (compound && content(head))
      groups.push({ alternatives: [[...new Set(ci.encoder.encode(compound))]], synonymsFrom: 1 });
  }
  return groups
    .map((g) => ({ ...g, alternatives: g.alternatives.filter((alt) => alt.length > 0) }))
    .filter((g) => g.alternatives.length > 0);
}

/** The words that join a thing to what it is of: "initiatieven van burgers", "overlast door jongeren". */
const COMPOUND_OF = new Set(['van', 'door', 'voor']);

/** A word as the first half of a compound: "burgers" -> burger, burgers; "jongeren" -> jongeren, jonger. */
function headsOf(word: string): string[] {
  if (word.length < 4) return [];
  const out = [word];
  if (word.endsWith('en')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  return out;
}

/** The idea groups of one word of a question, the same in every question (so kept across questions). */
function wordGroups(ci: ClauseIndex, w: string): QueryGroup[] {
  // The same compound spelt with or without its linking "s" ("welzijnssector", "Welzijnsector": the
  // charter writes both) is one word.
  const spellings = [
    ...(compoundSpellings(ci).get(linkless(w)) ?? []),
    // "wijkaanpak" is also the charter's "wijkenaanpak": one compound, written with another linker.
    ...[relinkedIn(ci.vocabulary, w)].filter((x): x is string => x !== null),
  ];
  const own = [...new Set([w, ...spellings].flatMap((x) => ci.encoder.encode(x)))];
  if (own.length === 0) return [];
  // "krachtwijk" also finds "wijken": the halves of a compound. Where the charter never writes the
  // compound ("jeugdwerkloosheid" is "(jeugd-)werkloosheid" there), each half is an idea of its own.
  const parts = compoundParts(w, ci.vocabulary).map((part) => [...new Set(ci.encoder.encode(part))]);
  const known = own.some((t) => ci.df.has(t));
  // A Dutch word the glossary lists brings its Dutch synonyms along ("geld" -> budget, middelen); one the
  // charter only writes as the head of a compound ("kinderraad" in "kinderraadsvergadering") brings those.
  const synonyms = [
    ...(ci.dutchSynonyms.get(w) ??
      (known ? [] : [...compoundsOf(ci, w), ...compoundsEndingIn(ci, w), ...derivedIn(ci, w)])),
    // "jaarlijks" is also said "per jaar": the period, as a synonym that counts a little less.
    ...periodOf(w).map((p) => [...new Set(ci.encoder.encode(p))]),
  ];
  if (known || parts.length === 0)
    return [
      {
        alternatives: [own, ...parts, ...synonyms],
        // A word the charter never writes ("verwijsindex") is said there only as its synonym ("verwijzindex").
        synonymsFrom: known ? 1 + parts.length : 1 + parts.length + synonyms.length,
        ...(known && parts.length > 0 ? { partsTo: 1 + parts.length } : {}),
      },
    ];
  return [
    { alternatives: [own, ...synonyms], synonymsFrom: 1 + synonyms.length },
    ...parts.map((part) => ({ alternatives: [part], synonymsFrom: 1 })),
  ];
}

/** A term in more than this share of the clauses does not by itself make a clause a candidate. */
const COMMON_SHARE = 0.15;
const K1 = 1.2;
const B = 0.5;

export function searchClauses(ci: ClauseIndex, folded: string, limit = 5): ClauseHit[] {
  // One answer often searches the same words more than once (routing, planning, a fallback).
  // All hits are ranked and kept, so that a wider look at the same words (a list's lead-in) is a slice.
  return ci.recent.hits.get(folded, () => rank(ci, folded)).slice(0, limit);
}

function rank(ci: ClauseIndex, folded: string): ClauseHit[] {
  // A word may encode to two stems (Dutch and English): it counts once, by its better stem.
  const groups = queryGroups(ci, folded);
  if (groups.length === 0) return [];
  // Candidates come from the question's distinctive terms; a term in a large share of clauses ("wijk",
  // "gemeente") still scores below, but would make nearly every clause a candidate.
  const terms = [...new Set(groups.flatMap((g) => g.alternatives.flat()))];
  const distinctive = terms.filter((t) => (ci.df.get(t) ?? 0) <= ci.docs.length * COMMON_SHARE);
  const candidates = new Set<number>();
  for (const t of distinctive.length > 0 ? distinctive : terms) {
    const ids = ci.recent.postings.get(t, () => ci.index.search(t, { limit: ci.docs.length }) as number[]);
    for (const id of ids) candidates.add(id);
  }
  // Each group's terms with their rarity, worked out once per question rather than per clause.
  const idf = new Map<string, number>();
  for (const g of groups)
    for (const a of g.alternatives) for (const t of a) if (!idf.has(t)) idf.set(t, idfOf(ci, t));
  // Only terms the charter has can be in a clause: the rest need no look in each candidate's terms.
  const inCharter = groups.map((g) => g.alternatives.map((a) => a.filter((t) => ci.df.has(t))));
  const weighted = inCharter.map((alternatives) =>
    [...new Set(alternatives.flat())].map((t): [string, number] => [t, idf.get(t) ?? 0]),
  );
  // Which groups each term is in: a clause is scored on the groups it has a term of. A pasted letter
  // has dozens of words and a clause a few of them, so its own terms find those groups faster.
  const groupsOf = new Map<string, number[]>();
  weighted.forEach((terms, at) => {
    for (const t of terms as Array<[string, number]>) append(groupsOf, t[0], at);
  });
  const touched = new Uint8Array(groups.length);
  const hits: ClauseHit[] = [];
  const used = new Set<string>();
  const weights: number[] = [];
  for (const id of candidates) {
    const doc = ci.docs[id];
    if (!doc) continue;
    let score = 0;
    let matched: string[] | undefined;
    const norm = K1 * (1 - B + (B * doc.length) / ci.avgLength);
    const fewer = doc.tf.size < groupsOf.size;
    touched.fill(fewer ? 0 : 1);
    if (fewer) for (const t of doc.tf.keys()) for (const at of groupsOf.get(t) ?? []) touched[at] = 1;
    for (let at = 0; at < groups.length; at++) {
      // A group the clause has no term of adds nothing.
      if (!touched[at]) continue;
      const group = groups[at] as QueryGroup;
      used.clear();
      weights.length = 0;
      for (let i = 0; i < group.alternatives.length; i++) {
        const factor = i >= group.synonymsFrom ? SYNONYM_WEIGHT : 1;
        let best = 0;
        let term = '';
        for (const t of (inCharter[at] as string[][])[i] as string[]) {
          const tf = doc.tf.get(t);
          if (!tf) continue;
          const w = (((idf.get(t) ?? 0) * tf * (K1 + 1)) / (tf + norm)) * factor;
          if (w > best) {
            best = w;
            term = t;
          }
        }
        // "ondertekening" and "ondertekenen" share a stem: one match, not two.
        if (best > 0 && !used.has(term)) {
          used.add(term);
          weights.push(best);
          if (matched) matched.push(term);
          else matched = [term];
        }
      }
      // A glossary group is one idea: its best word counts fully, further synonyms a little.
      if (weights.length === 1) score += weights[0] as number;
      else if (weights.length > 1) {
        // The best in full, the rest at 0.3 (summed, not sorted: this loop must not allocate).
        let top = 0;
        let sum = 0;
        for (const w of weights) {
          sum += w;
          if (w > top) top = w;
        }
        score += top + (sum - top) * 0.3;
      }
    }
    // A long clause is often answered by one of its sentences: score that sentence on its own too, so
    // "In twee wijken is een Werkhotel gepland" is not outweighed by a short clause that merely names it.
    score = Math.max(score, SENTENCE_WEIGHT * sentenceScore(ci, doc, weighted, touched, score));
    score *= doc.prior;
    if (matched) hits.push({ clause: doc.clause, score, terms: matched });
  }
  return hits.sort((a, b) => b.score - a.score || a.clause.id.localeCompare(b.clause.id));
}

const SENTENCE_WEIGHT = 0.9;

/**
 * "in ieder geval" says "at least", not "each": its "ieder" must not meet a question's "ieder jaar". It is
 * indexed as the one word the glossary gives "at least", "minimaal", "at a minimum".
 */
// "t.o.v." is the charter's "ten opzichte van", as a question's "tov" is read (shorthand).
const withoutIdioms = (text: string) =>
  text
    .replace(/\bin (?:ieder|elk) geval\b/gi, ' tenminste ')
    .replace(/\bt\.? ?o\.? ?v\b\.?/gi, ' ten opzichte van ');

/**
 * "jaarlijks" in the charter answers "elk jaar", "per jaar": the period it repeats in is a word of the text.
 * Only the text's side: a question's "jaarlijks" would otherwise find every "jaren".
 */
const PERIODIC: Readonly<Record<string, string>> = {
  jaarlijks: 'jaar',
  jaarlijkse: 'jaar',
  maandelijks: 'maand',
  maandelijkse: 'maand',
  wekelijks: 'week',
  wekelijkse: 'week',
};
const periodOf = (word: string): string[] => {
  const period = PERIODIC[word];
  return period ? [period] : [];
};

/** The charter's compounds a word is the head of ("kinderraad" -> kinderraadsvergadering), as terms. */
function compoundsOf(ci: ClauseIndex, word: string): string[][] {
  if (word.length < MIN_HEAD) return [];
  const out: string[][] = [];
  for (const v of byHead(ci).get(word.slice(0, MIN_HEAD)) ?? []) {
    if (v.length < word.length + MIN_TAIL || !v.startsWith(word)) continue;
    const tail = v.slice(word.length).replace(/^s/, '');
    if (tail.length >= MIN_TAIL) out.push([...new Set(ci.encoder.encode(v))]);
  }
  return out.slice(0, MAX_COMPOUNDS);
}
/**
 * The charter's compounds a word it never writes alone is the tail of ("diefstal" -> fietsendiefstal).
 */
function compoundsEndingIn(ci: ClauseIndex, word: string): string[][] {
  if (word.length < MIN_TAIL_ALONE) return [];
  const out: string[][] = [];
  for (const v of byTail(ci).get(word.slice(-MIN_TAIL_ALONE)) ?? []) {
    if (v.length < word.length + MIN_TAIL || !v.endsWith(word)) continue;
    // A compound's head is a word ("fietsen" in "fietsendiefstal"); "ver(s)" in "verstrekt" is a verb's
    // prefix and "trekt" no part of that verb.
    if (VERB_PREFIX.test(v.slice(0, -word.length))) continue;
    out.push([...new Set(ci.encoder.encode(v))]);
  }
  return out.slice(0, MAX_COMPOUNDS);
}
/**
 * The charter's words of the same root as a Dutch word it never writes: a verb's noun and back
 * ("intimideren" -> intimidatie, "bedreigt" -> bedreiging, "ondersteuning" -> ondersteunen).
 */
function derivedIn(ci: ClauseIndex, word: string): string[][] {
  const forms: string[] = [];
  const verbRoot = /^(.{4,}?)(?:eerden|eerde|eert|eren)$/.exec(word)?.[1];
  // "experimenteren" is done with "experimenten", as "organiseren" with "organisatie".
  if (verbRoot)
    forms.push(`${verbRoot}atie`, `${verbRoot}ering`, `${verbRoot}eren`, verbRoot, `${verbRoot}en`);
  const noun = /^(.{5,}?)(?:ingen|ing)$/.exec(word)?.[1];
  if (noun) forms.push(`${noun}en`, `${noun}t`);
  const latin = /^(.{4,}?)(?:aties|atie)$/.exec(word)?.[1];
  if (latin) forms.push(`${latin}eren`, `${latin}eert`);
  const root = /^(.{5,}?)(?:den|ten|de|te|en|t)$/.exec(word)?.[1];
  if (root) forms.push(`${root}ing`, `${root}ingen`);
  return [...new Set(forms)]
    .filter((f) => f !== word && ci.vocabulary.has(f))
    .map((f) => [...new Set(ci.encoder.encode(f))])
    .slice(0, MAX_COMPOUNDS);
}

/** Dutch prefixes that make another verb, with the letter a tail may have cut off ("ver|s|trekt"). */
const VERB_PREFIX = /^(?:be|ge|er|her|ont|ver)[a-z]?$/;
/** Shortest word looked up as a compound's tail. */
const MIN_TAIL_ALONE = 5;

/** The charter's words by their last letters, to find a tail's compounds without reading them all. */
const tails = new WeakMap<ClauseIndex, Map<string, string[]>>();
const byTail = (ci: ClauseIndex) =>
  vocabularyBy(tails, ci, MIN_TAIL_ALONE + MIN_TAIL, (v) => v.slice(-MIN_TAIL_ALONE));

/** The charter's words of `min` letters or more grouped by a key of each, worked out once per index. */
function vocabularyBy(
  cache: WeakMap<ClauseIndex, Map<string, string[]>>,
  ci: ClauseIndex,
  min: number,
  keyOf: (word: string) => string,
): Map<string, string[]> {
  let map = cache.get(ci);
  if (!map) {
    map = new Map();
    for (const v of ci.vocabulary) {
      if (v.length < min) continue;
      const key = keyOf(v);
      append(map, key, v);
    }
    cache.set(ci, map);
  }
  return map;
}

/** A long word without the linking "s" a compound may be written with: "welzijnssector" -> "welzijnsector". */
const linkless = (word: string) => (word.length >= MIN_LINKED ? word.replace(/ss/g, 's') : word);
/** Words shorter than this are left as written ("kassa" is no compound). */
const MIN_LINKED = 9;

/** The charter's long words that it spells two ways, by their form without the linking "s"; once per index. */
const spellings = new WeakMap<ClauseIndex, Map<string, string[]>>();
const forms = new WeakMap<ClauseIndex, Map<string, string[]>>();
function compoundSpellings(ci: ClauseIndex): Map<string, string[]> {
  let map = spellings.get(ci);
  if (!map) {
    const byForm = vocabularyBy(forms, ci, MIN_LINKED, linkless);
    map = new Map([...byForm].filter(([, words]) => words.length > 1));
    spellings.set(ci, map);
  }
  return map;
}

/** The charter's words by their first letters, to find a head's compounds without reading them all. */
const heads = new WeakMap<ClauseIndex, Map<string, string[]>>();
const byHead = (ci: ClauseIndex) => vocabularyBy(heads, ci, MIN_HEAD + MIN_TAIL, (v) => v.slice(0, MIN_HEAD));

/** Shortest word looked up as a compound's head; shortest tail after it. */
const MIN_HEAD = 6;
const MIN_TAIL = 4;
/** The most compounds one head brings. */
const MAX_COMPOUNDS = 4;

/** A text's terms as the index has them: with the halves of its compounds ("leefbaarheid|budget"). */
function termsOf(ci: ClauseIndex, text: string): Set<string> {
  return ci.recent.terms.get(text, () => {
    const parts = fold(text)
      .split(' ')
      .flatMap((w) => [...compoundParts(w, ci.vocabulary), ...periodOf(w)]);
    return new Set(ci.encoder.encode(withoutIdioms(`${text} ${parts.join(' ')}`)));
  });
}

const idfOf = (ci: ClauseIndex, t: string) => {
  const df = ci.df.get(t) ?? 0;
  return Math.log(1 + (ci.docs.length - df + 0.5) / (df + 0.5));
};

function sentencesOf(ci: ClauseIndex, doc: Doc) {
  doc.sentences ??= withContinued(
    clauseSentences(doc.clause.text).map((text) => ({ text, terms: termsOf(ci, text) })),
  );
  return doc.sentences;
}

/**
 * "Hiervan zal € 10 miljoen beschikbaar komen voor de 40 wijken": a sentence that continues the one before
 * it is about what that one names ("20 miljoen voor burgerinitiatieven") as well.
 */
function withContinued(list: Array<{ text: string; terms: Set<string> }>) {
  return list.map(({ text, terms }, i) => {
    const before = i > 0 && grammar.continuesBefore.starts(fold(text)) ? list[i - 1]?.terms : undefined;
    return { text, terms, about: before ? new Set([...terms, ...before]) : terms };
  });
}

/** The best single sentence's share of the question: each query word counts once, by its rarest term. */
function sentenceScore(
  ci: ClauseIndex,
  doc: Doc,
  groups: Array<Array<[string, number]>>,
  touched: Uint8Array,
  floor: number,
): number {
  // Only the terms this clause has can count (of the groups `touched` marks); when even all of them in
  // one sentence could not beat the clause's own score, the sentences need no look.
  // This runs for every candidate clause of every search: loops, not arrays, keep it from allocating.
  let upper = 0;
  for (let at = 0; at < groups.length; at++) {
    if (!touched[at]) continue;
    let g = 0;
    for (const [t, idf] of groups[at] as Array<[string, number]>) if (idf > g && doc.tf.has(t)) g = idf;
    upper += g;
  }
  if (upper * SENTENCE_WEIGHT <= floor) return 0;
  const list = sentencesOf(ci, doc);
  if (list.length < 2) return 0;
  let best = 0;
  for (const s of list) {
    let score = 0;
    for (let at = 0; at < groups.length; at++) {
      if (!touched[at]) continue;
      const group = groups[at] as Array<[string, number]>;
      let g = 0;
      // A sentence may write what its clause's search text leaves out ("in ieder geval"): not counted.
      for (const [t, idf] of group) if (idf > g && s.terms.has(t) && doc.tf.has(t)) g = idf;
      score += g;
    }
    if (score > best) best = score;
  }
  return best;
}

/** A short text that is a heading or list item ("Monitoring: Effectmeting.", "5. bewonersparticipatie"). */
const isHeading = (text: string) =>
  // "Onderzoekscapaciteit vanuit RIVM." ends as a sentence does: short, but it says something.
  text.length < 40 && (text.includes(':') || !/[.!?]$/.test(text.trim()));

/** Every sentence of a clause with how much (and how rare) of the question's words it shares. */
export function rankSentences(
  ci: ClauseIndex,
  clause: Clause,
  folded: string,
): Array<{ s: string; score: number }> {
  // Planning one answer ranks the same clause's sentences several times.
  return ci.recent.sentences.get(`${clause.id}|${folded}`, () => rankSentencesOnce(ci, clause, folded));
}

function rankSentencesOnce(
  ci: ClauseIndex,
  clause: Clause,
  folded: string,
): Array<{ s: string; score: number }> {
  const groups = queryGroups(ci, folded).map((g) => g.alternatives.flat());
  const doc = ci.docByClause.get(clause.id);
  const list = doc
    ? sentencesOf(ci, doc)
    : withContinued(clauseSentences(clause.text).map((text) => ({ text, terms: termsOf(ci, text) })));
  return list.map(({ text: s, about: own }) => {
    // Each of the question's words counts once, by its rarest matching term.
    const score = groups.reduce(
      (sum, g) => sum + Math.max(0, ...g.filter((t) => own.has(t)).map((t) => idfOf(ci, t))),
      0,
    );
    return { s, score: list.length > 1 && isHeading(s) ? score * 0.5 : score };
  });
}

/** The sentence of a clause that shares the most (and rarest) of the question's words: the part worth quoting. */
export function bestSentence(
  ci: ClauseIndex,
  clause: Clause,
  folded: string,
  must?: (s: string) => boolean,
  bonus: (s: string) => number = () => 0,
): string {
  let best: { s: string; score: number } | null = null;
  for (const r of rankSentences(ci, clause, folded)) {
    if (must && !must(r.s)) continue;
    const score = r.score + bonus(r.s);
    if (!best || score > best.score) best = { s: r.s, score };
  }
  return best?.s ?? clause.text;
}

/** What a translated word counts in a text's coverage when the text does not have it. */
const LOOSE_WEIGHT = 0.4;

/** A term in this share of clauses or more ("Utrecht", "gemeente", "wijk") is no idea of its own. */
const COMMON_IDF = 1.5;

/**
 * The words of a text no clause and no glossary entry knows ("casino", "zwembad", "football"): ideas the
 * charter cannot carry, whatever else a question shares with it. Words shorter than `minLength` are no idea
 * ("lol", "pls"), unless the caller knows they name what is asked ("the zoo").
 */
export function unknownIdeas(ci: ClauseIndex, folded: string, minLength = 4): string[] {
  return queryGroups(ci, folded)
    .map((g) => g.alternatives.flat())
    .filter(
      (terms) =>
        terms.length > 0 && terms.every((t) => !ci.df.has(t) && t.length >= minLength && !/^\d/.test(t)),
    )
    .map((terms) => terms[0] as string);
}

/** The question words that ask for a year ("welk jaar", "which year"). */
const YEAR_ASKED = phraseSet(
  (['nl', 'en'] as const).flatMap((lang) =>
    phrasesOf('askDate', lang).filter((p) => /\b(?:jaar|year)\b/.test(p)),
  ),
);
/** The terms of the word "year", as the index writes them. */
const yearTerms = perOwner((ci: ClauseIndex) => new Set(ci.encoder.encode('jaar jaren year years')));

/** One idea of a question as `coverage` weighs it: its terms, how rare it is, and whether it counts. */
type Idea = {
  group: QueryGroup;
  terms: string[];
  weight: number;
  /** No word of it is the charter's: left out where unknown words are skipped. */
  unknown: boolean;
  /** A number, or a short word the charter never uses: no idea of its own. */
  skip: boolean;
};

function ideasOf(ci: ClauseIndex, folded: string): Idea[] {
  return ci.recent.ideas.get(folded, () =>
    queryGroups(ci, folded).map((group) => {
      const terms = group.alternatives.flat();
      // An idea with many words ("money": geld, middelen, budget, ...) is as common as its commonest word
      // the charter uses; a word the charter never uses is rarest of all.
      // A compound the charter writes ("participatiebudget") is as rare as itself, not as its halves.
      const used = (group.partsTo !== undefined ? (group.alternatives[0] ?? []) : terms).filter((t) =>
        ci.df.has(t),
      );
      const weight =
        used.length > 0
          ? Math.min(...used.map((t) => idfOf(ci, t)))
          : Math.max(...terms.map((t) => idfOf(ci, t)));
      return {
        group,
        terms,
        weight,
        unknown: terms.every((t) => !ci.df.has(t)),
        // A year or a number is no idea of its own: "Who won the 2010 World Cup?" shares only 2010 with a
        // clause. A short word the charter never uses ("lol", "pls") is chat, not a topic it lacks.
        skip: terms.every((t) => /^\d+$/.test(t)) || terms.every((t) => t.length <= 3 && !ci.df.has(t)),
      };
    }),
  );
}

/**
 * How much of the question's ideas (its words, or glossary groups for English phrases) a text carries:
 * `share` weighted by how rare they are (1 when every idea is there), `matched` how many distinctive ideas.
 * `skipUnknown` leaves out words the charter never uses: in an English question they are mostly English
 * the glossary does not translate, not a topic the charter lacks.
 */
export function coverage(
  ci: ClauseIndex,
  folded: string,
  text: string,
  options: { skipUnknown?: boolean } = {},
): {
  share: number;
  matched: number;
  rarest: boolean;
  rarestWeight: number;
  /** Whether the text carries the question's rarest translated idea, and how rare that is. */
  looseRarest: boolean;
  looseWeight: number;
} {
  const own = termsOf(ci, text);
  // "in welk jaar", "what year": the word "year" asks for one, which a year in the text is.
  const years = YEAR_ASKED.test(folded) && /\b(?:19|20)\d\d\b/.test(text) ? yearTerms(ci) : null;
  let total = 0;
  let found = 0;
  let matched = 0;
  let rarest = { weight: 0, found: false };
  let rarestLoose = { weight: 0, found: false };
  for (const idea of ideasOf(ci, folded)) {
    if (idea.skip || (options.skipUnknown && idea.unknown)) continue;
    const { group, terms, weight } = idea;
    const here = terms.some((t) => own.has(t) || years?.has(t));
    const whole =
      group.partsTo === undefined ||
      group.alternatives.some(
        (alt, i) => (i === 0 || i >= (group.partsTo ?? 0)) && alt.some((t) => own.has(t)),
      );
    // A translated word the text lacks may be said in other words there ("worden ingezet").
    total += group.loose && !here ? weight * LOOSE_WEIGHT : weight;
    if (here && !whole) found += weight * PART_SHARE;
    else if (here) {
      found += weight;
      if (weight >= COMMON_IDF) matched += 1;
    }
    // The rarest idea is one the question names itself: a translated word ("includes") may be said in
    // other words in the charter ("opgenomen"), so it is the rarest only where every idea is translated.
    if (group.loose) {
      if (weight > rarestLoose.weight) rarestLoose = { weight, found: here };
    } else if (weight > rarest.weight) rarest = { weight, found: here && whole };
  }
  const named = rarest.weight > 0 ? rarest : rarestLoose;
  return {
    share: total > 0 ? found / total : 0,
    matched,
    rarest: named.found,
    rarestWeight: named.weight,
    looseRarest: rarestLoose.found,
    looseWeight: rarestLoose.weight,
  };
}
