// Full-text search over every clause of the charter, for questions that are not about a wijk target
// ("how many extra wijkagenten?", "when was it signed?"). FlexSearch finds candidates; a BM25 score
// over the same encoded terms ranks them and says how sure the match is.
import { Encoder, Index } from 'flexsearch';
import type { Knowledge } from '../charter/load.js';
import type { Clause } from '../charter/schema.js';
import { sentences } from '../charter/text.js';
import { createEncoder } from './stem.js';
import { fold } from './text.js';

type Doc = {
  clause: Clause;
  tf: Map<string, number>;
  length: number;
  /** The clause's sentences with their terms, computed on first use (most clauses are never asked about). */
  sentences?: Array<{ text: string; terms: Set<string> }>;
};

export type ClauseIndex = {
  index: Index;
  encoder: Encoder;
  docs: Doc[];
  df: Map<string, number>;
  avgLength: number;
  /** The glossary, folded once: English phrases to look for, Dutch alternatives as encoded terms. */
  glossary: Array<{ en: string[]; nl: string[][] }>;
  /** A Dutch word the glossary lists -> the encoded alternatives of its synonyms. */
  dutchSynonyms: Map<string, string[][]>;
  /** Every folded word of four letters or more in the charter, for splitting and joining compounds. */
  vocabulary: ReadonlySet<string>;
};

export type ClauseHit = { clause: Clause; score: number; terms: string[] };

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
  return [];
}

/**
 * Only function words are left out of full-text search: words such as "wijken", "jaar" or "doel" that
 * carry no topic in a target question can be the very subject of a question about the text.
 */
const FUNCTION_WORDS = new Set(
  `a an the of for in on at to by from with and or is are was were be been it its this that these those there their
  what which who whom when where why how many much does do did has have had should would will shall can could may might must
  me my i you your we our they them he she his her please about than then as into per
  de het een van voor in op aan te door met en of is zijn was waren wordt worden werd er dit dat deze die daar hun
  wat welke welk wie wanneer waar waarom hoe hoeveel veel moet moeten zal zullen kan kunnen mag heeft hebben had
  mij ik je jij u wij we ze zij hij haar om bij tot uit over als dan ook nog maar wel niet geen
  zelf zelfs eigenlijk klopt echt gewoon groot hoog true right correct really actually itself`
    .split(/\s+/)
    .filter(Boolean),
);

export function buildClauseIndex(knowledge: Knowledge): ClauseIndex {
  const encoder = createEncoder(FUNCTION_WORDS, { english: false });
  // Text is encoded once, by our encoder; FlexSearch indexes the resulting terms as they are.
  const index = new Index({
    encoder: new Encoder({ normalize: false, dedupe: false, numeric: false, split: ' ' }),
    tokenize: 'strict',
  });
  const docs: Doc[] = [];
  const df = new Map<string, number>();
  const vocabulary = new Set(
    knowledge.clauses.flatMap((c) =>
      fold(c.text)
        .split(' ')
        .filter((w) => w.length >= 4),
    ),
  );
  knowledge.clauses.forEach((clause, i) => {
    // The innermost heading helps ("Wijkagenten", "Financiering"), the full path would drown the text.
    const parts = fold(clause.text)
      .split(' ')
      .flatMap((w) => compoundParts(w, vocabulary));
    const text = `${clause.text} ${clause.path.at(-1) ?? ''} ${parts.join(' ')}`;
    const terms = encoder.encode(text);
    index.add(i, terms.join(' '));
    const tf = count(terms);
    docs.push({ clause, tf, length: terms.length });
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  });
  const avgLength = docs.reduce((s, d) => s + d.length, 0) / Math.max(1, docs.length);
  const alternatives = (phrases: string[]) =>
    phrases
      .flatMap((p) => p.split(/\s+/))
      .map((w) => [...new Set(encoder.encode(w))])
      .filter((a) => a.length > 0);
  const glossary = knowledge.lexicon.glossary.map((e) => ({
    en: e.en.map((p) => fold(p).trim()),
    nl: alternatives(e.nl),
  }));
  const dutchSynonyms = new Map<string, string[][]>();
  for (const e of knowledge.lexicon.glossary) {
    for (const p of e.nl) if (!p.includes(' ')) dutchSynonyms.set(fold(p).trim(), alternatives(e.nl));
  }
  return { index, encoder, docs, df, avgLength, glossary, dutchSynonyms, vocabulary };
}

