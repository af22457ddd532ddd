// Answers without a figure: clarify, not_found (outside the charter, no such topic), with the real
// targets the two or three questions suggested instead are built from.
import type { Target } from '../charter/schema.js';
import { charterWijken, citation, type Deps, MENTION_SCORE, quotedCitation } from './answer-parts.js';
import { bestSentence, coverage, searchClauses } from './clause-search.js';
import type { ClarifyReason, Draft, Plan } from './plan.js';
import type { Citation, Language } from './types.js';

/** The targets suggested questions are about: the wijk's, else the indicators' (two at most). */
export function suggested(deps: Deps, hint: { wijk?: string; indicators?: string[] } = {}): Target[] {
  const { targets } = deps.knowledge;
  const pool: Target[] = [];
  const add = (t: Target | undefined) => {
    if (t && !pool.includes(t) && pool.length < 3) pool.push(t);
  };
  if (hint.wijk) for (const t of targets.filter((x) => x.wijk === hint.wijk)) add(t);
  if (hint.indicators?.length)
    for (const t of targets.filter((x) => hint.indicators?.includes(x.indicator))) add(t);
  return pool.slice(0, 2);
}

export function clarify(
  deps: Deps,
  lang: Language,
  why: ClarifyReason,
  hint: { wijk?: string; indicators?: string[] } = {},
): Draft {
  return {
    status: 'clarify',
    language: lang,
    plan: { kind: 'refusal', refusal: { kind: 'clarify', why } },
    facts: [],
    citations: [],
    suggest: suggested(deps, hint),
  };
}

/** Nothing to read: no text, or only greetings and markup. */
export function clarifyVague(deps: Deps, lang: Language): Draft {
  return clarify(deps, lang, 'vague');
}

/** A letter whose sentences tell and do not ask ("Ik woon sinds kort in de wijk ..."). */
export function clarifyLetter(deps: Deps, lang: Language): Draft {
  return clarify(deps, lang, 'no_question');
}

export function tooLong(deps: Deps, lang: Language): Draft {
  return clarify(deps, lang, 'too_long');
}

/** A wijk the charter does not cover. Hoograven is named in the charter as outside it: quote that. */
export function outsideCharter(deps: Deps, lang: Language, key: string): Draft {
  const name =
    deps.knowledge.lexicon.wijken.find((w) => w.key === key)?.name ??
    deps.knowledge.lexicon.places.find((p) => p.key === key)?.name ??
    null;
  const mention = name
    ? deps.knowledge.clauses.find(
        (c) =>
          c.kind !== 'footnote' &&
          c.text.includes(name) &&
          /g[ée]{1,2}n onderdeel|geen deel|niet onder/i.test(c.text),
      )
    : undefined;
  const scope = deps.knowledge.clauses[0];
  const citations = mention ? [citation(mention)] : scope ? [citation(scope)] : [];
  const covered = charterWijken(deps).map((w) => w.name);
  const refusal = { kind: 'outside', name, covered, added: mention !== undefined } as const;
  return notFound(deps, lang, { kind: 'refusal', refusal }, citations);
}

/** A not_found answer: what the charter does not say, what it does (citations), what to ask instead. */
export function notFound(
  deps: Deps,
  lang: Language,
  plan: Plan,
  citations: Citation[] = [],
  hint: { wijk?: string; indicators?: string[] } = {},
): Draft {
  return { status: 'not_found', language: lang, plan, facts: [], citations, suggest: suggested(deps, hint) };
}

export function noSuchTopic(deps: Deps, lang: Language, wijk: string | null, folded?: string): Draft {
  const list = wijk ? deps.knowledge.targets.filter((t) => t.wijk === wijk) : [];
  const indicators = [...new Set(list.map((t) => t.indicator))];
  let says: string | null = null;
  // Where the charter does mention the topic without a target (bicycle theft), say what it does say.
  const mention = folded ? searchClauses(deps.clauseIndex, folded, 1)[0] : undefined;
  const citations: Citation[] = [];
  if (
    mention &&
    mention.score >= MENTION_SCORE &&
    !deps.knowledge.targets.some((t) => t.clauseId === mention.clause.id)
  ) {
    const sentence = bestSentence(deps.clauseIndex, mention.clause, folded ?? '');
    // Only a sentence with the question's rarest idea mentions its topic: "overgewicht", which the charter
    // never names, is not mentioned by a sentence on children in the same wijk.
    if (coverage(deps.clauseIndex, folded ?? '', sentence).rarest) {
      says = sentence;
      citations.push(quotedCitation(mention.clause, says));
    }
  }
  const refusal = { kind: 'no_topic', wijk, indicators, says } as const;
  return notFound(deps, lang, { kind: 'refusal', refusal }, citations, wijk ? { wijk } : {});
}
