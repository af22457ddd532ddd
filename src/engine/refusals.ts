// Answers without a figure: clarify, not_found (outside the charter, no such topic), with two or
// three suggested questions built from real targets, in the asker's language.
import type { Target } from '../charter/schema.js';
import {
  clarifyText,
  DEFAULT_SUGGESTIONS,
  doesSay,
  noTopicText,
  outsideText,
  suggestion,
} from '../phrase/refusal.js';
import { indicatorWord } from '../phrase/wording.js';
import { charterWijken, citation, type Deps, MENTION_SCORE, quotedCitation } from './answer-parts.js';
import { bestSentence, searchClauses } from './clause-search.js';
import type { Answer, Citation, Language } from './types.js';

function suggestionFor(t: Target, lang: Language, deps: Deps): string {
  const word = indicatorWord(deps.knowledge.lexicon, t.indicator, lang);
  return suggestion(t.wijk, word, t.targets.at(-1)?.year ?? 2017, lang);
}

export function suggestions(
  deps: Deps,
  lang: Language,
  hint: { wijk?: string; indicators?: string[] } = {},
): string[] {
  const { targets } = deps.knowledge;
  const pool: Target[] = [];
  const add = (t: Target | undefined) => {
    if (t && !pool.includes(t) && pool.length < 3) pool.push(t);
  };
  if (hint.wijk) for (const t of targets.filter((x) => x.wijk === hint.wijk)) add(t);
  if (hint.indicators?.length)
    for (const t of targets.filter((x) => hint.indicators?.includes(x.indicator))) add(t);
  const out = pool.slice(0, 2).map((t) => suggestionFor(t, lang, deps));
  const defaults = DEFAULT_SUGGESTIONS[lang];
  for (const d of defaults) if (out.length < 3 && !out.includes(d)) out.push(d);
  return out.slice(0, 3);
}

export function clarify(
  deps: Deps,
  lang: Language,
  why: 'vague' | 'too_general' | 'too_long',
  hint: { wijk?: string; indicators?: string[] } = {},
): Answer {
  const answer = clarifyText(why, lang);
  return {
    status: 'clarify',
    language: lang,
    answer,
    facts: [],
    citations: [],
    suggestions: suggestions(deps, lang, hint),
  };
}

/** Nothing to read: no text, or only greetings and markup. */
export function clarifyVague(deps: Deps, lang: Language): Answer {
  return clarify(deps, lang, 'vague');
}

export function tooLong(deps: Deps, lang: Language): Answer {
  return clarify(deps, lang, 'too_long');
}

/** A wijk the charter does not cover. Hoograven is named in the charter as outside it: quote that. */
export function outsideCharter(deps: Deps, lang: Language, key: string): Answer {
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
  return notFound(deps, lang, outsideText(name, covered, mention !== undefined, lang), citations);
}

/** A not_found answer: what the charter does not say, what it does (citations), what to ask instead. */
export function notFound(
  deps: Deps,
  lang: Language,
  answer: string,
  citations: Citation[] = [],
  hint: { wijk?: string; indicators?: string[] } = {},
): Answer {
  return {
    status: 'not_found',
    language: lang,
    answer,
    facts: [],
    citations,
    suggestions: suggestions(deps, lang, hint),
  };
}

export function noSuchTopic(deps: Deps, lang: Language, wijk: string | null, folded?: string): Answer {
  const list = wijk ? deps.knowledge.targets.filter((t) => t.wijk === wijk) : [];
  const topics = [...new Set(list.map((t) => indicatorWord(deps.knowledge.lexicon, t.indicator, lang)))];
  let answer = noTopicText(wijk, topics, lang);
  // Where the charter does mention the topic without a target (bicycle theft), say what it does say.
  const mention = folded ? searchClauses(deps.clauseIndex, folded, 1)[0] : undefined;
  const citations: Citation[] = [];
  if (
    mention &&
    mention.score >= MENTION_SCORE &&
    !deps.knowledge.targets.some((t) => t.clauseId === mention.clause.id)
  ) {
    const sentence = bestSentence(deps.clauseIndex, mention.clause, folded ?? '');
    answer += doesSay(sentence, lang);
    citations.push(quotedCitation(mention.clause, sentence));
  }
  return notFound(deps, lang, answer, citations, wijk ? { wijk } : {});
}
