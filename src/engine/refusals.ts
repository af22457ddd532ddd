// Answers without a figure: clarify, not_found (outside the charter, no such topic), with two or
// three suggested questions built from real targets, in the asker's language.
import type { Target } from '../charter/schema.js';
import {
  charterWijken,
  citation,
  type Deps,
  MENTION_SCORE,
  quotedCitation,
  wijkName,
} from './answer-parts.js';
import { bestSentence, searchClauses } from './clause-search.js';
import type { Answer, Citation, Language } from './types.js';
import { indicatorWord, joinList } from './wording.js';

function suggestionFor(t: Target, lang: Language, deps: Deps): string {
  const word = indicatorWord(deps.knowledge.lexicon, t.indicator, lang);
  const year = t.targets.at(-1)?.year ?? 2017;
  return lang === 'nl'
    ? `Wat is het doel voor ${word} in ${t.wijk} voor ${year}?`
    : `What is the ${t.wijk} ${word} target for ${year}?`;
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
  const defaults =
    lang === 'nl'
      ? [
          'Wat is het doel voor woninginbraken in Ondiep voor 2011?',
          'Hoe groot is het leefbaarheidbudget per wijk?',
        ]
      : ['What is the Ondiep burglary target for 2011?', 'When was the charter signed?'];
  for (const d of defaults) if (out.length < 3 && !out.includes(d)) out.push(d);
  return out.slice(0, 3);
}

export function clarify(
  deps: Deps,
  lang: Language,
  why: 'vague' | 'too_long',
  hint: { wijk?: string; indicators?: string[] } = {},
): Answer {
  const answer =
    why === 'too_long'
      ? lang === 'nl'
        ? 'Uw vraag is te lang om te beantwoorden. Stel één korte vraag over een wijk, een onderwerp en een jaar.'
        : 'Your question is too long to answer. Please ask one short question about a wijk, a topic and a year.'
      : lang === 'nl'
        ? 'Uw vraag is te kort om te beantwoorden. Noem een wijk (Kanaleneiland, Ondiep, Overvecht of Zuilen-Oost), een onderwerp (bijvoorbeeld woninginbraken of uitkeringen) en eventueel een jaar (2011 of 2017).'
        : 'Your question is too short to answer. Please name a wijk (Kanaleneiland, Ondiep, Overvecht or Zuilen-Oost), a topic (for example burglary or benefits) and, if you like, a year (2011 or 2017).';
  return {
    status: 'clarify',
    language: lang,
    answer,
    facts: [],
    citations: [],
    suggestions: suggestions(deps, lang, hint),
  };
}

export function tooLong(deps: Deps, lang: Language): Answer {
  return clarify(deps, lang, 'too_long');
}

/** A wijk the charter does not cover. Hoograven is named in the charter as outside it: quote that. */
export function outsideCharter(deps: Deps, lang: Language, key: string): Answer {
  const known =
    deps.knowledge.lexicon.wijken.find((w) => w.key === key)?.name ??
    deps.knowledge.lexicon.places.find((p) => p.key === key)?.name;
  const name = known ?? (lang === 'nl' ? 'andere plaatsen of wijken' : 'other places or wijken');
  const covered = joinList(
    charterWijken(deps).map((w) => w.name),
    lang,
  );
  const mention = deps.knowledge.clauses.find(
    (c) =>
      c.kind !== 'footnote' &&
      c.text.includes(name) &&
      /g[ée]{1,2}n onderdeel|geen deel|niet onder/i.test(c.text),
  );
  const scope = deps.knowledge.clauses[0];
  const citations = mention ? [citation(mention)] : scope ? [citation(scope)] : [];
  const answer = mention
    ? lang === 'nl'
      ? `${name} valt niet onder de afspraken van dit charter: de gemeente heeft ${name} zelf als extra aandachtswijk toegevoegd, maar het charter tussen rijk en gemeente gaat over ${covered}. Voor ${name} staan er dus geen doelen in het charter.`
      : `${name} is not covered by this charter: the municipality added ${name} as an extra priority wijk of its own, but the charter between the national government and the municipality covers ${covered} only. The charter therefore sets no targets for ${name}.`
    : lang === 'nl'
      ? `Het charter gaat alleen over ${covered}; over ${name} bevat het geen afspraken of doelen.`
      : `The charter covers only ${covered}; it contains no agreements or targets for ${name}.`;
  return notFound(deps, lang, answer, citations);
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
  let answer =
    lang === 'nl'
      ? `Het charter bevat geen doel over dat onderwerp${wijk ? ` voor ${wijk}` : ''}.${topics.length ? ` De doelen voor ${wijk} gaan over: ${joinList(topics, lang)}.` : ''}`
      : `The charter sets no target on that topic${wijk ? ` for ${wijk}` : ''}.${topics.length ? ` Its targets for ${wijk} cover: ${joinList(topics, lang)}.` : ''}`;
  // Where the charter does mention the topic without a target (bicycle theft), say what it does say.
  const mention = folded ? searchClauses(deps.clauseIndex, folded, 1)[0] : undefined;
  const citations: Citation[] = [];
  if (
    mention &&
    mention.score >= MENTION_SCORE &&
    !deps.knowledge.targets.some((t) => t.clauseId === mention.clause.id)
  ) {
    const sentence = bestSentence(deps.clauseIndex, mention.clause, folded ?? '');
    answer +=
      lang === 'nl'
        ? ` Wel staat er in het charter: “${sentence}”`
        : ` The charter does say (in Dutch): “${sentence}”`;
    citations.push(quotedCitation(mention.clause, sentence));
  }
  return notFound(deps, lang, answer, citations, wijk ? { wijk } : {});
}