/**
 * The question's words, each with the terms it may match: its own stems, and for an English phrase the
 * glossary's Dutch charter words ("signed" -> ondertekend, ondertekening). A group is a list of
 * alternatives, each a list of terms (one word's stems). Within a group a term counts once.
 */
type QueryGroup = string[][];

function queryGroups(ci: ClauseIndex, folded: string): QueryGroup[] {
  const groups: QueryGroup[] = [];
  let rest = folded;
  for (const entry of ci.glossary) {
    const hit = entry.en.find((p) => rest.includes(` ${p} `));
    if (!hit) continue;
    rest = rest.replace(` ${hit} `, ' ');
    groups.push(entry.nl);
  }
  const ws = rest.split(/\s+/).filter(Boolean);
  for (const w of new Set(ws)) {
    const own = [...new Set(ci.encoder.encode(w))];
    // A Dutch word the glossary lists brings its Dutch synonyms along ("geld" -> budget, middelen).
    // "krachtwijk" also finds "wijken": the halves of a compound the charter writes apart are alternatives.
    const parts = compoundParts(w, ci.vocabulary).map((part) => [...new Set(ci.encoder.encode(part))]);
    groups.push([own, ...(ci.dutchSynonyms.get(w) ?? []), ...parts]);
  }
  // "outcome monitor" is the charter's "outcomemonitor": two words the charter writes as one.
  for (let i = 0; i + 1 < ws.length; i++) {
    const joined = `${ws[i]}${ws[i + 1]}`;
    if (ci.vocabulary.has(joined)) groups.push([[...new Set(ci.encoder.encode(joined))]]);
  }
  return groups.map((g) => g.filter((alt) => alt.length > 0)).filter((g) => g.length > 0);
}

const K1 = 1.2;
const B = 0.5;

export function searchClauses(ci: ClauseIndex, folded: string, limit = 5): ClauseHit[] {
  // A word may encode to two stems (Dutch and English): it counts once, by its better stem.
  const groups = queryGroups(ci, folded);
  if (groups.length === 0) return [];
  const candidates = new Set<number>();
  for (const t of groups.flat(2)) {
    for (const id of ci.index.search(t, { limit: 60 }) as number[]) candidates.add(id);
  }
  const n = ci.docs.length;
  const weight = (doc: Doc, t: string) => {
    const tf = doc.tf.get(t);
    if (!tf) return 0;
    const df = ci.df.get(t) ?? 0;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    return (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.length) / ci.avgLength));
  };
  const hits: ClauseHit[] = [];
  for (const id of candidates) {
    const doc = ci.docs[id];
    if (!doc) continue;
    let score = 0;
    const matched: string[] = [];
    for (const group of groups) {
      const used = new Set<string>();
      const weights: number[] = [];
      for (const alternative of group) {
        let best = 0;
        let term = '';
        for (const t of alternative) {
          const w = weight(doc, t);
          if (w > best) [best, term] = [w, t];
        }
        // "ondertekening" and "ondertekenen" share a stem: one match, not two.
        if (best > 0 && !used.has(term)) {
          used.add(term);
          weights.push(best);
          matched.push(term);
        }
      }
      // A glossary group is one idea: its best word counts fully, further synonyms a little.
      weights.sort((a, b) => b - a);
      score += weights.reduce((sum, w, i) => sum + (i === 0 ? w : w * 0.3), 0);
    }
    // A long clause is often answered by one of its sentences: score that sentence on its own too, so
    // "In twee wijken is een Werkhotel gepland" is not outweighed by a short clause that merely names it.
    score = Math.max(score, SENTENCE_WEIGHT * sentenceScore(ci, doc, groups));
    // "werkhotel (zie hfd. 4)": a clause that points elsewhere is not where the answer is.
    if (/\(zie (hfd|hoofdstuk|paragraaf|par)\b/i.test(doc.clause.text)) score *= 0.7;
    // The list of signatories opening the charter names every ministry; it is rarely what a question is about.
    if (doc.clause.path.length === 1 && doc.clause.path[0] === 'Charter') score *= 0.5;
    // "Het rijk ondersteunt de gemeente op de volgende wijze:" only introduces a list.
    if (doc.clause.text.endsWith(':') && doc.clause.text.length < 120) score *= 0.6;
    if (matched.length > 0) hits.push({ clause: doc.clause, score, terms: matched });
  }
  return hits.sort((a, b) => b.score - a.score || a.clause.id.localeCompare(b.clause.id)).slice(0, limit);
}

