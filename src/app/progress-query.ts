// The one progress query: read measurements and revisions, pick the targets in scope, evaluate them as of a
// date. Answers, digests, the web pages and API and the CLI all ask it, so they agree on every status.
import type { Knowledge } from '../charter/load.js';
import type { Target, ThemeKey } from '../charter/schema.js';
import { evaluateProgress } from '../progress/evaluate.js';
import type { Measurement, ProgressOptions, TargetProgress, TargetRevision } from '../progress/types.js';
import type { Store } from '../store/store.js';

/** What progress is computed from: everything measured and every revision, as the store holds them now. */
export type ProgressInputs = {
  measurements: Measurement[];
  revisions: TargetRevision[];
  /**
   * Every target's progress, already evaluated as of a date: a digest tick evaluates once for all its
   * subscriptions, and each takes the targets in its scope.
   */
  evaluated?: { asOf: string; progress: TargetProgress[] };
};

/** Which targets: by wijk and theme; an empty or missing list means all of them. */
export type ProgressScope = { wijken?: readonly string[]; themes?: readonly ThemeKey[] };

export type ProgressResult = {
  asOf: string;
  targets: Target[];
  progress: TargetProgress[];
  measurements: Measurement[];
  revisions: TargetRevision[];
};

export type ProgressDeps = {
  knowledge: Pick<Knowledge, 'targets'>;
  store: Pick<Store, 'listMeasurements' | 'listRevisions'>;
  progress: ProgressOptions;
};

export async function readProgressInputs(
  store: Pick<Store, 'listMeasurements' | 'listRevisions'>,
): Promise<ProgressInputs> {
  const [measurements, revisions] = await Promise.all([store.listMeasurements(), store.listRevisions()]);
  return { measurements, revisions };
}

export function targetsInScope(targets: readonly Target[], scope: ProgressScope): Target[] {
  const wijken = scope.wijken ?? [];
  const themes = scope.themes ?? [];
  return targets.filter(
    (t) =>
      (wijken.length === 0 || wijken.includes(t.wijk)) && (themes.length === 0 || themes.includes(t.theme)),
  );
}

/** Progress of the targets in scope as of a date, from `inputs` when the caller has read them already. */
export async function queryProgress(
  deps: ProgressDeps,
  query: { asOf: string; scope: ProgressScope },
  inputs?: ProgressInputs,
): Promise<ProgressResult> {
  const { measurements, revisions, evaluated } = inputs ?? (await readProgressInputs(deps.store));
  const targets = targetsInScope(deps.knowledge.targets, query.scope);
  // Progress evaluated for every target as of the same date is the same per target: filtered, not redone.
  const ids = new Set(targets.map((t) => t.id));
  const progress =
    evaluated?.asOf === query.asOf
      ? evaluated.progress.filter((p) => ids.has(p.targetId))
      : evaluateProgress(targets, measurements, revisions, query.asOf, deps.progress);
  return { asOf: query.asOf, targets, progress, measurements, revisions };
}
