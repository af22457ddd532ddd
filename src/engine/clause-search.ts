// Full-text search over every clause of the charter, for questions that are not about a wijk target
// ("how many extra wijkagenten?", "when was it signed?"). FlexSearch finds candidates; a BM25 score
// over the same encoded terms ranks them and says how sure the match is.
import { type Encoder, Index } from 'flexsearch';
import type { Knowledge } from '../charter/load.js';
import type { Clause } from '../charter/schema.js';
import { sentences } from '../charter/text.js';
import { createEncoder } from './stem.js';
import { fold } from './text.js';

type Doc = { clause: Clause; tf: Map<string, number>; length: number };

export type ClauseIndex = {
  index: Index;
  encoder: Encoder;
  docs: Doc[];
  df: Map<string, number>;
  avgLength: number;
  glossary: Array<{ en: string[]; nl: string[] }>;
};

export type ClauseHit = { clause: Clause; score: number; terms: string[] };

const count = (terms: string[]) => {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
};

export function buildClauseIndex(knowledge: Knowledge, stopwords: ReadonlySet<string>): ClauseIndex {
  const encoder = createEncoder(stopwords);
  const index = new Index({ encoder, tokenize: 'forward' });
  const docs: Doc[] = [];
  const df = new Map<string, number>();
  knowledge.clauses.forEach((clause, i) => {
    // The innermost heading helps ("Wijkagenten", "Financiering"), the full path would drown the text.
    const text = `${clause.text} ${clause.path.at(-1) ?? ''}`;
    index.add(i, text);
    const terms = encoder.encode(text);
    const tf = count(terms);
    docs.push({ clause, tf, length: terms.length });
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  });
  const avgLength = docs.reduce((s, d) => s + d.length, 0) / Math.max(1, docs.length);
  return { index, encoder, docs, df, avgLength, glossary: knowledge.lexicon.glossary };
}

/** Adds the Dutch charter words for English ones the question uses ("signed" -> "ondertekend"). */
function expandQuery(folded: string, glossary: ClauseIndex['glossary']): string {
  const extra: string[] = [];
  for (const entry of glossary) {
    if (entry.en.some((p) => folded.includes(` ${fold(p).trim()} `))) extra.push(...entry.nl);
  }
  return `${folded} ${extra.join(' ')}`;
}

const K1 = 1.2;
const B = 0.75;

export function searchClauses(ci: ClauseIndex, folded: string, limit = 5): ClauseHit[] {
  const terms = [...new Set(ci.encoder.encode(expandQuery(folded, ci.glossary)))];
  if (terms.length === 0) return [];
  const candidates = new Set<number>();
  for (const t of terms) {
    for (const id of ci.index.search(t, { limit: 60 }) as number[]) candidates.add(id);
  }
  const n = ci.docs.length;
  const hits: ClauseHit[] = [];
  for (const id of candidates) {
    const doc = ci.docs[id];
    if (!doc) continue;
    let score = 0;
    const matched: string[] = [];
    for (const t of terms) {
      const tf = doc.tf.get(t);
      if (!tf) continue;
      const df = ci.df.get(t) ?? 0;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.length) / ci.avgLength));
      matched.push(t);
    }
    if (matched.length > 0) hits.push({ clause: doc.clause, score, terms: matched });
  }
  return hits.sort((a, b) => b.score - a.score || a.clause.id.localeCompare(b.clause.id)).slice(0, limit);
}

/** The sentence of a clause that shares most terms with the question: the part worth quoting. */
export function bestSentence(
  ci: ClauseIndex,
  clause: Clause,
  folded: string,
  must?: (s: string) => boolean,
): string {
  const terms = new Set(ci.encoder.encode(expandQuery(folded, ci.glossary)));
  let best: { s: string; score: number } | null = null;
  for (const s of sentences(clause.text.replace(/\n/g, ' '))) {
    if (must && !must(s)) continue;
    const score = ci.encoder.encode(s).filter((t) => terms.has(t)).length;
    if (!best || score > best.score) best = { s, score };
  }
  return best?.s ?? clause.text;
}
