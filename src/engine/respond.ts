// Plans the answer to an understood question: the asked figure first, then its context, every figure
// backed by a quoted clause or a structured fact. Never interpolates, never invents.

import { answerGeneral } from './answer-general.js';
import { cite, type Deps, type Response, TARGET_WORD, wijkName } from './answer-parts.js';
import { answerProgress } from './answer-progress.js';
import { answerTargets } from './answer-targets.js';
import { claimedNumbers, saidRoughly, sameFigure } from './claimed-figure.js';
import { coverage, searchClauses } from './clause-search.js';
import { grammar, grammarWords, sequence } from './grammar/index.js';
import { perOwner } from './memo.js';
import { type Plan, saidFirst } from './plan.js';
import { ASKS_WHY, isPhrase, namedFootnote } from './plan-general.js';
import {
  ACTOR_DOES,
  asksCharterPeriod,
  countedNoun,
  EXISTENCE,
  isYesNo,
  wantedOf,
} from './question-shape.js';
import { clarify, noSuchTopic, notFound, outsideCharter } from './refusals.js';
import { type SmallTalk, smallTalk } from './small-talk.js';
import { reply } from './small-talk-reply.js';
import { clauseSentences, escapeRegExp, fold, words } from './text.js';
import type { ProgressData, ThreadContext } from './types.js';
import type { Understanding } from './understand.js';

export type { Deps, Response } from './answer-parts.js';
export { clarifyLetter, clarifyVague, tooLong } from './refusals.js';

const milestoneYear = (deps: Deps, year: number) =>
  deps.knowledge.targets.some((t) => t.baseline?.year === year || t.targets.some((v) => v.year === year));

/**
 * "Hoeveel geld heeft het rijk in 2012 werkelijk overgemaakt?": what actually happened, about something
 * no target measures. Only targets have measurements; the charter itself says what was agreed.
 */
const actualOutsideTargets = (u: Understanding, hasTopic: boolean) =>
  grammar.inReality.test(u.folded) && !hasTopic && u.intent.wijken.length === 0 && !u.targetShaped;

/**
 * The clauses that say what the charter is: when its agreements hold (the clause stating the signing and
 * end dates) and that its targets are for the milestone years (the first clause outside the target tables
 * naming them all). What a refusal says about the charter is quoted from them.
 */
const termsOf = perOwner((deps: Deps) => {
  const { knowledge } = deps;
  const until = knowledge.facts.filter(
    (f) => f.kind === 'date' && f.text.endsWith((knowledge.meta.validUntil ?? '2017').slice(0, 4)),
  );
  const validity = until.find((f) =>
    knowledge.facts.some((g) => g.clauseId === f.clauseId && g.text === knowledge.meta.signedOnText),
  );
  const years = [...new Set(knowledge.targets.flatMap((t) => t.targets.map((v) => String(v.year))))];
  const inTables = new Set(knowledge.targets.map((t) => t.clauseId));
  const milestones = knowledge.clauses.find(
    (c) => !inTables.has(c.id) && years.every((y) => c.text.includes(y)),
  );
  return [validity?.clauseId, milestones?.id].flatMap((id) => (id ? [cite(deps, id)] : []));
});

/** Names money: "how much", "the budget for ...". */
// "hoe groot was het aandeel ...": how big a share is asks a percentage, not a sum.
const namesMoney = (folded: string) =>
  (grammar.askAmount.test(folded) && !grammar.askPercentage.test(folded)) || grammar.money.test(folded);
/** "hoeveel inwoners heeft Kanaleneiland?": a quantity asked of a wijk without a topic the charter has. */
const QUANTITY = { test: (f: string) => grammar.askCount.test(f) || grammar.askAmount.test(f) };

/** What a route sees: the understood question and everything derived from it once. */
type Route = {
  /** Named so tests and logs can say which rule answered. */
  name: string;
  when: (x: RouteInput) => boolean;
  /** Null passes the question on to the next route. */
  answer: (x: RouteInput) => Response | null;
};
type RouteInput = {
  deps: Deps;
  u: Understanding;
  data?: ProgressData;
  context?: ThreadContext;
  hasTopic: boolean;
  wijk: string | null;
  /** "bedankt!", "waarom?": the small talk the message is, if it is. */
  talk: SmallTalk | null;
};

/**
 * The routing rules, in the order they are tried: the first whose `when` holds and whose `answer` gives an
 * answer decides. Target tables are the default; general questions, refusals and small talk get there first.
 */
