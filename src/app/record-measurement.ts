// "record <wijk> <indicator> <year> <value> source <text>" from chat: one measured value, by an admin.
// Decides the outcome as data (usage, refused, invalid, recorded with the target's status now);
// src/phrase/record.ts words it for Slack and Teams alike.
import type { Knowledge } from '../charter/load.js';
import type { Target } from '../charter/schema.js';
import type { Language } from '../engine/types.js';
import type { Names } from '../measurements/names.js';
import { type FieldProblem, type RawMeasurement, validateMeasurement } from '../measurements/validate.js';
import { evaluateTarget } from '../progress/evaluate.js';
import type { ProgressOptions, TargetProgress } from '../progress/types.js';
import type { NewMeasurement, Store } from '../store/store.js';
import { currentYear, today } from '../time.js';

export type RecordOutcome =
  | { kind: 'usage'; lang: Language }
  | { kind: 'refused'; lang: Language }
  | { kind: 'invalid'; lang: Language; problems: FieldProblem[] }
  | {
      kind: 'recorded';
      lang: Language;
      target: Target;
      row: NewMeasurement;
      change: 'added' | 'changed' | 'unchanged';
      previous: { value: number; source: string } | null;
      progress: TargetProgress;
    };

export const RECORD_COMMAND = /^\s*record\b/i;

/** Splits "Zuilen Oost inbraak 2009 22,5 source Wijkenmonitor 2009" into its fields; null when it cannot. */
export function parseRecordCommand(
  text: string,
  names: Names,
): { raw: RawMeasurement; lang: Language } | null {
  const m = /^\s*record\s+(.+?)\s+(\d{4})\s+(\S+)\s+(source|bron)\s*:?\s+(.+)$/is.exec(text);
  if (!m) return null;
  const words = (m[1] ?? '').split(/\s+/);
  if (words.length < 2) return null;
  // The wijk is the longest leading run of words that names one ("Zuilen Oost", "Ondiep").
  let split = 1;
  for (let i = words.length - 1; i >= 1; i--) {
    if (names.wijk(words.slice(0, i).join(' '))) {
      split = i;
      break;
    }
  }
  return {
    lang: (m[4] ?? '').toLowerCase() === 'bron' ? 'nl' : 'en',
    raw: {
      wijk: words.slice(0, split).join(' '),
      indicator: words.slice(split).join(' '),
      year: m[2] ?? '',
      value: m[3] ?? '',
      source: m[5] ?? '',
      note: '',
    },
  };
}

export type RecordMeasurement = (
  text: string,
  who: { isAdmin: boolean; pseudonym: string | null },
) => Promise<RecordOutcome>;

export function createRecordMeasurement(deps: {
  knowledge: Knowledge;
  names: Names;
  store: Store;
  progress: ProgressOptions;
  now?: () => number;
}): RecordMeasurement {
  const now = deps.now ?? Date.now;
  return async (text, who) => {
    const parsed = parseRecordCommand(text, deps.names);
    const lang: Language = parsed?.lang ?? (/\bbron\b/i.test(text) ? 'nl' : 'en');
    // Refuse before looking at the values: a non-admin learns nothing about what would be stored.
    if (!who.isAdmin) return { kind: 'refused', lang };
    if (!parsed) return { kind: 'usage', lang };
    const v = validateMeasurement(parsed.raw, {
      knowledge: deps.knowledge,
      names: deps.names,
      currentYear: currentYear(now()),
    });
    if (!v.ok) return { kind: 'invalid', lang, problems: v.problems };
    const filter = { wijk: v.row.wijk, indicator: v.row.indicator };
    const before = (await deps.store.listMeasurements(filter)).find((x) => x.year === v.row.year) ?? null;
    const counts = await deps.store.saveMeasurements([v.row], who.pseudonym, new Date(now()).toISOString());
    const [measurements, revisions] = await Promise.all([
      deps.store.listMeasurements(filter),
      deps.store.listRevisions(),
    ]);
    const progress = evaluateTarget(
      v.target,
      measurements,
      revisions.filter((r) => r.wijk === v.row.wijk && r.indicator === v.row.indicator),
      today(now()),
      deps.progress,
    );
    return {
      kind: 'recorded',
      lang,
      target: v.target,
      row: v.row,
      change: counts.added ? 'added' : counts.changed ? 'changed' : 'unchanged',
      previous: before && counts.changed ? { value: before.value, source: before.source } : null,
      progress,
    };
  };
}
