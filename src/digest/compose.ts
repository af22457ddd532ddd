// The content of a digest, decided as data (the renderers word it): what changed since the channel's previous
// digest first, then what needs attention, milestones reached or missed, and a "needs data" block; on-track and
// achieved targets fold into a count. Each target appears in one block only. Pure.
import type { Language } from '../engine/types.js';
import { PROGRESS_STATUSES, type ProgressStatus, type TargetProgress } from '../progress/types.js';
import type { DigestSnapshot } from '../store/store.js';

export type DigestLine = {
  progress: TargetProgress;
  /** Share of the way from baseline to the current milestone that the latest measurement covers (0-1), or null. */
  share: number | null;
  /** The status at the previous digest, when it was different. */
  was: ProgressStatus | null;
};

export type Digest = {
  asOf: string;
  period: string;
  language: Language;
  scope: { wijken: string[]; themes: string[] };
  counts: Record<ProgressStatus, number>;
  total: number;
  /** Every target in scope has passed its last milestone: the charter period has ended. */
  ended: boolean;
  changed: DigestLine[];
  attention: DigestLine[];
  milestones: Array<{ line: DigestLine; year: number; judgement: 'achieved' | 'missed' }>;
  needsData: DigestLine[];
  /** On track or achieved, not out of date, not changed: counted, listed only on "show all". */
  folded: DigestLine[];
  /** True when a previous digest exists, no status changed and nothing was measured since. */
  quiet: boolean;
  previousPeriod: string | null;
  snapshot: DigestSnapshot;
};

const ATTENTION = new Set<ProgressStatus>(['at_risk', 'off_track', 'missed']);
const GOOD = new Set<ProgressStatus>(['on_track', 'achieved']);

/** How far along: 0 at the baseline, 1 at the milestone. */
export function shareOfWay(p: TargetProgress): number | null {
  if (!p.baseline || !p.latest || p.milestone.value === null) return null;
  const gap = p.milestone.value - p.baseline.value;
  if (gap === 0) return 1;
  return Math.max(0, Math.min(1, (p.latest.value - p.baseline.value) / gap));
}

export function composeDigest(input: {
  progress: TargetProgress[];
  asOf: string;
  period: string;
  language: Language;
  scope: { wijken: string[]; themes: string[] };
  previous: { period: string; snapshot: DigestSnapshot } | null;
  lastMeasurementAt: string | null;
}): Digest {
  const prev = input.previous?.snapshot.statuses ?? {};
  const asOfYear = Number(input.asOf.slice(0, 4));
  const previousYear = input.previous ? Number(input.previous.period.slice(0, 4)) : asOfYear - 1;
  const lines = input.progress.map(
    (p): DigestLine => ({
      progress: p,
      share: shareOfWay(p),
      was:
        input.previous && prev[p.targetId] && prev[p.targetId] !== p.status
          ? (prev[p.targetId] ?? null)
          : null,
    }),
  );
  const counts = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  for (const p of input.progress) counts[p.status] += 1;

  const changed = lines.filter((l) => l.was !== null);
  const rest = lines.filter((l) => l.was === null);
  const needsData = rest.filter(
    (l) => l.progress.status === 'no_data' || l.progress.status === 'not_measured' || l.progress.stale,
  );
  const attention = rest.filter((l) => ATTENTION.has(l.progress.status) && !l.progress.stale);
  const folded = rest.filter((l) => GOOD.has(l.progress.status) && !l.progress.stale);
  // Milestones judged since the previous digest (or in the past year, for a first digest).
  const milestones = lines.flatMap((line) =>
    line.progress.milestones
      .filter(
        (m) =>
          (m.judgement === 'achieved' || m.judgement === 'missed') &&
          m.year >= previousYear &&
          m.year < asOfYear,
      )
      .map((m) => ({ line, year: m.year, judgement: m.judgement as 'achieved' | 'missed' })),
  );
  const snapshot: DigestSnapshot = {
    statuses: Object.fromEntries(input.progress.map((p) => [p.targetId, p.status])),
    lastMeasurementAt: input.lastMeasurementAt,
  };
  return {
    asOf: input.asOf,
    period: input.period,
    language: input.language,
    scope: input.scope,
    counts,
    total: input.progress.length,
    ended: input.progress.length > 0 && input.progress.every((p) => p.ended),
    changed,
    attention,
    milestones,
    needsData,
    folded,
    quiet:
      input.previous !== null &&
      changed.length === 0 &&
      input.previous.snapshot.lastMeasurementAt === input.lastMeasurementAt,
    previousPeriod: input.previous?.period ?? null,
    snapshot,
  };
}
