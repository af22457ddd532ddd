// Where each target stands as of a date: milestones, measurements and revisions in, a status out.
// Pure: the method is DESIGN.md "Progress of a target"; nothing here reads a store or a clock.
import type { Target } from '../charter/schema.js';
import { type Direction, expectedAt, meets, type Point, rateRatio } from './rate-ratio.js';
import {
  DEFAULT_PROGRESS_OPTIONS,
  type Measurement,
  type MilestoneProgress,
  type ProgressOptions,
  type ProgressStatus,
  type ReasonCode,
  type TargetProgress,
  type TargetRevision,
} from './types.js';

const round = (n: number, digits = 2) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/** "2010-06-01" -> 2010. The as-of date is validated where it comes in (CLI, HTTP). */
export const asOfYear = (asOf: string) => Number(asOf.slice(0, 4));

const targetKey = (wijk: string, indicator: string) => `${wijk}\u0000${indicator}`;

/** The unit a target's indicator is measured in. A change target's own unit is the change (%). */
export function measurementUnit(t: Pick<Target, 'kind' | 'unit' | 'label'>): string {
  if (t.kind === 'level') return t.unit;
  return /^percentage\b/i.test(t.label) ? '%' : 'index';
}

/** Milestone levels: the charter's, with a change target turned into a level from the measured 2006 value. */
function charterLevel(t: Target, value: number, measured2006: number | null): number | null {
  if (t.kind === 'level') return value;
  if (measured2006 === null) return null;
  const sign = t.direction === 'down' ? -1 : 1;
  return round(measured2006 * (1 + (sign * value) / 100), 4);
}

export function evaluateTarget(
  t: Target,
  measurements: Measurement[],
  revisions: TargetRevision[],
  asOf: string,
  options: ProgressOptions = DEFAULT_PROGRESS_OPTIONS,
): TargetProgress {
  const year = asOfYear(asOf);
  const d: Direction = t.direction === 'down' ? -1 : 1;
  const own = measurements
    .filter((m) => m.wijk === t.wijk && m.indicator === t.indicator && m.year <= year)
    .sort((a, b) => a.year - b.year);
  const byYear = new Map(own.map((m) => [m.year, m]));
  const charterBaseYear = t.baseline?.year ?? 2006;
  const measured2006 = byYear.get(charterBaseYear)?.value ?? null;
  const revisionOf = (y: number) =>
    revisions.find((r) => r.wijk === t.wijk && r.indicator === t.indicator && r.year === y) ?? null;

  const milestones: MilestoneProgress[] = t.targets.map((v) => {
    const revision = revisionOf(v.year);
    const value = revision ? revision.value : charterLevel(t, v.value, measured2006);
    const passed = v.year < year;
    // A passed milestone is judged on its own year; else on the year before, else the year after.
    const judgedOn = passed
      ? (byYear.get(v.year) ?? byYear.get(v.year - 1) ?? byYear.get(v.year + 1) ?? null)
      : (byYear.get(v.year) ?? null);
    let judgement: MilestoneProgress['judgement'] = 'pending';
    if (passed) {
      if (judgedOn === null || value === null) judgement = 'not_measured';
      else judgement = meets(judgedOn.value, value, d) ? 'achieved' : 'missed';
    }
    return {
      year: v.year,
      value,
      judgement,
      measured: judgedOn?.value ?? null,
      measuredYear: judgedOn?.year ?? null,
      charter: { value: v.value, kind: t.kind },
      revision: revision ? { value: revision.value, source: revision.source, basis: revision.basis } : null,
    };
  });

  const current = milestones.find((m) => m.year >= year) ?? null;
  const shown = current ?? (milestones.at(-1) as MilestoneProgress);
  // The path starts at the revision's basis when the milestone was revised on a later zero measurement.
  const basis = shown.revision?.basis ?? null;
  const baseline: Point | null =
    basis ??
    (t.kind === 'level' && t.baseline
      ? { year: t.baseline.year, value: t.baseline.value }
      : measured2006 !== null
        ? { year: charterBaseYear, value: measured2006 }
        : null);
  const after = baseline ? own.filter((m) => m.year > baseline.year) : [];
  const latestM = after.at(-1) ?? null;
  const latest = latestM ? { year: latestM.year, value: latestM.value, source: latestM.source } : null;

  let status: ProgressStatus;
  let reason: ReasonCode;
  let ratio: number | null = null;
  let expected: number | null = null;
  let trend: TargetProgress['trend'] = null;
  // Where the latest measurement stands against a milestone: met, or the rate ratio's status.
  const judge = (base: Point, l: Point, milestone: Point) => {
    if (meets(l.value, milestone.value, d)) return { status: 'achieved' as const, ratio: null };
    const r = rateRatio(base, l, milestone, d);
    const s = r >= options.onTrack ? 'on_track' : r >= options.atRisk ? 'at_risk' : 'off_track';
    return { status: s as 'on_track' | 'at_risk' | 'off_track', ratio: round(r) };
  };
  if (baseline === null) {
    status = 'no_data';
    reason = 'change_without_baseline';
  } else if (!latest) {
    status = 'no_data';
    reason = 'no_measurement';
    if (current !== null)
      expected = round(expectedAt(baseline, { year: current.year, value: current.value as number }, year));
    else expected = shown.value;
  } else if (current === null) {
    const last = shown;
    expected = last.value;
    if (last.judgement === 'achieved' || last.judgement === 'missed') {
      status = last.judgement;
      reason = 'final_milestone';
    } else {
      status = 'not_measured';
      reason = 'final_not_measured';
      if (last.value !== null) {
        const j = judge(baseline, latest, { year: last.year, value: last.value });
        trend = { ...j, year: latest.year };
      }
    }
  } else {
    const milestone = { year: current.year, value: current.value as number };
    expected = round(expectedAt(baseline, milestone, year));
    const j = judge(baseline, latest, milestone);
    status = j.status;
    ratio = j.ratio;
    reason = j.status === 'achieved' ? 'meets_milestone' : 'rate_ratio';
  }

  const staleAfter = options.cadenceYears + options.graceYears;
  return {
    targetId: t.id,
    wijk: t.wijk,
    theme: t.theme,
    indicator: t.indicator,
    label: t.label,
    unit: measurementUnit(t),
    kind: t.kind,
    direction: t.direction,
    status,
    stale: latest !== null && current !== null && year - latest.year > staleAfter,
    ended: current === null,
    trend,
    ratio,
    baseline,
    latest,
    milestone: { year: shown.year, value: shown.value },
    expected,
    milestones,
    revised: milestones.some((m) => m.revision !== null),
    clauseId: t.clauseId,
    reason,
    measurements: own.map((m) => ({ year: m.year, value: m.value, source: m.source })),
    asOf,
  };
}

/** Every target's progress, in the charter's order. Measurements are grouped once, not per target. */
export function evaluateProgress(
  targets: Target[],
  measurements: Measurement[],
  revisions: TargetRevision[],
  asOf: string,
  options: ProgressOptions = DEFAULT_PROGRESS_OPTIONS,
): TargetProgress[] {
  const grouped = new Map<string, Measurement[]>();
  for (const m of measurements) {
    const key = targetKey(m.wijk, m.indicator);
    const list = grouped.get(key);
    if (list) list.push(m);
    else grouped.set(key, [m]);
  }
  return targets.map((t) =>
    evaluateTarget(
      t,
      grouped.get(targetKey(t.wijk, t.indicator)) ?? [],
      revisions.filter((r) => r.wijk === t.wijk && r.indicator === t.indicator),
      asOf,
      options,
    ),
  );
}
