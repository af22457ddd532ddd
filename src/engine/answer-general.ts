// Answers to questions about the charter that are not a wijk target ("how many extra wijkagenten?",
// "klopt het dat ...?"): the planner decides clause, sentence, figure and verdict; the phraser words it.
import type { CharterFact } from '../charter/schema.js';
import {
  citation,
  type Deps,
  NUMBER_WORDS,
  QUOTE_MAX,
  quotedCitation,
  type Response,
  signatureLine,
} from './answer-parts.js';
import { type GeneralPlan, type Lead, planGeneral } from './plan-general.js';
import { notFound } from './refusals.js';
import type { Citation, Fact } from './types.js';
import type { Understanding } from './understand.js';

const factKind = (f: CharterFact): Fact['kind'] => (f.kind === 'percentage' ? 'level' : f.kind);

/** The structured form of a figure stated up front; a year or duration read from the sentence too. */
function leadFact(lead: Lead, clauseId: string, signingYear: number): Fact | null {
  const f = lead.fact;
  if (f) {
    return {
      wijk: null,
      indicator: 'charter',
      label: f.label || f.text,
      year: f.year ?? signingYear,
      value: f.value,
      unit: f.unit,
      kind: factKind(f),
      clauseId: f.clauseId,
    };
  }
  const digits = /\d+(?:,\d+)?/.exec(lead.text)?.[0]?.replace(',', '.');
  // "een maand" is a duration of 1: the fact carries the figure the English answer writes.
  const value = digits
    ? Number(digits)
    : (NUMBER_WORDS[lead.text.split(/\s+/)[0]?.toLowerCase() ?? ''] ?? Number.NaN);
  if (!Number.isFinite(value)) return null;
  const isYear = lead.kind === 'year';
  return {
    wijk: null,
    indicator: 'charter',
    label: lead.text,
    year: isYear ? value : signingYear,
    value,
    unit: isYear ? 'year' : (/\p{L}+$/u.exec(lead.text)?.[0] ?? ''),
    kind: isYear ? 'date' : 'count',
    clauseId,
  };
}

/**
 * The plan does not depend on the language it is phrased in: the same question planned again (by the next
 * route that asks the charter's text) takes the last plan. Keyed by the understanding minus its language.
 */
const lastPlans = new WeakMap<Deps, { key: string; plan: GeneralPlan }>();
function planOnce(deps: Deps, u: Understanding): GeneralPlan {
  const key = JSON.stringify([u.question, { ...u.intent, language: null }, u.topics, u.residual]);
  const last = lastPlans.get(deps);
  if (last?.key === key) return last.plan;
  const plan = planGeneral(deps, u, u.question);
  lastPlans.set(deps, { key, plan });
  return plan;
}

export function answerGeneral(deps: Deps, u: Understanding): Response {
  const lang = u.intent.language;
  const plan: GeneralPlan = planOnce(deps, u);
  const said = { kind: 'general', plan } as const;
  const signingYear = Number(deps.knowledge.meta.signedOn.slice(0, 4)) || 2008;
  const answered = (facts: Fact[], citations: Citation[]): Response => ({
    answer: { status: 'answered', language: lang, plan: said, facts, citations },
    remember: null,
  });
  switch (plan.kind) {
    case 'nothing':
      return { answer: notFound(deps, lang, said), remember: null };
    case 'no_figure':
      return {
        answer: notFound(deps, lang, said, [quotedCitation(plan.quote.clause, plan.quote.shown)]),
        remember: null,
      };
    case 'people':
      return answered(
        // Counted: the number of lines cited, each of which the answer quotes.
        plan.counted
          ? [
              {
                wijk: null,
                indicator: 'charter',
                label: 'signatories',
                year: signingYear,
                value: plan.clauses.length,
                unit: '',
                kind: 'count',
                clauseId: plan.clauses[0]?.id ?? '',
              },
            ]
          : [],
        [...plan.clauses, ...(plan.signatures ?? [])].map((c) => citation(c, signatureLine(c.text))),
      );
    case 'compare':
      return answered(
        plan.parts.flatMap((p) => leadFact(p.lead, p.quote.clause.id, signingYear) ?? []),
        plan.parts.map((p) => quotedCitation(p.quote.clause, p.quote.sentence)),
      );
    case 'total_only':
    case 'other_year':
      // The figure is the charter's for another year, or for the whole: part of what was asked, said as
      // that year's or the total.
      return {
        answer: {
          status: 'partial',
          language: lang,
          plan: said,
          facts: plan.leads.flatMap((l) => leadFact(l, plan.quote.clause.id, signingYear) ?? []),
          citations: [quotedCitation(plan.quote.clause, plan.quote.shown)],
        },
        remember: null,
      };
    case 'quote': {
      const more = plan.corroborating;
      return answered(
        plan.leads.flatMap((l) => leadFact(l, plan.quote.clause.id, signingYear) ?? []),
        [
          quotedCitation(plan.quote.clause, plan.quote.shown),
          ...(plan.items ?? []).map((c) => citation(c)),
          ...(more && more.text.length <= QUOTE_MAX ? [citation(more)] : []),
        ],
      );
    }
  }
}
