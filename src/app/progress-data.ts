// The measurements and revisions every answer is given, read from the store. Cached for a second: a value
// recorded anywhere (another instance, the CLI) is used in answers within seconds, and a burst of questions
// costs one read.
import type { ProgressData } from '../engine/types.js';
import type { ProgressOptions } from '../progress/types.js';
import type { Store } from '../store/store.js';
import { today } from '../time.js';
import { readProgressInputs } from './progress-query.js';

export type ProgressSource = () => Promise<ProgressData>;

export function createProgressSource(
  store: Pick<Store, 'listMeasurements' | 'listRevisions'>,
  options: ProgressOptions,
  settings: { ttlMs?: number; now?: () => number } = {},
): ProgressSource {
  const ttl = settings.ttlMs ?? 1000;
  const now = settings.now ?? Date.now;
  let cached: { at: number; data: Promise<ProgressData> } | null = null;
  return () => {
    const t = now();
    if (!cached || t - cached.at >= ttl) {
      // The engine evaluates the targets a question names itself: it is given the inputs, not a query.
      const data = readProgressInputs(store).then(({ measurements, revisions }) => ({
        measurements,
        revisions,
        asOf: today(t),
        options,
      }));
      // A failed read is not cached: the next question tries again.
      data.catch(() => {
        cached = null;
      });
      cached = { at: t, data };
    }
    return cached.data;
  };
}