export const ROUTES: readonly Route[] = [
  {
    // "bedankt!", "ok thanks", "wat kun je?", "waarom?": conversation, not a question for the charter.
    name: 'small_talk',
    when: ({ talk }) => talk !== null,
    answer: ({ deps, u, context, talk }) => ({
      answer: reply(deps, talk ?? 'acknowledgement', u.intent.language, context),
      remember: null,
    }),
  },
  {
    name: 'vague',
    when: ({ u }) => u.vague,
    answer: ({ deps, u, wijk }) => ({
      answer: clarify(deps, u.intent.language, words(u.folded).length <= 2 ? 'vague' : 'too_general', {
        wijk: wijk ?? undefined,
        indicators: u.intent.indicators,
      }),
      remember: null,
    }),
  },
  {
    // "wie is er nu wethouder?", "Do you think Vogelaar was a good minister?": a 2008 agreement says what
    // was agreed then; it holds no view and knows nothing of today.
    name: 'today_or_opinion',
    when: ({ deps, u, hasTopic }) =>
      grammar.opinion.test(u.folded) ||
      ((u.now ||
        // "Klopt het dat de afspraken tot eind 2020 doorlopen?" asks the charter's own period.
        (u.intent.years.some((y) => y > lastYear(deps)) && !asksCharterPeriod(u.folded, u.content)) ||
        (wantedOf(u.folded) === 'who' && grammar.nowWho.test(u.folded)) ||
        // "Wie volgde Harrie Bosch op?": who came after a signatory is after the charter.
        grammar.succession.test(u.folded)) &&
        !u.targetShaped &&
        u.intent.asks !== 'progress') ||
      // "Hoeveel geld is er na 2017 nog beschikbaar gesteld?" asks of a time after the charter, whatever
      // target it seems to ask.
      (afterTheCharter(u.folded, lastYear(deps)) &&
        !asksCharterPeriod(u.folded, u.content) &&
        u.intent.asks !== 'progress') ||
      actualOutsideTargets(u, hasTopic),
    answer: ({ deps, u, hasTopic }) => {
      const { signedOn, validUntil } = deps.knowledge.meta;
      const why = grammar.opinion.test(u.folded)
        ? 'opinion'
        : actualOutsideTargets(u, hasTopic)
          ? 'actual'
          : 'today';
      const refusal = {
        kind: 'charter_is',
        why,
        signedOn: signedOn ?? '2008-06-09',
        validUntil: validUntil ?? '2017-12-31',
      } as const;
      return {
        answer: notFound(deps, u.intent.language, { kind: 'refusal', refusal }, termsOf(deps)),
        remember: null,
      };
    },
  },
  {
    // "wat stond er in voetnoot 3?": a footnote named by its number is quoted, whatever else is asked.
    name: 'footnote',
    when: ({ deps, u }) => namedFootnote(deps, u.folded) !== null,
    answer: ({ deps, u }) => answerGeneral(deps, u),
  },
  {
    // A place outside the charter: answered only from a clause that names it ("how much goes to Hoograven?").
    name: 'outside_place',
    when: ({ u }) => u.outside.length > 0 && u.intent.wijken.length === 0,
    answer: ({ deps, u, hasTopic }) => {
      const key = u.outside[0] as string;
      const refuse = { answer: outsideCharter(deps, u.intent.language, key), remember: null };
      if (hasTopic || u.targetShaped || u.ambiguous.length > 0) return refuse;
      // "het charter van Rotterdam", "Rotterdam's targets": that place's own agreement, which this is not.
      if (agreementOf(deps, key, u.folded)) return refuse;
      const general = answerGeneral(deps, u);
      if (general.answer.status !== 'answered') return refuse;
      // A place the lexicon knows must be named by the clause; a capitalised word it does not know
      // ("the Ministry of Justice") may well be no place at all.
      const name = placeName(deps, key);
      if (name === null) return general;
      // Named in the sentence shown, not elsewhere in its clause: "Welke afspraken heeft Rotterdam gemaakt?"
      // is not answered by a clause that mentions a Rotterdam scheme in another sentence.
      return shownSentences(general).some((s) => fold(s).includes(fold(name))) ? general : refuse;
    },
  },
  {
    // "are we on track for unemployment in Overvecht?": "unemployment" may mean the benefits target or the
    // young job seekers' one. Name both and ask, rather than pick one silently.
    name: 'which_target',
    // "Who signed for the Ministry of Social Affairs and Employment?" asks for a person, not a target.
    when: ({ u }) =>
      u.ambiguous.length > 1 &&
      u.intent.indicators.length === 0 &&
      !(wantedOf(u.folded) === 'who' && !u.targetShaped),
    answer: ({ deps, u, wijk }) => {
      // Of those, the ones the wijk has a target for: with one, the word is not its name, so "no" and name it.
      const has = wijk
        ? u.ambiguous.filter((k) => deps.knowledge.targets.some((t) => t.wijk === wijk && t.indicator === k))
        : u.ambiguous;
      const indicators = has.length > 0 ? has : u.ambiguous;
      const asked = clarify(deps, u.intent.language, 'vague', {
        wijk: wijk ?? undefined,
        indicators: u.ambiguous,
      });
      const plan: Plan = { kind: 'refusal', refusal: { kind: 'which_target', indicators, wijk } };
      return {
        answer: has.length === 1 ? { ...asked, status: 'not_found', plan } : { ...asked, plan },
        remember: null,
      };
    },
  },
  {
    // Targets are never sums of money: "how much money for leefbaarheid?" is a question about the text.
    name: 'money',
    // "hoeveel geld heeft het rijk in 2012 werkelijk overgemaakt?" asks what happened, not what was agreed.
    when: ({ u }) =>
      namesMoney(u.folded) && u.intent.indicators.length === 0 && !grammar.inReality.test(u.folded) && !u.now,
    answer: ({ deps, u }) => answerGeneral(deps, u),
  },
  {
    // "Which housing corporations work with the city?" names a topic of its own; "work" is not the theme.
    name: 'other_topic',
    when: ({ u }) =>
      u.intent.unknownTopic &&
      u.intent.indicators.length === 0 &&
      u.intent.wijken.length === 0 &&
      !u.targetShaped,
    answer: ({ deps, u }) => answerGeneral(deps, u),
  },
  {
    // "Who is the minister for public health?", "which organisation ...": a person or an organisation is
    // never a target's figure, whatever topic the question names.
    name: 'who',
    when: ({ u }) =>
      wantedOf(u.folded) === 'who' &&
      !u.targetShaped &&
      !['progress', 'lowest', 'highest'].includes(u.intent.asks),
    answer: ({ deps, u }) => {
      const general = answerGeneral(deps, u);
      return general.answer.status === 'answered' ? general : null;
    },
  },
  {
    // "what does the rijk do about youth unemployment?" asks who does what; the indicator is its subject.
    name: 'actor_does',
    when: ({ u }) => ACTOR_DOES.test(u.folded) && !u.targetShaped,
    answer: ({ deps, u }) => {
      const general = answerGeneral(deps, u);
      return general.answer.status === 'answered' ? general : null;
    },
  },
  {
    // "waarom is 2011 het tussenjaar bij alle doelen?": a reason is said in the charter's text; no target
    // states one, whatever target word the question uses.
    // Only from a clause that carries the question's rarest idea: "waarom is 2011 het tussenjaar?" is not
    // answered by a sentence that shares "doel" and "alle".
    name: 'reason',
    // "waarom heeft Overvecht een ander soort cijfer, vroegtijdig schoolverlaten?": a target's table says
    // what, never why; the text that says why answers, where there is one.
    when: ({ u }) => ASKS_WHY.starts(u.folded),
    answer: ({ deps, u }) => {
      const general = answerGeneral(deps, u);
      const cited = general.answer.citations[0];
      const carried =
        cited !== undefined &&
        coverage(deps.clauseIndex, u.folded, cited.quote, { skipUnknown: u.intent.language === 'en' }).rarest;
      return general.answer.status === 'answered' && carried ? general : null;
    },
  },
  {
    // "wanneer moest de wet bestuurlijke boete overlast ingaan?": when something of the charter's own starts
    // is a date in its text, whatever target word ("overlast") the question also uses.
    name: 'date_of_a_topic',
    when: ({ u }) =>
      u.topics.length > 0 &&
      ['date', 'year_start', 'year_end'].includes(wantedOf(u.folded) ?? '') &&
      u.intent.asks === 'trajectory',
    answer: ({ deps, u }) => {
      const general = answerGeneral(deps, u);
      return general.answer.status === 'answered' ? general : null;
    },
  },
  {
    // "reduce crime and nuisance by 2010": a year no wijk target has, named in a clause, is about that clause.
    name: 'year_of_a_clause',
    when: ({ deps, u, hasTopic }) =>
      hasTopic &&
      u.intent.wijken.length === 0 &&
      u.intent.years.length > 0 &&
      u.intent.years.every((y) => !milestoneYear(deps, y)),
    answer: ({ deps, u }) => {
      const general = answerGeneral(deps, u);
      const year = String(u.intent.years[0]);
      return general.answer.status === 'answered' &&
        general.answer.citations.some((c) => c.quote.includes(year))
        ? general
        : null;
    },
  },
  {
    // "What reduction in crime and nuisance was the cabinet aiming for?": an indicator's word ("nuisance"),
    // but no wijk, and a sentence outside the target tables that carries every idea the question has, which
    // the indicator's own table clause does not. That sentence is what is asked about.
    name: 'clause_carries_all',
    when: ({ u }) =>
      u.intent.indicators.length > 0 &&
      u.intent.wijken.length === 0 &&
      u.intent.asks !== 'progress' &&
      u.intent.asks !== 'actual',
    answer: ({ deps, u }) => {
      const general = answerGeneral(deps, u);
      const cited = general.answer.citations[0];
      if (general.answer.status !== 'answered' || !cited || targetFigureClause(deps, cited.id)) return null;
      const sentence = cited.quote;
      // "kabinetsdoel criminaliteit": "doel" says a figure is aimed for, which either clause may state.
      const asked = { ...u, folded: grammar.targetWord.replace(u.folded) };
      if (!carriesAll(deps, asked, sentence)) return null;
      const tables = deps.knowledge.targets.filter((t) => u.intent.indicators.includes(t.indicator));
      const table = tables[0] && deps.knowledge.clauseById.get(tables[0].clauseId);
      return table && carriesAll(deps, asked, table.text) ? null : general;
    },
  },
  {
    // "how many street coaches against youth nuisance?": a count of something that is no target indicator
    // is a question about the clause that counts it.
    name: 'counted_thing',
    when: ({ u, deps }) =>
      !u.targetShaped &&
      u.intent.asks !== 'progress' &&
      u.intent.asks !== 'actual' &&
      (wantedOf(u.folded) === 'count' || claimedNoun(deps, u) !== null) &&
      countsOther(deps, u),
    answer: ({ deps, u }) => {
      const general = answerGeneral(deps, u);
      // "How many street coaches will work in Ondiep?": the clause that counts them for the whole city says
      // the wijk's own count is not given, which no wijk target ("work": benefits) can say better.
      const { plan } = general.answer;
      // Not where the question names a target's indicator, or the clause is one of the target tables:
      // the target answer says more there.
      // Only a sentence that counts it in figures says so ("in totaal 25 straatcoaches").
      const noun = countedNoun(u.folded, isPhrase(deps));
      const notGiven =
        plan.kind === 'general' &&
        plan.plan.kind === 'no_figure' &&
        noun !== null &&
        /\d/.test(plan.plan.quote.sentence) &&
        coverage(deps.clauseIndex, ` ${noun} `, plan.plan.quote.sentence).share > 0 &&
        u.intent.indicators.length === 0 &&
        !tableClause(deps, general.answer.citations[0]?.id);
      // Or the clause counts it only in total ("12 forumscholen"), which is said as the total.
      const totalOnly = plan.kind === 'general' && plan.plan.kind === 'total_only';
      // A claim of such a count ("30 street coaches") is checked against the clause that counts them.
      const claimChecked =
        claimedNoun(deps, u) !== null &&
        general.answer.status === 'answered' &&
        !tableClause(deps, general.answer.citations[0]?.id);
      return (general.answer.status === 'answered' && general.answer.facts.length > 0) ||
        notGiven ||
        totalOnly ||
        claimChecked
        ? general
        : null;
    },
  },
  {
    // "welke school in Overvecht doet het Jongerenteam?": words beyond the wijk and theme that a clause
    // answers strongly make it a question about that clause, not about the wijk's target table.
    name: 'about_a_clause',
    when: ({ deps, u, hasTopic }) =>
      (hasTopic || u.intent.wijken.length > 0) &&
      !u.targetShaped &&
      u.intent.asks !== 'progress' &&
      u.intent.asks !== 'actual' &&
      aboutAClause(deps, u),
    answer: ({ deps, u }) => {
      const general = answerGeneral(deps, u);
      // Where it found a clause of the wijk target tables, or nothing it can state, the target answer
      // for the wijk and topic the question names says more.
      const named = u.intent.wijken.length > 0 && (u.intent.indicators.length > 0 || u.intent.theme !== null);
      const cited = general.answer.citations[0]?.id;
      const fromTables = tableClause(deps, cited);
      return named && (general.answer.status !== 'answered' || fromTables) ? null : general;
    },
  },
  {
    // "Is it right that the aim is for 80% of civic integration programmes to be combined with work or study
    // by 2011?": a theme's word ("work") and a subject of its own, whose aim the charter states outside the
    // wijk tables. That aim answers, not the theme's wijk targets.
    name: 'stated_aim',
    when: ({ u }) =>
      u.intent.indicators.length === 0 &&
      u.intent.theme !== null &&
      u.intent.wijken.length === 0 &&
      u.targetShaped &&
      u.topics.length > 0,
    answer: ({ deps, u }) => {
      const general = answerGeneral(deps, u);
      const quote = general.answer.citations[0]?.quote ?? '';
      return general.answer.status === 'answered' && statesAim(quote) ? general : null;
    },
  },
  {
    // "what share of Ondiep residents had a negative view of the future?": no indicator by name, but the
    // clause its words find is one of the target tables; that target is what it asks about.
    name: 'target_by_clause',
    // Not a count ("How many people live in Ondiep?"): every such target is a share, and a clause that
    // shares the count's words ("woont ... niet graag") gives a share of something else.
    when: ({ u, hasTopic }) =>
      !hasTopic &&
      !u.vague &&
      u.ambiguous.length === 0 &&
      u.content.length > 0 &&
      u.outside.length === 0 &&
      !countsNoShare(u),
    answer: ({ deps, u, data, context }) => {
      const found = targetByClause(deps, u);
      if (found.length === 0) return null;
      // Two targets whose clauses the words find as well as each other: name both and ask.
      if (found.length > 1) return route(deps, { ...u, ambiguous: found }, data, context);
      const wijken = u.intent.wijken.length > 0 ? u.intent.wijken : [];
      return route(deps, { ...u, intent: { ...u.intent, indicators: found, wijken } }, data, context);
    },
  },
  {
    // Where a target stands, or what was measured: from the measurements given with the question.
    name: 'progress',
    when: ({ u }) => u.intent.asks === 'progress' || u.intent.asks === 'actual',
    answer: ({ deps, u, data }) => answerProgress(deps, u, data),
  },
  {
    // "Hoeveel woningen worden er gesloopt in Kanaleneiland?": a theme and a quantity, but of something
    // no target counts: the charter's targets do not answer it.
    name: 'theme_figure_not_given',
    when: ({ u }) =>
      u.intent.theme !== null &&
      u.intent.indicators.length === 0 &&
      (u.unknownWords.length > 0 || countsNoShare(u)) &&
      // "Wat is het gemiddelde besteedbare inkomen van een huishouden in Zuilen-Oost?": a figure of a
      // topic the charter never names, asked without a word for a target.
      (QUANTITY.test(u.folded) || (u.intent.unknownTopic && !u.targetShaped && !isYesNo(u.folded))) &&
      u.intent.asks !== 'progress' &&
      u.intent.asks !== 'actual',
    answer: ({ deps, u, wijk }) => ({ answer: noSuchTopic(deps, u.intent.language, wijk), remember: null }),
  },
  {
    // "What is the charter's target for the share of owner-occupied homes in Zuilen-Oost?": a theme's word
    // ("homes") with a subject of its own the charter never names. The theme's targets are not its target.
    name: 'theme_target_not_given',
    when: ({ u }) =>
      u.intent.theme !== null &&
      u.intent.indicators.length === 0 &&
      u.intent.wijken.length > 0 &&
      u.targetShaped &&
      u.intent.asks !== 'progress' &&
      u.intent.asks !== 'actual' &&
      // Only where nothing else it says is the charter's: "homes rented out by housing associations at low
      // rents" paraphrases a target in part in the charter's words.
      u.residual.length > 0 &&
      u.residual.every((w) => u.unknownWords.includes(w)) &&
      u.unknownWords.some((w) => w.length >= SUBJECT_WORD && !grammarWords.has(w.replace(/s$/, ''))),
    answer: ({ deps, u, wijk }) => ({ answer: noSuchTopic(deps, u.intent.language, wijk), remember: null }),
  },
  {
    // "hoeveel inwoners heeft Kanaleneiland?": the charter gives no such figure for the wijk.
    name: 'wijk_figure_not_given',
    when: ({ u, hasTopic }) => !hasTopic && u.intent.wijken.length > 0 && QUANTITY.test(u.folded),
    answer: ({ deps, u, wijk }) => ({ answer: noSuchTopic(deps, u.intent.language, wijk), remember: null }),
  },
  {
    name: 'wijk_targets',
    when: ({ u, hasTopic }) => !hasTopic && u.intent.wijken.length > 0 && !u.intent.unknownTopic,
    answer: ({ deps, u }) => answerTargets(deps, u),
  },
  {
    name: 'wijk_no_target',
    when: ({ u, hasTopic }) => !hasTopic && u.intent.wijken.length > 0 && u.targetShaped,
    answer: ({ deps, u, wijk }) => noTarget(deps, u, wijk),
  },
  {
    name: 'too_general',
    // A letter's question that names nothing ("What were the figures: the 2006 level, the interim target and
    // the final target?") where its sentences name no target either: nothing to quote a sentence for.
    when: ({ u, hasTopic }) =>
      !hasTopic &&
      (u.intent.general || (u.content.length === 0 && u.topics.length === 0 && u.refersTo === null)) &&
      u.targetShaped &&
      !u.intent.unknownTopic,
    answer: ({ deps, u }) => ({ answer: clarify(deps, u.intent.language, 'too_general'), remember: null }),
  },
  {
    name: 'no_target',
    when: ({ u, hasTopic }) => !hasTopic && u.intent.unknownTopic && TARGET_WORD.test(u.folded),
    answer: ({ deps, u }) => noTarget(deps, u, null),
  },
  {
    name: 'general',
    when: ({ hasTopic }) => !hasTopic,
    answer: ({ deps, u }) => answerGeneral(deps, u),
  },
  { name: 'targets', when: () => true, answer: ({ deps, u }) => answerTargets(deps, u) },
];

