// The digest of one subscription (or a preview) as of a date: its targets' progress from what the store holds,
// composed against the channel's previous digest.
import type { Knowledge } from '../charter/load.js';
import type { ThemeKey } from '../charter/schema.js';
import type { Language } from '../engine/types.js';
import { evaluateProgress } from '../progress/evaluate.js';
import type { Measurement, ProgressOptions, TargetProgress, TargetRevision } from '../progress/types.js';
import type { Store, Subscription } from '../store/store.js';
import { composeDigest, type Digest } from './compose.js';

export type DigestRequest = {
  scope: { wijken: string[]; themes: ThemeKey[] };
  language: Language;
  /** The subscription whose previous digest this one follows; none for a preview. */
  subscriptionId?: string;
};

/**
 * What every digest of one moment reads: a tick reads it once for all its subscriptions, and evaluates every
 * target's progress once (`evaluated`), which each digest and alert then filters to its scope.
 */
export type DigestData = {
  measurements: Measurement[];
  revisions: TargetRevision[];
  evaluated?: { asOf: string; progress: TargetProgress[] };
};

export async function readDigestData(store: Store): Promise<DigestData> {
  const [measurements, revisions] = await Promise.all([store.listMeasurements(), store.listRevisions()]);
  return { measurements, revisions };
}

export async function prepareDigest(
  deps: { knowledge: Knowledge; store: Store; progress: ProgressOptions },
  request: DigestRequest,
  asOf: string,
  period: string,
  data?: DigestData,
): Promise<Digest> {
  const { wijken, themes } = request.scope;
  const targets = deps.knowledge.targets.filter(
    (t) =>
      (wijken.length === 0 || wijken.includes(t.wijk)) && (themes.length === 0 || themes.includes(t.theme)),
  );
  const [{ measurements, revisions, evaluated }, runs] = await Promise.all([
    data ?? readDigestData(deps.store),
    request.subscriptionId ? deps.store.listDigestRuns(request.subscriptionId) : Promise.resolve([]),
  ]);
  const inScope = measurements.filter((m) =>
    targets.some((t) => t.wijk === m.wijk && t.indicator === m.indicator),
  );
  const lastMeasurementAt = inScope.reduce<string | null>(
    (a, m) => (a && a > m.recordedAt ? a : m.recordedAt),
    null,
  );
  const previous = runs.find(
    (r) => r.period !== period && r.snapshot && (r.status === 'posted' || r.status === 'skipped'),
  );
  // Progress evaluated for every target as of the same date is the same per target: filtered, not redone.
  const ids = new Set(targets.map((t) => t.id));
  const progress =
    evaluated?.asOf === asOf
      ? evaluated.progress.filter((p) => ids.has(p.targetId))
      : evaluateProgress(targets, measurements, revisions, asOf, deps.progress);
  return composeDigest({
    progress,
    asOf,
    period,
    language: request.language,
    scope: { wijken, themes },
    previous: previous?.snapshot ? { period: previous.period, snapshot: previous.snapshot } : null,
    lastMeasurementAt,
  });
}

export const scopeOf = (s: Subscription): DigestRequest => ({
  scope: s.scope,
  language: s.language,
  subscriptionId: s.id,
});
