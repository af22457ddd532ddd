// The digest of one subscription (or a preview) as of a date: its targets' progress from what the store holds,
// composed against the channel's previous digest.
import { type ProgressInputs, queryProgress } from '../app/progress-query.js';
import type { Knowledge } from '../charter/load.js';
import type { ThemeKey } from '../charter/schema.js';
import type { Language } from '../engine/types.js';
import type { ProgressOptions } from '../progress/types.js';
import type { Store, Subscription } from '../store/store.js';
import { composeDigest, type Digest } from './compose.js';

export type DigestRequest = {
  scope: { wijken: string[]; themes: ThemeKey[] };
  language: Language;
  /** The subscription whose previous digest this one follows; none for a preview. */
  subscriptionId?: string;
};

export async function prepareDigest(
  deps: { knowledge: Knowledge; store: Store; progress: ProgressOptions },
  request: DigestRequest,
  asOf: string,
  period: string,
  /** What a tick read (and evaluated) once for all its subscriptions; read here when absent. */
  inputs?: ProgressInputs,
): Promise<Digest> {
  const { wijken, themes } = request.scope;
  const [{ targets, progress, measurements }, runs] = await Promise.all([
    queryProgress(deps, { asOf, scope: request.scope }, inputs),
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