/** The route that answers, and its answer. */
export function route(
  deps: Deps,
  u: Understanding,
  data?: ProgressData,
  context?: ThreadContext,
): Response & { route: string } {
  const input = routeInput(deps, u, data, context);
  for (const r of ROUTES) {
    if (!r.when(input)) continue;
    const response = r.answer(input);
    if (response) return { ...claimFirst(u, noFirst(u, response)), route: r.name };
  }
  return { ...answerTargets(deps, u), route: 'targets' };
}

function routeInput(deps: Deps, u: Understanding, data?: ProgressData, context?: ThreadContext): RouteInput {
  return {
    deps,
    u,
    data,
    context,
    hasTopic: u.intent.indicators.length > 0 || u.intent.theme !== null,
    wijk: u.intent.wijken[0] ? wijkName(deps, u.intent.wijken[0]) : null,
    talk: smallTalk(u.folded),
  };
}

/** A word this long the charter never uses is a subject of its own ("owner-occupied"). */
const SUBJECT_WORD = 5;

/**
 * "hoeveel mensen wonen er in Kanaleneiland?": a count, not a share, and no word for a target. Every wijk
 * target is a share, so no target of the theme ("wonen") answers it.
 */
function countsNoShare(u: Understanding): boolean {
  return (
    grammar.askCount.test(u.folded) &&
    !grammar.askPercentage.test(u.folded) &&
    !/%/.test(u.folded) &&
    !u.targetShaped
  );
}

