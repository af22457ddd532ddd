// Composes the Answer for an understood question: the asked figure first, then its context, every
// figure backed by a quoted clause or a structured fact. Never interpolates, never invents.
import { answerGeneral } from './answer-general.js';
import { type Deps, type Response, TARGET_WORD, wijkName } from './answer-parts.js';
import { answerProgress } from './answer-progress.js';
import { answerTargets } from './answer-targets.js';
import { searchClauses } from './clause-search.js';
import { clarify, noSuchTopic, outsideCharter } from './refusals.js';
import { smallTalk } from './small-talk.js';
import { reply } from './small-talk-reply.js';
import type { ProgressData, ThreadContext } from './types.js';
import type { Understanding } from './understand.js';

export type { Deps, Response } from './answer-parts.js';
export { tooLong } from './refusals.js';

const milestoneYear = (deps: Deps, year: number) =>
  deps.knowledge.targets.some((t) => t.baseline?.year === year || t.targets.some((v) => v.year === year));

const MONEY =
  / (geld|budget|budgets|money|euro|euros|eur|bedrag|bedragen|funding|funds|financiering|miljoen|million) /;

export function respond(
  deps: Deps,
  u: Understanding,
  data?: ProgressData,
  context?: ThreadContext,
): Response {
  const { intent } = u;
  const lang = intent.language;
  const firstWijk = intent.wijken[0] ? wijkName(deps, intent.wijken[0]) : undefined;
  // "bedankt!", "ok thanks", "wat kun je?", "waarom?": conversation, not a question for the charter.
  const talk = smallTalk(u.folded);
  if (talk) return { answer: reply(deps, talk, lang, context), remember: null };
  if (u.vague) {
    return {
      answer: clarify(deps, lang, 'vague', { wijk: firstWijk, indicators: intent.indicators }),
      remember: null,
    };
  }
  // Targets are never sums of money: "how much money for leefbaarheid?" is a question about the text.
  if (MONEY.test(u.folded) && intent.indicators.length === 0) return answerGeneral(deps, u);
  // "Which housing corporations work with the city?" names a topic of its own; "work" is not the theme here.
  if (
    intent.unknownTopic &&
    intent.indicators.length === 0 &&
    intent.wijken.length === 0 &&
    !u.targetShaped
  ) {
    return answerGeneral(deps, u);
  }
  const hasTopic = intent.indicators.length > 0 || intent.theme !== null;
  // "reduce crime and nuisance by 2010": a year no wijk target has, named in a clause, is about that clause.
  if (
    hasTopic &&
    intent.wijken.length === 0 &&
    intent.years.length > 0 &&
    intent.years.every((y) => !milestoneYear(deps, y))
  ) {
    const general = answerGeneral(deps, u);
    const year = String(intent.years[0]);
    if (general.answer.status === 'answered' && general.answer.citations.some((c) => c.quote.includes(year)))
      return general;
  }
  // "welke school in Overvecht doet het Jongerenteam?": words beyond the wijk and theme that a clause
  // answers strongly make it a question about that clause, not about the wijk's target table.
  if (
    (hasTopic || intent.wijken.length > 0) &&
    !u.targetShaped &&
    intent.asks !== 'progress' &&
    intent.asks !== 'actual' &&
    aboutAClause(deps, u)
  ) {
    return answerGeneral(deps, u);
  }
  // "What is the Hoograven target?" is outside the charter; "how much goes to Hoograven?" is a clause.
  if (
    u.outside.length > 0 &&
    intent.wijken.length === 0 &&
    (hasTopic || u.targetShaped || !intent.unknownTopic)
  ) {
    return { answer: outsideCharter(deps, lang, u.outside[0] as string), remember: null };
  }
  // Where a target stands, or what was measured: from the measurements given with the question.
  if (intent.asks === 'progress' || intent.asks === 'actual') {
    const progress = answerProgress(deps, u, data);
    if (progress) return progress;
  }
  if (!hasTopic) {
    if (intent.wijken.length > 0 && !intent.unknownTopic) return answerTargets(deps, u);
    if (intent.wijken.length > 0 && u.targetShaped) return noTarget(deps, u, firstWijk ?? null);
    if (intent.general && u.targetShaped && !intent.unknownTopic) {
      return { answer: clarify(deps, lang, 'vague'), remember: null };
    }
    if (intent.unknownTopic && TARGET_WORD.test(u.folded)) return noTarget(deps, u, null);
    return answerGeneral(deps, u);
  }
  return answerTargets(deps, u);
}

/** How strongly a clause must match the words a target question does not explain to be its subject. */
const RESIDUAL_SCORE = 7;

function aboutAClause(deps: Deps, u: Understanding): boolean {
  const residual = u.residual.filter((w) => w.length >= 3);
  if (residual.length === 0) return false;
  const hit = searchClauses(deps.clauseIndex, ` ${residual.join(' ')} `, 1)[0];
  if (!hit || hit.score < RESIDUAL_SCORE) return false;
  // A clause of the wijk target tables is what the target answer already quotes.
  return !deps.knowledge.targets.some((t) => t.clauseId === hit.clause.id);
}

/** An aim the charter states outside the wijk tables ("streven ... 80% van de inburgeringstrajecten duaal"). */
const STATED_AIM = /\b(streven|streeft|doelstelling|doel|ambitie|beoogd)\b/i;

/**
 * A target question on a topic with no wijk target: where the charter still states an aim with a figure,
 * answer from that clause; otherwise say there is no target (and quote what it does say, if anything).
 */
function noTarget(deps: Deps, u: Understanding, wijk: string | null): Response {
  if (!wijk) {
    const general = answerGeneral(deps, u);
    const quote = general.answer.citations[0]?.quote ?? '';
    if (general.answer.status === 'answered' && general.answer.facts.length > 0 && STATED_AIM.test(quote))
      return general;
  }
  return { answer: noSuchTopic(deps, u.intent.language, wijk, u.folded), remember: null };
}
