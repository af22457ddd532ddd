// What progress is computed from (measurements, revisions) and what it says about each target.
// Plain data: the store keeps the inputs, the phraser and renderers put the results into words.
import type { ThemeKey } from '../charter/schema.js';

/** One measured value of a target's indicator, as recorded (CSV import or a chat command). */
export type Measurement = {
  /** The wijk as the charter names it ("Zuilen-Oost"). */
  wijk: string;
  /** The lexicon's indicator key ("burglary"). */
  indicator: string;
  year: number;
  value: number;
  unit: string;
  /** Where the value comes from ("Wijkenmonitor 2009"); always given. */
  source: string;
  note: string | null;
  /** Pseudonym of who recorded it (null for imports from the command line). */
  recordedBy: string | null;
  recordedAt: string;
};

/** An earlier value of a measurement that a correction replaced: nothing is overwritten silently. */
export type ReplacedMeasurement = Measurement & { replacedAt: string; replacedBy: string | null };

/**
 * A revised milestone: the charter lets the targets be adjusted on the 2007 zero measurement, keeping
 * the ratio of target to baseline. `basis` is the measurement the revision rests on (then the path to
 * the milestone starts there); null for a revision imported without one.
 */
export type TargetRevision = {
  wijk: string;
  indicator: string;
  year: number;
  value: number;
  source: string;
  basis: { year: number; value: number } | null;
  recordedBy: string | null;
  recordedAt: string;
};

export type ProgressStatus =
  | 'achieved'
  | 'on_track'
  | 'at_risk'
  | 'off_track'
  | 'missed'
  | 'not_measured'
  | 'no_data';

/** Every status, in the order views list them. */
export const PROGRESS_STATUSES: readonly ProgressStatus[] = [
  'achieved',
  'on_track',
  'at_risk',
  'off_track',
  'missed',
  'not_measured',
  'no_data',
];

/**
 * A milestone before the as-of year is judged on its own year's measurement or, when that year was not
 * measured, on the nearest measurement within one year of it (the year before first); with neither it is
 * not measured. Later milestones are pending.
 */
export type Judgement = 'achieved' | 'missed' | 'not_measured' | 'pending';

/** Why a target has its status; the phraser turns it into words. */
export type ReasonCode =
  /** A change target ("-33% vs 2006") has no level to aim at without a measured 2006 value. */
  | 'change_without_baseline'
  /** Nothing measured after the baseline. */
  | 'no_measurement'
  /** The latest measurement already meets the current milestone. */
  | 'meets_milestone'
  /** Status from the rate ratio R. */
  | 'rate_ratio'
  /** Every milestone has passed: the last one's judgement is the status. */
  | 'final_milestone'
  /** Every milestone has passed and neither the last one's year nor a year next to it was measured. */
  | 'final_not_measured';

export type ProgressOptions = {
  /** R at or above this is on track. */
  onTrack: number;
  /** R at or above this (and below onTrack) is at risk; below it, off track. */
  atRisk: number;
  /** Years between two measurements of an indicator (the monitor publishes yearly). */
  cadenceYears: number;
  /** Extra years before a latest measurement counts as stale. */
  graceYears: number;
};

export const DEFAULT_PROGRESS_OPTIONS: ProgressOptions = {
  onTrack: 0.95,
  atRisk: 0.6,
  cadenceYears: 1,
  graceYears: 2,
};

export type MilestoneProgress = {
  year: number;
  /** The level aimed at (revised when a revision is active); null when a change target has no baseline. */
  value: number | null;
  judgement: Judgement;
  /** The measurement the milestone is judged on (its own year, else the year before or after), when there is one. */
  measured: number | null;
  /** The year of that measurement: the milestone's own year, or the year next to it that was measured. */
  measuredYear: number | null;
  /** The charter's own milestone: a level, or a change relative to 2006 in percent. */
  charter: { value: number; kind: 'level' | 'change_vs_2006' };
  /** The active revision, when the milestone was revised. */
  revision: { value: number; source: string; basis: { year: number; value: number } | null } | null;
};

export type TargetProgress = {
  targetId: string;
  wijk: string;
  theme: ThemeKey;
  indicator: string;
  label: string;
  unit: string;
  kind: 'level' | 'change_vs_2006';
  direction: 'down' | 'up';
  status: ProgressStatus;
  stale: boolean;
  /** The rate ratio R, when the status came from it. */
  ratio: number | null;
  /** Where the path starts: the charter's 2006 figure, the measured 2006 value, or a revision's basis. */
  baseline: { year: number; value: number } | null;
  latest: { year: number; value: number; source: string } | null;
  /** Every milestone has passed: the charter period has ended and the status is the last milestone's verdict. */
  ended: boolean;
  /**
   * For `not_measured`: what the trend implied at the last measurement, against the last milestone (the status
   * the rate ratio gave in the year of `latest`). Null otherwise.
   */
  trend: {
    status: 'achieved' | 'on_track' | 'at_risk' | 'off_track';
    ratio: number | null;
    year: number;
  } | null;
  /** The current milestone (or the last one, when all have passed). */
  milestone: { year: number; value: number | null };
  /** The value expected by the as-of year on the path from baseline to milestone. */
  expected: number | null;
  milestones: MilestoneProgress[];
  revised: boolean;
  clauseId: string;
  reason: ReasonCode;
  /** Every measurement used (year order), for charts and explanations. */
  measurements: Array<{ year: number; value: number; source: string }>;
  asOf: string;
};