/** "Heeft Overvecht een doel voor fietsendiefstal?" answered not_found says no first. */
function noFirst(u: Understanding, response: Response): Response {
  const a = response.answer;
  if (a.status !== 'not_found' || !isYesNo(u.folded) || !EXISTENCE.test(u.folded)) return response;
  // Only about the targets, which are all known, is not finding one a "no": "heeft Utrecht een vast
  // aanspreekpunt bij WWI?" may be said in words the search did not find.
  const aboutTargets = u.targetShaped || u.intent.indicators.length > 0 || u.intent.theme !== null;
  if (!aboutTargets || saysNo(a.plan)) return response;
  return { ...response, answer: { ...a, plan: saidFirst({ kind: 'exists', answer: 'no' }, a.plan) } };
}

/** An answer that says "no" first already (a route that asked the routes again). */
/** The charter's words an answer shows: its quoted sentence and list items, or else its citations. */
function shownSentences(response: Response): string[] {
  const { plan } = response.answer;
  if (plan.kind === 'general' && plan.plan.kind === 'quote') {
    const { clause, shown } = plan.plan.quote;
    // "De gemeente Utrecht stelt € 500.000 per jaar extra ter beschikking voor deze wijk": "deze wijk" is
    // the one the sentence before names ("... de wijk Hoograven toegevoegd als vijfde aandachtswijk").
    const all = clauseSentences(clause.text);
    const at = all.findIndex((x) => shown.startsWith(x));
    const before = at > 0 && grammar.demonstrative.test(fold(shown)) ? [all[at - 1] as string] : [];
    return [...before, shown, ...(plan.plan.items ?? []).map((c) => c.text)];
  }
  return response.answer.citations.map((c) => c.quote);
}

