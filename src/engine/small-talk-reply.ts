// Replies to small talk: a short acknowledgement, what the bot can do, or, for "why?", the reason the
// charter gives beside the clause the thread last quoted (or that it gives none). Never an answer again.
import type { Clause } from '../charter/schema.js';
import { sentences } from '../charter/text.js';
import { smallTalkText } from '../phrase/small-talk.js';
import { citation, type Deps } from './answer-parts.js';
import { suggestions } from './refusals.js';
import type { SmallTalk } from './small-talk.js';
import type { Answer, Language, ThreadContext } from './types.js';

/** Words with which the charter gives a reason or purpose. */
const REASON =
  /\b(omdat|doordat|zodat|daardoor|daarom|teneinde|met als doel|vanwege|gezien de|gezien het)\b/i;

/** The sentence in the clause, or the section around it, that gives a reason; null when there is none. */
function reasonFor(deps: Deps, clauseId: string): { clause: Clause; sentence: string } | null {
  const clause = deps.knowledge.clauseById.get(clauseId);
  if (!clause) return null;
  // The clause itself, then the passage it belongs to: a reason two sections away is not its reason.
  const parent = clause.parentId ? deps.knowledge.clauseById.get(clause.parentId) : undefined;
  for (const c of parent ? [clause, parent] : [clause]) {
    const s = sentences(c.text.replace(/\n/g, ' ')).find((x) => REASON.test(x));
    if (s) return { clause: c, sentence: s };
  }
  return null;
}

export function reply(deps: Deps, talk: SmallTalk, lang: Language, context?: ThreadContext): Answer {
  const base: Pick<Answer, 'language' | 'facts' | 'citations'> = { language: lang, facts: [], citations: [] };
  // Every reply that is not an answer offers questions the bot can answer.
  const offer = { suggestions: suggestions(deps, lang) };
  if (talk !== 'why') return { ...base, ...offer, status: 'clarify', answer: smallTalkText(talk, lang) };
  if (!context) {
    return { ...base, ...offer, status: 'clarify', answer: smallTalkText('why_without_thread', lang) };
  }
  const reason = context.clauseId ? reasonFor(deps, context.clauseId) : null;
  if (!reason) return { ...base, ...offer, status: 'not_found', answer: smallTalkText('no_reason', lang) };
  return {
    ...base,
    status: 'answered',
    answer: `${smallTalkText('reason', lang)} “${reason.sentence}”`,
    citations: [
      citation(reason.clause, reason.clause.text.length > 600 ? reason.sentence : reason.clause.text),
    ],
  };
}
