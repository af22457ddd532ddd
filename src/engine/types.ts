// The answer contract (DESIGN.md): what every channel and tool reads from the engine.
import type { ThemeKey } from '../charter/schema.js';
import type { Measurement, ProgressOptions, TargetRevision } from '../progress/types.js';

export type Language = 'nl' | 'en';
export type Status = 'answered' | 'partial' | 'not_found' | 'clarify';

export type Fact = {
  wijk: string | null;
  indicator: string;
  label: string;
  year: number;
  value: number;
  unit: string;
  kind: 'level' | 'change_vs_2006' | 'citywide_average' | 'amount' | 'count' | 'date' | 'measurement';
  /** For a measurement: the clause of the target it is measured against. */
  clauseId: string;
  /** Measurements only: where the value comes from ("Wijkenmonitor 2009"). */
  source?: string;
};

export type Citation = { id: string; section: string; quote: string };

export type Answer = {
  id?: string;
  status: Status;
  language: Language;
  answer: string;
  facts: Fact[];
  citations: Citation[];
  suggestions?: string[];
  /**
   * The same answer phrased in the other language (same status, facts and citations), so helpdesk staff
   * who asked in English can send a Dutch-speaking citizen a Dutch e-mail.
   */
  translation?: { language: Language; answer: string };
  /**
   * A message that asks several things (a pasted e-mail with two questions): one answer per question, in
   * order. The answer's own text, facts and citations already cover all of them.
   */
  parts?: Answer[];
};

export type Asks =
  | 'target'
  | 'baseline'
  | 'trajectory'
  | 'citywide'
  | 'lowest'
  | 'highest'
  /** "Is Ondiep on track for burglary?", "hoe staat Zuilen-Oost ervoor?" */
  | 'progress'
  /** "What was the actual number of burglaries in 2009?": a measured value, never a target. */
  | 'actual';

/**
 * What the engine knows beyond the charter: measured values and revised targets, as of a date. The caller
 * (the store's reader) supplies it with every question; the engine itself reads no store and no clock.
 */
export type ProgressData = {
  measurements: Measurement[];
  revisions: TargetRevision[];
  asOf: string;
  options: ProgressOptions;
};

/** What a question means, after resolving it against the thread it belongs to. */
export type Intent = {
  language: Language;
  /** Wijk keys from the lexicon, in the order named. */
  wijken: string[];
  indicators: string[];
  theme: ThemeKey | null;
  years: number[];
  asks: Asks;
  /** The question named no target topic at all: it is about the charter in general. */
  general: boolean;
  /** Content words the engine did not place: a topic it does not know. */
  unknownTopic: boolean;
};

/** Conversation memory, keyed by a thread id the channel supplies. A database can stand behind it. */
export type ThreadContext = {
  language: Language;
  wijken: string[];
  indicators: string[];
  theme: ThemeKey | null;
  years: number[];
  asks: Asks;
  /** The clause the last answer quoted first, for "why?" (absent in threads stored before it existed). */
  clauseId?: string | null;
  /** The words of the charter the last answer showed: "who pays for that?" is about that sentence. */
  quote?: string | null;
  /** The question last answered, as read: "en de gemeente zelf?" asks it again of another actor. */
  question?: string | null;
  /** Words the message itself quoted ("> ... in 2010 met 25% ..."): their figures are not the answer. */
  stated?: string;
  /** Set from the sentences around a question in a letter, not from an answer: it only fills gaps. */
  background?: boolean;
};

export type ContextStore = {
  get(thread: string): ThreadContext | undefined | Promise<ThreadContext | undefined>;
  set(thread: string, context: ThreadContext): void | Promise<void>;
};