const saysNo = (plan: Plan) =>
  plan.kind === 'first' && plan.first.kind === 'exists' && plan.first.answer === 'no';

/** The charter's last year: a question about a later one asks about a time it does not cover. */
/** "Hoeveel geld is er na 2017 nog beschikbaar gesteld?": a time after the charter's last year. */
function afterTheCharter(folded: string, last: number): boolean {
  return grammar.afterTime
    .all(folded)
    .some((m) => Number(/^ ?((?:19|20)\d\d) /.exec(folded.slice(m.end))?.[1]) >= last);
}

const lastYear = (deps: Deps) => Number(deps.knowledge.meta.validUntil?.slice(0, 4)) || 2017;

/**
 * An answer that already says yes or no first: "Ja.", "Nee, niet 25.", or a verdict on a claim about the
 * charter's text ("Nee, niet in elke wijk."). "Niet als apart doel." is neither.
 */
function saysYesOrNo(plan: Plan): boolean {
  if (plan.kind === 'first') return plan.first.kind === 'claim' || plan.first.answer !== 'stand_in';
  return plan.kind === 'general' && plan.plan.kind === 'quote' && (plan.plan.verdict?.holds ?? null) !== null;
}

/**
 * "Klopt het dat het stedelijk gemiddelde 21,5 is?": whatever answered, a claim of a figure is answered
 * yes or no first, by the figures the answer states for what was asked (the year asked, if any).
 */
