// What an answer says, decided and not yet worded: the engine returns a Plan, and the phraser it is given
// (src/phrase/answer.ts) writes it in Dutch or English. The translation is the same plan in the other language.
import type { Citywide, Target, ThemeKey, YearValue } from '../charter/schema.js';
import type { TargetProgress } from '../progress/types.js';
import type { AskedDate } from './asked-date.js';
import type { GeneralPlan } from './plan-general.js';
import type { SmallTalk } from './small-talk.js';
import type { Answer, Language, Status } from './types.js';

/** The charter has no target for the asked indicator in `where`; this one stands in for it. */
export type StandIn = { asked: string; target: Target; where: string[]; combined: boolean };

export type SinglePlan =
  /** Asked for 2006, but the target is a change relative to 2006: there is no 2006 figure. */
  | { kind: 'no_baseline'; target: Target; standIn: StandIn | null }
  | { kind: 'baseline'; target: Target; standIn: StandIn | null }
  /** Asked for years the charter sets no target for. */
  | { kind: 'years_missing'; target: Target; missing: number[]; standIn: StandIn | null }
  | { kind: 'years'; target: Target; hits: YearValue[]; missing: number[]; standIn: StandIn | null }
  | { kind: 'trajectory'; target: Target; standIn: StandIn | null };

export type ListRow = { target: Target; hits: YearValue[]; showWijk: boolean };
export type ListPlan = {
  heading:
    | { kind: 'indicator'; indicator: string; years: number[]; standIn: StandIn | null }
    | { kind: 'wijken'; wijken: string[]; theme: ThemeKey | null; years: number[] };
  asked: number[];
  rows: ListRow[];
};
/** `years`: target years the question asks beside the average's own ("doel 2017 + stedelijk gem 2006"). */
/**
 * `against`: per wijk, whether its baseline was above (1), below (-1) or at (0) the average, where the two
 * are the same measure in the same year; else null.
 */
/**
 * Why a question is asked back: too short, too general, too long, or a letter that asks nothing.
 */
export type ClarifyReason = 'vague' | 'too_general' | 'too_long' | 'no_question';

export type CitywidePlan = {
  average: Citywide;
  wijken: Target[];
  years: number[];
  against: Array<1 | -1 | 0 | null>;
};
export type ExtremePlan = {
  lowest: boolean;
  baseline: boolean;
  winners: Array<{ target: Target; value: YearValue }>;
  others: Array<{ target: Target; value: YearValue }>;
  /** Some charter wijken have no value for that year. */
  incomplete: boolean;
};

type ProgressRow = { target: Target; progress: TargetProgress; standIn: boolean };
type Measured = { year: number; value: number; source: string };
export type ProgressPlan =
  | {
      kind: 'progress';
      rows: ProgressRow[];
      wijk: string | null;
      asOf: string;
      /** The date the question asked about, when it named one: the answer says it first. */
      asked?: AskedDate | null;
    }
  | {
      kind: 'actual';
      year: number | null;
      rows: Array<ProgressRow & { measurement: Measured | null }>;
      asOf: string;
    };

/** A figure claimed for a target ("Is the 2011 target 25?"): whether it holds, and the figure refuted. */
export type TargetVerdict = { holds: boolean; claimed: string };

/** Said before the answer: yes or no (or "not as a separate target"), or whether a claimed figure holds. */
export type First =
  | { kind: 'exists'; answer: 'yes' | 'no' | 'stand_in' }
  | { kind: 'claim'; verdict: TargetVerdict };

/** Answers without a figure: what is missing from the question, or what the charter does not cover. */
export type Refusal =
  | { kind: 'clarify'; why: ClarifyReason }
  /** A place outside the charter; `name` null for one the lexicon does not know (never echoed back). */
  | { kind: 'outside'; name: string | null; covered: string[]; added: boolean }
  /** No target on the topic (for a wijk); `indicators`: what the wijk's targets cover; `says`: a sentence. */
  | { kind: 'no_topic'; wijk: string | null; indicators: string[]; says: string | null }
  | { kind: 'charter_is'; why: 'today' | 'opinion' | 'actual'; signedOn: string; validUntil: string }
  /** A word that may name several targets (`indicators`); with one, the wijk has only that one. */
  | { kind: 'which_target'; indicators: string[]; wijk: string | null }
  | { kind: 'no_citywide'; indicator: string; wijken: Target[] }
  /** `instead`: the indicators of the same theme the one wijk asked about does have a target for. */
  | { kind: 'no_target_for'; indicator: string; wijken: string[]; elsewhere: string[]; instead: string[] };

/** The bot's own replies to conversation. */
export type SmallTalkReply = Exclude<SmallTalk, 'why'> | 'why_without_thread' | 'no_reason';

export type Plan =
  | { kind: 'general'; plan: GeneralPlan }
  /** One target; `only`: the wijk, when the question named none and only that wijk has the target. */
  | { kind: 'target'; plan: SinglePlan; only: string | null }
  | { kind: 'target_list'; plan: ListPlan }
  | { kind: 'citywide'; plan: CitywidePlan }
  | { kind: 'extreme'; plan: ExtremePlan }
  | { kind: 'progress'; plan: ProgressPlan }
  | { kind: 'refusal'; refusal: Refusal }
  | { kind: 'small_talk'; reply: SmallTalkReply }
  /** "why?": the sentence in which the charter gives the reason. */
  | { kind: 'reason'; sentence: string }
  | { kind: 'first'; first: First; plan: Plan }
  /** A message that asked several things: each answer in turn, a quote an earlier one gave said once. */
  | { kind: 'message'; parts: Plan[] };

/** The plan with a yes or no said first, if there is one to say. */
export const saidFirst = (first: First | null, plan: Plan): Plan =>
  first ? { kind: 'first', first, plan } : plan;

/** An answer decided and not yet written: the Answer's data, its plan, and the targets it suggests asking about. */
export type Draft = { status: Status; language: Language } & Pick<Answer, 'facts' | 'citations'> & {
    plan: Plan;
    /** For not_found and clarify: suggested questions are about these targets (and the usual examples). */
    suggest?: Target[];
  };

/** Writes plans in either language. The engine is given one; it imports no wording of its own. */
export type Phraser = {
  phrase(plan: Plan, language: Language): string;
  /** The questions suggested instead: about these targets, then the usual examples; three at most. */
  suggestions(targets: Target[], language: Language): string[];
};
