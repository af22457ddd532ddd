// `charterbot audit ...`: export, prune and legal hold on the audit log, straight from the store.
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { csvOptions, protectCell } from '../../csv-cell.js';
import type { Language } from '../../engine/types.js';
import { AppError } from '../../errors.js';
import { exportIncompleteText } from '../../phrase/audit.js';
import type { Feedback, TimeRange } from '../../store/store.js';
import { withStore } from './with-store.js';

const COLUMNS = [
  'id',
  'at',
  'channel',
  'user',
  'thread',
  'question',
  'status',
  'language',
  'answer',
  'clauseIds',
  'knowledgeVersion',
  'legalHold',
  'feedback',
] as const;

/** Feedback in one cell: "not_helpful (wrong_figure); helpful". */
const feedbackCell = (feedback: Feedback[]) =>
  feedback.map((f) => (f.reason ? `${f.rating} (${f.reason})` : f.rating)).join('; ');

/** Writes the records in the range; returns how many, which equals the database's count for the range. */
export function exportAudit(
  opts: TimeRange & { format: 'csv' | 'jsonl'; excel?: boolean; language: Language },
  out: Writable,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  return withStore(env, async (store) => {
    const range = { since: opts.since, until: opts.until };
    const records = await store.listAudit(range);
    const feedback = new Map<string, Feedback[]>();
    for (const r of records) feedback.set(r.id, await store.listFeedback(r.id));
    if (opts.format === 'jsonl') {
      for (const r of records) out.write(`${JSON.stringify({ ...r, feedback: feedback.get(r.id) ?? [] })}\n`);
    } else {
      const rows = records.map((r) =>
        COLUMNS.map((c) =>
          c === 'clauseIds'
            ? r.clauseIds.join(' ')
            : c === 'feedback'
              ? feedbackCell(feedback.get(r.id) ?? [])
              : String(r[c] ?? ''),
        ),
      );
      // A cell a spreadsheet would read as a formula (also after leading spaces) gets a quote so it stays text.
      const safe = rows.map((row) => row.map(protectCell));
      out.write(stringify([[...COLUMNS], ...safe], csvOptions(opts.excel === true)));
    }
    const count = await store.countAudit(range);
    if (count !== records.length)
      throw new AppError('export_incomplete', exportIncompleteText(records.length, count, opts.language));
    return records.length;
  });
}

export function pruneAudit(
  olderThanDays: number | undefined,
  env: NodeJS.ProcessEnv,
): Promise<{ deleted: number; before: string }> {
  return withStore(env, async (store, config) => {
    const retentionDays = config.audit.retentionDays;
    const before = new Date(Date.now() - (olderThanDays ?? retentionDays) * 86_400_000).toISOString();
    return { deleted: await store.pruneAudit(before), before };
  });
}

export function holdAudit(ids: string[], hold: boolean, env: NodeJS.ProcessEnv): Promise<number> {
  return withStore(env, (store) => store.setLegalHold(ids, hold));
}