function claimFirst(u: Understanding, response: Response): Response {
  const a = response.answer;
  // "Is Ondiep on track?" is answered by its status, not by a figure.
  if (
    a.status !== 'answered' ||
    a.facts.length === 0 ||
    u.intent.asks === 'progress' ||
    !isYesNo(u.folded) ||
    saysYesOrNo(a.plan)
  )
    return response;
  const claimed = claimedNumbers(u.question);
  const first = claimed[0];
  if (first === undefined) return response;
  const asked = a.facts.filter((f) => u.intent.years.includes(f.year));
  const stated = asked.length > 0 ? asked : a.facts;
  const value = Number(first.replace(',', '.'));
  // Each wijk's figure, asked of none: a figure said roughly is near no one of them ("around a third of
  // the residents" is not Kanaleneiland's 34%).
  const ofEachWijk = u.intent.wijken.length === 0 && new Set(a.facts.map((f) => f.wijk)).size > 1;
  const roughly = !ofEachWijk && saidRoughly(u.question, first);
  const verdict = { holds: stated.some((f) => sameFigure(value, f.value, roughly)), claimed: first };
  return { ...response, answer: { ...a, plan: saidFirst({ kind: 'claim', verdict }, a.plan) } };
}

/** Whether a question asks for a place's own charter or targets ("de afspraken van Rotterdam", "Rotterdam's doelen"). */
function agreementOf(deps: Deps, key: string, folded: string): boolean {
  const lexicon = deps.knowledge.lexicon;
  const aliases = [
    ...(lexicon.places.find((p) => p.key === key)?.aliases ?? []),
    ...(lexicon.wijken.find((w) => w.key === key)?.aliases ?? []),
  ].map((a) => fold(a).trim());
  if (aliases.length === 0) return false;
  const place = `(?:${aliases.map(escapeRegExp).join('|')})`;
  const agreement = `(?:${grammar.charterName.source}|${grammar.targetWord.source})`;
  return new RegExp(
    `${agreement} (?:van|voor|of|for|in)(?: de stad| de gemeente| the city of)? ${place}(?= )| ${place}(?: s)?${agreement}(?= )`,
  ).test(folded);
}

