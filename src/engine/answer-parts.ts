// Pieces every kind of answer is built from: citations, facts, and the wijken the charter covers.
import type { Knowledge } from '../charter/load.js';
import type { Clause, Target, YearValue } from '../charter/schema.js';
import type { ClauseIndex } from './clause-search.js';
import type { Draft } from './plan.js';
import type { Citation, Fact, Intent } from './types.js';

export type Deps = { knowledge: Knowledge; clauseIndex: ClauseIndex };

/** The answer, planned, plus what the thread should remember from it. */
export type Response = { answer: Draft; remember: Pick<Intent, 'wijken' | 'indicators' | 'theme'> | null };

export const QUOTE_MAX = 600;
/** How strong a clause match must be before it is offered as what the charter says instead. */
export const MENTION_SCORE = 4.5;
export const TARGET_WORD =
  / (target|targets|goal|goals|doel|doelen|doelstelling|doelstellingen|streefwaarde|streefcijfer) /;

/** Cites a clause: whole when it is short enough to read, else by the sentence that answers. */
export function quotedCitation(clause: Clause, sentence: string): Citation {
  return citation(clause, clause.text.length > QUOTE_MAX ? sentence : clause.text);
}

/**
 * A signature's line as quoted: the dotted line signed on ("....." above "drs. Harrie Bosch,") and the comma
 * that runs on to the date below are no text.
 */
export const signatureLine = (text: string) =>
  /^\.{3,}/.test(text) ? text.replace(/^\.{3,}\s*/, '').replace(/,$/, '') : text;

export function citation(clause: Clause, quote = clause.text): Citation {
  return { id: clause.id, section: clause.section, quote };
}

export function cite(deps: Deps, id: string, quote?: string): Citation {
  const clause = deps.knowledge.clauseById.get(id);
  if (!clause) throw new Error(`unknown clause ${id}`);
  return citation(clause, quote);
}

export function uniqueCitations(list: Citation[]): Citation[] {
  const seen = new Set<string>();
  return list.filter((c) => !seen.has(c.id) && seen.add(c.id));
}

/**
 * The citations of a message's answers together: one per clause and quote. Two questions answered from
 * different sentences of one clause keep both quotes; a quote inside another of its clause goes.
 */
export function mergedCitations(list: Citation[]): Citation[] {
  const out: Citation[] = [];
  for (const c of list) {
    if (out.some((o) => o.id === c.id && o.quote.includes(c.quote))) continue;
    const inside = out.findIndex((o) => o.id === c.id && c.quote.includes(o.quote));
    if (inside >= 0) out[inside] = c;
    else out.push(c);
  }
  return out;
}

export function targetFacts(t: Target, values: YearValue[], includeBaseline: boolean): Fact[] {
  const base = { wijk: t.wijk, indicator: t.indicator, label: t.label, unit: t.unit, clauseId: t.clauseId };
  const facts: Fact[] = [];
  if (includeBaseline && t.baseline)
    facts.push({ ...base, year: t.baseline.year, value: t.baseline.value, kind: 'level' });
  for (const v of values) facts.push({ ...base, year: v.year, value: v.value, kind: t.kind });
  return facts;
}

export const wijkName = (deps: Deps, key: string) =>
  deps.knowledge.lexicon.wijken.find((w) => w.key === key)?.name ?? key;
export const charterWijken = (deps: Deps) => deps.knowledge.lexicon.wijken.filter((w) => w.inCharter);

/** Numbers the charter writes as words ("binnen een maand", "In twee wijken"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  tien: 10,
};
