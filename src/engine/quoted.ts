// A message that quotes the charter ("> In 2006 ligt het aantal autokraken per 1000 inwoners op 38,3.
// wat is hier het doel voor 2011?") asks about the quoted clause: the quote sets the conversation's
// subject as an earlier answer would have, and the question is read as its follow-up.
import type { Deps } from './answer-parts.js';
import { coverage, searchClauses } from './clause-search.js';
import { fold } from './text.js';
import type { ThreadContext } from './types.js';

/** A quote shorter than this many words is too little to identify a clause by. */
const MIN_WORDS = 4;
/** How much of a quote a clause must carry to be the one quoted when the words are not exact. */
const MIN_SHARE = 0.8;

export function quotedContext(
  deps: Deps,
  quoted: readonly string[],
  start: ThreadContext | undefined,
): ThreadContext | undefined {
  const text = quoted.join(' ').trim();
  const folded = fold(text);
  if (folded.trim().split(' ').length < MIN_WORDS) return undefined;
  const { knowledge } = deps;
  const exact = knowledge.clauses.find((c) => fold(c.text).includes(folded));
  const hit = exact ?? searchClauses(deps.clauseIndex, folded, 1)[0]?.clause;
  if (!hit) return undefined;
  if (!exact && coverage(deps.clauseIndex, folded, hit.text).share < MIN_SHARE) return undefined;
  // A target clause names its wijk and indicator; of several targets in one clause, the one quoted.
  const targets = knowledge.targets.filter((t) => t.clauseId === hit.id);
  const target =
    targets.find((t) => fold(t.quote).includes(folded) || folded.includes(fold(t.quote))) ??
    (targets.length === 1 ? targets[0] : undefined);
  const wijk = target ? knowledge.lexicon.wijken.find((w) => w.name === target.wijk)?.key : undefined;
  return {
    language: start?.language ?? 'nl',
    wijken: wijk ? [wijk] : [],
    indicators: target ? [target.indicator] : [],
    theme: target ? target.theme : null,
    years: [],
    asks: 'trajectory',
    clauseId: hit.id,
    quote: text,
    stated: text,
  };
}