/** The name of a place the lexicon knows (a wijk outside the charter, another city), or null. */
function placeName(deps: Deps, key: string): string | null {
  const lexicon = deps.knowledge.lexicon;
  return (
    lexicon.wijken.find((w) => w.key === key)?.name ?? lexicon.places.find((p) => p.key === key)?.name ?? null
  );
}

/** The thing a "how many" question counts is not a word of any target indicator. */
function countsOther(deps: Deps, u: Understanding): boolean {
  const noun = countedNoun(u.folded, isPhrase(deps)) ?? claimedNoun(deps, u);
  if (!noun) return false;
  // "street coaches" is a thing of its own although "street" is in "clean street"; "burglaries" is not.
  return noun.includes(' ') || !indicatorVocabulary(deps.knowledge).has(noun);
}

/**
 * "Is it true that 30 street coaches were going to be deployed?": what a claim counts, the words right after
 * its number (not a year, a share or a sum).
 */
function claimedNoun(deps: Deps, u: Understanding): string | null {
  // A wijk named makes it a claim about that wijk's targets ("38 keer ... in Ondiep").
  if (!isYesNo(u.folded) || u.intent.wijken.length > 0) return null;
  const m = / (\d+) ((?:[a-z]+ ?){1,3})/.exec(u.folded.replace(/ (?:19|20)\d\d /g, ' '));
  if (!m?.[2] || /%/.test(m[2])) return null;
  return countedNoun(` hoeveel ${m[2].trim()} `, isPhrase(deps));
}

/** Every word of every indicator name and synonym, once per knowledge base. */
const indicatorVocabulary = perOwner(
  (knowledge: Deps['knowledge']) =>
    new Set(
      knowledge.lexicon.indicators.flatMap((i) =>
        [i.nl.name, ...i.nl.synonyms, i.en.name, ...i.en.synonyms].flatMap((p) => fold(p).trim().split(' ')),
      ),
    ),
);

/** How strongly a clause must match the words a target question does not explain to be its subject. */
const RESIDUAL_SCORE = 7;

/** The least share of the question's content the target clause must carry, and its rarest idea. */
const TARGET_CLAUSE_SHARE = 0.6;
/** ... and at least this many of its uncommon ideas: "inwoners" alone is in every other target. */
const TARGET_CLAUSE_IDEAS = 2;

/**
 * The indicator whose target clause the question's content words find, when that clause carries most of
 * them and their rarest idea (for the wijk the question names, if it names one). None otherwise; two
 * where another target's clause carries as much of them ("residents who had too few people to interact
 * with": "personen ... per 1000 inwoners" as much as "bewoners ... onvoldoende sociale contacten"), which
 * the search's ranking alone must not decide.
 */
