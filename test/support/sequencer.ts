// The order files start in: the ones that take long by design first, so the rest runs beside them. Vitest
// puts the slowest first by its cache of earlier runs, but a clean clone (CI) has none, and there it would
// start the largest files first and might leave a sixty-second file for last.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first; every other file keeps vitest's own order after these. */
const LONG = [
  // Sixty seconds of a database outage under load.
  'test/store/database-outage.test.ts',
  // Every golden case again in seven transformations, one engine each.
  'test/engine/invariance.test.ts',
  // Chromium: every page scanned by axe on a laptop and a phone.
  'test/channels/web/web.browser.test.ts',
  // Processes started, killed and waited for.
  'test/digest/instances-kill.test.ts',
  'test/channels/cli/stop.test.ts',
  'test/store/readiness.test.ts',
  'test/digest/delivery.test.ts',
  'test/operations/instances.test.ts',
];

export default class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONG.indexOf(relative(f.project.config.root, f.moduleId).replaceAll('\\', '/'));
      return i === -1 ? LONG.length : i;
    };
    // Array.prototype.sort is stable: files not named keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
