// Replies to small talk: a short acknowledgement, what the bot can do, or, for "why?", the reason the
// charter gives beside the clause the thread last quoted (or that it gives none). Never an answer again.
import type { Clause } from '../charter/schema.js';
import { citation, type Deps } from './answer-parts.js';
import type { Draft, SmallTalkReply } from './plan.js';
import { suggested } from './refusals.js';
import type { SmallTalk } from './small-talk.js';
import { clauseSentences } from './text.js';
import type { Language, ThreadContext } from './types.js';

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
    const s = clauseSentences(c.text).find((x) => REASON.test(x));
    if (s) return { clause: c, sentence: s };
  }
  return null;
}

export function reply(deps: Deps, talk: SmallTalk, lang: Language, context?: ThreadContext): Draft {
  // Every reply that is not an answer offers questions the bot can answer.
  const say = (status: 'clarify' | 'not_found', reply: SmallTalkReply): Draft => ({
    status,
    language: lang,
    plan: { kind: 'small_talk', reply },
    facts: [],
    citations: [],
    suggest: suggested(deps),
  });
  if (talk !== 'why') return say('clarify', talk);
  if (!context) return say('clarify', 'why_without_thread');
  const reason = context.clauseId ? reasonFor(deps, context.clauseId) : null;
  if (!reason) return say('not_found', 'no_reason');
  return {
    status: 'answered',
    language: lang,
    plan: { kind: 'reason', sentence: reason.sentence },
    facts: [],
    citations: [
      citation(reason.clause, reason.clause.text.length > 600 ? reason.sentence : reason.clause.text),
    ],
  };
}