export function targetByClause(deps: Deps, u: Understanding): string[] {
  const content = ` ${u.content.join(' ')} `;
  const english = u.intent.language === 'en';
  const wijken = u.intent.wijken.map((key) => wijkName(deps, key));
  let first = null as { indicator: string; share: number; matched: number } | null;
  // The same target is written out for each wijk, and other clauses share its words: room for all four
  // wijken's targets and the clauses between them.
  for (const hit of searchClauses(deps.clauseIndex, content, TARGET_HITS)) {
    const target = deps.knowledge.targets.find(
      (t) => t.clauseId === hit.clause.id && (wijken.length === 0 || wijken.includes(t.wijk)),
    );
    if (!target || target.indicator === first?.indicator) continue;
    const carried = coverage(deps.clauseIndex, content, hit.clause.text, { skipUnknown: english });
    if (carried.share < TARGET_CLAUSE_SHARE || !carried.rarest || carried.matched < TARGET_CLAUSE_IDEAS)
      continue;
    if (!first) first = { indicator: target.indicator, share: carried.share, matched: carried.matched };
    else if (carried.share >= first.share - SAME_SHARE && carried.matched >= first.matched)
      return [first.indicator, target.indicator];
  }
  return first ? [first.indicator] : [];
}
const TARGET_HITS = 24;
/** Shares of the question this close are the same evidence. */
const SAME_SHARE = 0.01;

function aboutAClause(deps: Deps, u: Understanding): boolean {
  const residual = u.residual.filter((w) => w.length >= 3);
  if (residual.length === 0) return false;
  const hit = searchClauses(deps.clauseIndex, ` ${residual.join(' ')} `, 1)[0];
  if (!hit || hit.score < RESIDUAL_SCORE) return false;
  // A clause of the wijk target tables is what the target answer already quotes.
  return !tableClause(deps, hit.clause.id);
}

/** Whether a clause is one of the wijk target tables. */
const tableClause = (deps: Deps, id: string | undefined) =>
  id !== undefined && deps.knowledge.targets.some((t) => t.clauseId === id);

/** Whether a clause states a target's figure: a wijk table, or a footnote's city-wide average. */
const targetFigureClause = (deps: Deps, id: string) =>
  tableClause(deps, id) || deps.knowledge.citywide.some((c) => c.clauseId === id);

/** Whether a clause carries (nearly) every idea of a question, and several of them. */
function carriesAll(deps: Deps, u: Understanding, text: string): boolean {
  const carried = coverage(deps.clauseIndex, u.folded, text, { skipUnknown: u.intent.language === 'en' });
  return carried.share >= CARRIES_ALL && carried.matched >= CARRIES_IDEAS;
}
const CARRIES_ALL = 0.9;
const CARRIES_IDEAS = 3;

/** "target for", "doel voor": a target of a topic is asked. */
const TARGET_FOR = sequence('targetWord', 'targetTopicMarker');

/** An aim the charter states outside the wijk tables ("streven ... 80% van de inburgeringstrajecten duaal"). */
const statesAim = (quote: string) => grammar.statedAim.test(fold(quote));

/**
 * A target question on a topic with no wijk target: where the charter still states an aim with a figure,
 * answer from that clause; otherwise say there is no target (and quote what it does say, if anything).
 */
function noTarget(deps: Deps, u: Understanding, wijk: string | null): Response {
  if (!wijk) {
    const general = answerGeneral(deps, u);
    const quote = general.answer.citations[0]?.quote ?? '';
    // A claim about it is checked against that clause: its answer states no figure of its own.
    const stated = general.answer.facts.length > 0 || isYesNo(u.folded);
    if (general.answer.status === 'answered' && stated && statesAim(quote)) return general;
    // "Where do the indicators behind the targets come from?", "do they come on top of the youth
    // programme?": a footnote about the targets themselves answers, with no figure of its own.
    const cited = general.answer.citations[0];
    const footnote = cited && deps.knowledge.clauseById.get(cited.id)?.kind === 'footnote';
    if (general.answer.status === 'answered' && footnote && general.answer.facts.length === 0) return general;
    // "can the targets be adjusted?", "how often is the council told how the targets are going?": the
    // targets themselves, not a target for a topic. The charter's text about them answers, with no figure of
    // its own, where the sentence speaks of targets itself or carries all the question's other ideas.
    const aboutTargets =
      cited !== undefined &&
      (statesAim(quote) || carriesAll(deps, u, deps.knowledge.clauseById.get(cited.id)?.text ?? quote));
    if (
      general.answer.status === 'answered' &&
      general.answer.facts.length === 0 &&
      !TARGET_FOR.test(u.folded) &&
      aboutTargets
    )
      return general;
  }
  return { answer: noSuchTopic(deps, u.intent.language, wijk, u.folded), remember: null };
}
