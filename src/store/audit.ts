// Port: the audit log (every answer on every channel, verbatim, with legal hold) and feedback on answers.
import { randomUUID } from 'node:crypto';
import type { Selectable } from '#kysely';
import type { Db, Dialect } from './dialect.js';
import { flag, fromJson, iso, toJson } from './rows.js';
import type { Tables } from './schema.js';
import type { AuditRecord, NewAuditRecord, Store, TimeRange } from './store.js';

export type AuditPort = Pick<
  Store,
  | 'recordAnswer'
  | 'getAnswer'
  | 'listAudit'
  | 'countAudit'
  | 'pruneAudit'
  | 'setLegalHold'
  | 'recordFeedback'
  | 'listFeedback'
  | 'hasThread'
>;

/** A new record as it is stored: its id and time given here. */
export function newRecord(record: NewAuditRecord): AuditRecord {
  return {
    ...record,
    id: randomUUID(),
    at: record.at ?? new Date().toISOString(),
    legalHold: false,
    payload: record.payload ?? null,
  };
}

/** The insert recordAnswer runs, on its own or inside a caller's transaction (and the readiness probe). */
export async function insertRecord(db: Db, dialect: Dialect, full: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: full.id,
      at: full.at,
      channel: full.channel,
      user_pseudonym: full.user,
      thread: full.thread,
      question: dialect.verbatim.encode(full.question),
      status: full.status,
      language: full.language,
      answer: dialect.verbatim.encode(full.answer),
      clause_ids: toJson(full.clauseIds),
      knowledge_version: full.knowledgeVersion,
      payload: full.payload ? toJson(full.payload) : null,
    })
    .execute();
}

export function auditPort(db: Db, dialect: Dialect): AuditPort {
  const toRecord = (r: Selectable<Tables['audit_log']>): AuditRecord => ({
    id: r.id,
    at: iso(r.at),
    channel: r.channel,
    user: r.user_pseudonym,
    thread: r.thread,
    question: dialect.verbatim.decode(r.question),
    status: r.status,
    language: r.language,
    answer: dialect.verbatim.decode(r.answer),
    clauseIds: fromJson<string[]>(r.clause_ids),
    knowledgeVersion: r.knowledge_version,
    legalHold: flag(r.legal_hold),
    payload: r.payload === null ? null : fromJson<AuditRecord['payload']>(r.payload),
  });
  const inRange = (range: TimeRange = {}) => {
    let q = db.selectFrom('audit_log');
    if (range.since) q = q.where('at', '>=', range.since);
    if (range.until) q = q.where('at', '<', range.until);
    return q;
  };
  return {
    async recordAnswer(record) {
      const full = newRecord(record);
      await dialect.write(db, (trx) => insertRecord(trx, dialect, full));
      return full;
    },
    async getAnswer(id) {
      const row = await db.selectFrom('audit_log').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },
    async listAudit(range) {
      return (await inRange(range).selectAll().orderBy('at').orderBy('id').execute()).map(toRecord);
    },
    async countAudit(range) {
      const row = await inRange(range)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async pruneAudit(before) {
      const r = await dialect.write(db, (trx) =>
        trx
          .deleteFrom('audit_log')
          .where('at', '<', before)
          .where('legal_hold', '=', false)
          .executeTakeFirst(),
      );
      return Number(r.numDeletedRows);
    },
    async setLegalHold(ids, hold) {
      if (ids.length === 0) return 0;
      const r = await dialect.write(db, (trx) =>
        trx.updateTable('audit_log').set({ legal_hold: hold }).where('id', 'in', ids).executeTakeFirst(),
      );
      return Number(r.numUpdatedRows);
    },
    async recordFeedback(f) {
      return dialect.write(db, async (trx) => {
        const answer = await trx
          .selectFrom('audit_log')
          .select('id')
          .where('id', '=', f.answerId)
          .executeTakeFirst();
        if (!answer) return false;
        await trx
          .insertInto('feedback')
          .values({
            answer_id: f.answerId,
            rating: f.rating,
            reason: f.reason,
            user_pseudonym: f.user,
            at: f.at,
          })
          .execute();
        return true;
      });
    },
    async listFeedback(answerId) {
      const rows = await db
        .selectFrom('feedback')
        .selectAll()
        .where('answer_id', '=', answerId)
        .orderBy('at')
        .orderBy(dialect.feedbackOrder)
        .execute();
      return rows.map((r) => ({
        answerId: r.answer_id,
        rating: r.rating,
        reason: r.reason,
        user: r.user_pseudonym,
        at: iso(r.at),
      }));
    },
    async hasThread(thread) {
      const row = await db
        .selectFrom('audit_log')
        .select('id')
        .where('thread', '=', thread)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