const SENTENCE_WEIGHT = 0.9;

const idfOf = (ci: ClauseIndex, t: string) => {
  const df = ci.df.get(t) ?? 0;
  return Math.log(1 + (ci.docs.length - df + 0.5) / (df + 0.5));
};

function sentencesOf(ci: ClauseIndex, doc: Doc) {
  doc.sentences ??= sentences(doc.clause.text.replace(/\n/g, ' ')).map((text) => ({
    text,
    terms: new Set(ci.encoder.encode(text)),
  }));
  return doc.sentences;
}

/** The best single sentence's share of the question: each query word counts once, by its rarest term. */
function sentenceScore(ci: ClauseIndex, doc: Doc, groups: QueryGroup[]): number {
  const list = sentencesOf(ci, doc);
  if (list.length < 2) return 0;
  let best = 0;
  for (const s of list) {
    let score = 0;
    for (const group of groups) {
      let g = 0;
      for (const alternative of group)
        for (const t of alternative) if (s.terms.has(t)) g = Math.max(g, idfOf(ci, t));
      score += g;
    }
    best = Math.max(best, score);
  }
  return best;
}

/** Every sentence of a clause with how much (and how rare) of the question's words it shares. */
export function rankSentences(
  ci: ClauseIndex,
  clause: Clause,
  folded: string,
): Array<{ s: string; score: number }> {
  const groups = queryGroups(ci, folded).map((g) => g.flat());
  return sentences(clause.text.replace(/\n/g, ' ')).map((s) => {
    const own = new Set(ci.encoder.encode(s));
    return {
      s,
      score: groups.reduce(
        (sum, g) => sum + Math.max(0, ...g.filter((t) => own.has(t)).map((t) => idfOf(ci, t))),
        0,
      ),
    };
  });
}

/** The sentence of a clause that shares the most (and rarest) of the question's words: the part worth quoting. */
export function bestSentence(
  ci: ClauseIndex,
  clause: Clause,
  folded: string,
  must?: (s: string) => boolean,
): string {
  const groups = queryGroups(ci, folded).map((g) => g.flat());
  const n = ci.docs.length;
  const idf = (t: string) => Math.log(1 + (n - (ci.df.get(t) ?? 0) + 0.5) / ((ci.df.get(t) ?? 0) + 0.5));
  let best: { s: string; score: number } | null = null;
  for (const s of sentences(clause.text.replace(/\n/g, ' '))) {
    if (must && !must(s)) continue;
    const own = new Set(ci.encoder.encode(s));
    // Each of the question's words counts once, by its rarest matching term.
    const score = groups.reduce((sum, g) => sum + Math.max(0, ...g.filter((t) => own.has(t)).map(idf)), 0);
    if (!best || score > best.score) best = { s, score };
  }
  return best?.s ?? clause.text;
}

/** A term in this share of clauses or more ("Utrecht", "gemeente", "wijk") is no idea of its own. */
const COMMON_IDF = 1.5;

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
): { share: number; matched: number } {
  const groups = queryGroups(ci, folded);
  const own = new Set(ci.encoder.encode(text));
  let total = 0;
  let found = 0;
  let matched = 0;
  for (const group of groups) {
    const terms = group.flat();
    if (options.skipUnknown && terms.every((t) => !ci.df.has(t))) continue;
    const weight = Math.max(...terms.map((t) => idfOf(ci, t)));
    total += weight;
    if (terms.some((t) => own.has(t))) {
      found += weight;
      if (weight >= COMMON_IDF) matched += 1;
    }
  }
  return { share: total > 0 ? found / total : 0, matched };
}
