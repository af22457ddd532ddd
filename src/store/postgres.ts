// The Store on PostgreSQL (pg), for several instances behind a load balancer. Whatever must hold across
// instances is decided by the database itself: unique keys and ON CONFLICT for claims, row locks and
// transaction-scoped advisory locks where a read decides a write, and a session advisory lock around
// migrations so instances starting together do not race. Nothing is coordinated in memory.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ThreadContext } from '../engine/types.js';
import type { ReplacedMeasurement } from '../progress/types.js';
import { type Migration, POSTGRES_MIGRATIONS } from './migrations.js';
import {
  type AuditRow,
  type MeasurementRow,
  type RevisionRow,
  type RunRow,
  type SubscriptionRow,
  sameMeasurement,
  sameRevision,
  toMeasurement,
  toRecord,
  toRevision,
  toRun,
  toSubscription,
} from './rows.js';
import type {
  AuditRecord,
  EventClaim,
  Feedback,
  MeasurementFilter,
  NewAuditRecord,
  SaveCounts,
  Store,
  TimeRange,
} from './store.js';
import { aroundEachMethod, damageLatch, type StoreEvents, StoreUnavailableError } from './store.js';

export type PostgresOptions = {
  /** Connections per instance. */
  poolSize?: number;
  /** Longest a statement may run before PostgreSQL cancels it. */
  statementTimeoutMs?: number;
} & StoreEvents;

/** Keys of the advisory locks (any fixed 64-bit numbers; named here so they are not reused by accident). */
const LOCK_MIGRATIONS = 7_411_001;
const LOCK_MEASUREMENTS = 7_411_002;

/**
 * Errors that mean "the database cannot be used right now", not "this request is wrong": why, in words, or null.
 * Unreachable: connection exceptions, operator intervention, timeouts. Not writable: a read-only transaction
 * (a standby, default_transaction_read_only), disk full and other insufficient resources, I/O errors, a role
 * that lost its privileges under the running instance.
 */
function unavailable(e: unknown): 'cannot be reached' | 'cannot be written' | null {
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  if (
    /^(08|57P)/.test(code) ||
    code === '57014' ||
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH'].includes(code) ||
    /timeout exceeded when trying to connect|Connection terminated|connection terminated|Client has encountered a connection error/i.test(
      err.message ?? '',
    )
  )
    return 'cannot be reached';
  if (/^(53|58)/.test(code) || code === '25006' || code === '42501') return 'cannot be written';
  return null;
}

/** Data corrupted (XX001) or an index corrupted (XX002): the database needs an operator, not a retry. */
const damaged = (e: unknown) => ['XX001', 'XX002'].includes((e as { code?: string }).code ?? '');

/**
 * PostgreSQL text cannot hold a NUL character, and the audit log keeps questions and answers verbatim:
 * those two columns escape backslash and NUL (reversibly), everything else is stored as it is.
 */
export const verbatim = {
  encode: (s: string) => (/[\\\0]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\0/g, '\\0') : s),
  decode: (s: string) => s.replace(/\\(\\|0)/g, (_, c: string) => (c === '0' ? '\0' : '\\')),
};
const fromAuditRow = (r: AuditRow) =>
  toRecord({ ...r, question: verbatim.decode(r.question), answer: verbatim.decode(r.answer) });

/** Brings the schema up to date under a session advisory lock: one instance migrates, the others wait. */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: Migration[] = POSTGRES_MIGRATIONS,
): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_MIGRATIONS]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const done = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          new Date().toISOString(),
        ]);
        await client.query('COMMIT');
        applied.push(m.version);
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_MIGRATIONS]).catch(() => undefined);
    client.release();
  }
}

export function createPool(url: string, options: PostgresOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    statement_timeout: options.statementTimeoutMs ?? 5000,
    // A store call waits at most this long for a connection: with the database gone, requests fail fast (503).
    connectionTimeoutMillis: 2000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection that dies (the server restarted) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  return pool;
}

/** Opens the pool, migrates under the advisory lock, and returns the Store. */
export async function createPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const pool = createPool(url, options);
  try {
    await migratePostgres(pool);
  } catch (e) {
    await pool.end().catch(() => undefined);
    const why = unavailable(e);
    if (why) throw new StoreUnavailableError(`the database ${why}: ${(e as Error).message}`);
    throw e;
  }
  let open = true;

  const q = async <R extends pg.QueryResultRow = Record<string, unknown>>(
    sql: string,
    params: unknown[] = [],
  ): Promise<pg.QueryResult<R>> => pool.query<R>(sql, params);

  /** One transaction on one connection; rolled back if `fn` throws. */
  async function tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  const where = (conditions: Array<[string, unknown]>) => {
    const present = conditions.filter(([, v]) => v !== undefined && v !== null && v !== '');
    return {
      sql: present.length ? `WHERE ${present.map(([c], i) => `${c} $${i + 1}`).join(' AND ')}` : '',
      params: present.map(([, v]) => v),
    };
  };
  const byRange = (r: TimeRange = {}) =>
    where([
      ['at >=', r.since],
      ['at <', r.until],
    ]);
  const byFilter = (f: MeasurementFilter = {}) =>
    where([
      ['wijk =', f.wijk],
      ['indicator =', f.indicator],
    ]);

  const store: Store = {
    async getThread(thread) {
      const r = await q<{ context: string }>('SELECT context FROM threads WHERE id = $1', [thread]);
      return r.rows[0] ? (JSON.parse(r.rows[0].context) as ThreadContext) : undefined;
    },
    async setThread(thread, context) {
      await q(
        'INSERT INTO threads (id, context, updated_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET context = EXCLUDED.context, updated_at = EXCLUDED.updated_at',
        [thread, JSON.stringify(context), new Date().toISOString()],
      );
    },
    async recordAnswer(record: NewAuditRecord) {
      const full: AuditRecord = {
        ...record,
        id: randomUUID(),
        at: record.at ?? new Date().toISOString(),
        legalHold: false,
        payload: record.payload ?? null,
      };
      await q(
        `INSERT INTO audit_log (id, at, channel, user_pseudonym, thread, question, status, language, answer, clause_ids, knowledge_version, payload)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          full.id,
          full.at,
          full.channel,
          full.user,
          full.thread,
          verbatim.encode(full.question),
          full.status,
          full.language,
          verbatim.encode(full.answer),
          JSON.stringify(full.clauseIds),
          full.knowledgeVersion,
          full.payload ? JSON.stringify(full.payload) : null,
        ],
      );
      return full;
    },
    async getAnswer(id) {
      const r = await q<AuditRow>('SELECT * FROM audit_log WHERE id = $1', [id]);
      return r.rows[0] ? fromAuditRow(r.rows[0]) : undefined;
    },
    async listAudit(range) {
      const w = byRange(range);
      return (await q<AuditRow>(`SELECT * FROM audit_log ${w.sql} ORDER BY at, id`, w.params)).rows.map(
        fromAuditRow,
      );
    },
    async countAudit(range) {
      const w = byRange(range);
      return Number(
        (await q<{ n: string }>(`SELECT count(*) AS n FROM audit_log ${w.sql}`, w.params)).rows[0]?.n,
      );
    },
    async pruneAudit(before) {
      return (await q('DELETE FROM audit_log WHERE at < $1 AND legal_hold = 0', [before])).rowCount ?? 0;
    },
    async setLegalHold(ids, hold) {
      if (ids.length === 0) return 0;
      return (
        (await q('UPDATE audit_log SET legal_hold = $1 WHERE id = ANY($2::text[])', [hold ? 1 : 0, ids]))
          .rowCount ?? 0
      );
    },
    async recordFeedback(f) {
      const r = await q(
        `INSERT INTO feedback (answer_id, rating, reason, user_pseudonym, at)
         SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM audit_log WHERE id = $1)`,
        [f.answerId, f.rating, f.reason, f.user, f.at],
      );
      return r.rowCount === 1;
    },
    async listFeedback(answerId) {
      const r = await q<{
        answer_id: string;
        rating: Feedback['rating'];
        reason: Feedback['reason'];
        user_pseudonym: string | null;
        at: string;
      }>('SELECT * FROM feedback WHERE answer_id = $1 ORDER BY at, seq', [answerId]);
      return r.rows.map((x) => ({
        answerId: x.answer_id,
        rating: x.rating,
        reason: x.reason,
        user: x.user_pseudonym,
        at: x.at,
      }));
    },
    async hasThread(thread) {
      return (await q('SELECT 1 FROM audit_log WHERE thread = $1 LIMIT 1', [thread])).rowCount === 1;
    },
    async claimEvent(key, staleAfterMs = 60_000, at = Date.now()) {
      const now = new Date(at);
      const stale = new Date(now.getTime() - staleAfterMs).toISOString();
      // One statement decides: a new key is inserted (fresh); a claim that never finished and is older than
      // `stale` is taken over (unknown); anything else returns no row (done, or being handled elsewhere).
      const r = await q<{ inserted: boolean }>(
        `INSERT INTO processed_events (key, status, claimed_at) VALUES ($1, 'processing', $2)
         ON CONFLICT (key) DO UPDATE SET status = 'processing', claimed_at = EXCLUDED.claimed_at
           WHERE processed_events.status = 'processing' AND processed_events.claimed_at <= $3
         RETURNING (xmax = 0) AS inserted`,
        [key, now.toISOString(), stale],
      );
      const row = r.rows[0];
      return (row ? (row.inserted ? 'fresh' : 'unknown') : false) satisfies EventClaim;
    },
    async touchEvent(key, at) {
      await q("UPDATE processed_events SET claimed_at = $1 WHERE key = $2 AND status = 'processing'", [
        at,
        key,
      ]);
    },
    async finishEvent(key) {
      await q("UPDATE processed_events SET status = 'done', finished_at = $1 WHERE key = $2", [
        new Date().toISOString(),
        key,
      ]);
    },
    async saveConversation(c) {
      const r = await q<{ inserted: boolean }>(
        `INSERT INTO conversations (key, platform, reference, installed_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (key) DO UPDATE SET reference = EXCLUDED.reference RETURNING (xmax = 0) AS inserted`,
        [c.key, c.platform, JSON.stringify(c.reference), c.installedAt],
      );
      return { isNew: r.rows[0]?.inserted === true };
    },
    async deleteConversation(key) {
      return (await q('DELETE FROM conversations WHERE key = $1', [key])).rowCount === 1;
    },
    async listConversations(platform) {
      const r = await q<{
        key: string;
        platform: 'slack' | 'teams';
        reference: string;
        installed_at: string;
      }>('SELECT * FROM conversations WHERE platform = $1 ORDER BY installed_at, key', [platform]);
      return r.rows.map((x) => ({
        key: x.key,
        platform: x.platform,
        reference: JSON.parse(x.reference),
        installedAt: x.installed_at,
      }));
    },
    async listMeasurements(filter) {
      const w = byFilter(filter);
      return (
        await q<MeasurementRow>(
          `SELECT * FROM measurements ${w.sql} ORDER BY wijk, indicator, year`,
          w.params,
        )
      ).rows.map(toMeasurement);
    },
    async measurementHistory(filter) {
      const w = byFilter(filter);
      const r = await q<MeasurementRow & { replaced_at: string; replaced_by: string | null }>(
        `SELECT * FROM measurement_history ${w.sql} ORDER BY wijk, indicator, year, id`,
        w.params,
      );
      return r.rows.map(
        (x): ReplacedMeasurement => ({
          ...toMeasurement(x),
          replacedAt: x.replaced_at,
          replacedBy: x.replaced_by,
        }),
      );
    },
    async saveMeasurements(rows, by, at) {
      return tx(async (c) => {
        // Imports from two instances at once are applied one after the other, so a correction always
        // moves the value it replaces into the history.
        await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_MEASUREMENTS]);
        const counts: SaveCounts = { added: 0, changed: 0, unchanged: 0 };
        for (const r of rows) {
          const current = (
            await c.query<MeasurementRow>(
              'SELECT * FROM measurements WHERE wijk = $1 AND indicator = $2 AND year = $3',
              [r.wijk, r.indicator, r.year],
            )
          ).rows[0];
          if (sameMeasurement(current, r)) {
            counts.unchanged += 1;
            continue;
          }
          if (current) {
            await c.query(
              `INSERT INTO measurement_history (wijk, indicator, year, value, unit, source, note, recorded_by, recorded_at, replaced_at, replaced_by)
               SELECT wijk, indicator, year, value, unit, source, note, recorded_by, recorded_at, $1, $2 FROM measurements
               WHERE wijk = $3 AND indicator = $4 AND year = $5`,
              [at, by, r.wijk, r.indicator, r.year],
            );
            counts.changed += 1;
          } else counts.added += 1;
          await c.query(
            `INSERT INTO measurements (wijk, indicator, year, value, unit, source, note, recorded_by, recorded_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (wijk, indicator, year) DO UPDATE SET value = EXCLUDED.value, unit = EXCLUDED.unit,
               source = EXCLUDED.source, note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by,
               recorded_at = EXCLUDED.recorded_at`,
            [r.wijk, r.indicator, r.year, r.value, r.unit, r.source, r.note ?? null, by, at],
          );
        }
        return counts;
      });
    },
    async listRevisions() {
      return (
        await q<RevisionRow>('SELECT * FROM target_revisions WHERE active = 1 ORDER BY wijk, indicator, year')
      ).rows.map(toRevision);
    },
    async saveRevisions(rows) {
      return tx(async (c) => {
        await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_MEASUREMENTS]);
        const counts: SaveCounts = { added: 0, changed: 0, unchanged: 0 };
        for (const r of rows) {
          const current = (
            await c.query<RevisionRow>(
              'SELECT * FROM target_revisions WHERE wijk = $1 AND indicator = $2 AND year = $3 AND active = 1',
              [r.wijk, r.indicator, r.year],
            )
          ).rows[0];
          if (sameRevision(current, r)) {
            counts.unchanged += 1;
            continue;
          }
          if (current) {
            await c.query(
              'UPDATE target_revisions SET active = 0 WHERE wijk = $1 AND indicator = $2 AND year = $3 AND active = 1',
              [r.wijk, r.indicator, r.year],
            );
            counts.changed += 1;
          } else counts.added += 1;
          await c.query(
            `INSERT INTO target_revisions (wijk, indicator, year, value, source, basis_year, basis_value, recorded_by, recorded_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [
              r.wijk,
              r.indicator,
              r.year,
              r.value,
              r.source,
              r.basis?.year ?? null,
              r.basis?.value ?? null,
              r.recordedBy,
              r.recordedAt,
            ],
          );
        }
        return counts;
      });
    },
    async saveSubscription(sub) {
      // The first subscription of a conversation keeps its id and creation time; a second one changes it.
      const r = await q<SubscriptionRow & { inserted: boolean }>(
        `INSERT INTO subscriptions (id, platform, conversation, team, scope, weekday, time, zone, holidays, language,
           heartbeat, alerts, owners, active, paused_reason, subscriber, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
         ON CONFLICT (platform, conversation) DO UPDATE SET team = EXCLUDED.team, scope = EXCLUDED.scope,
           weekday = EXCLUDED.weekday, time = EXCLUDED.time, zone = EXCLUDED.zone, holidays = EXCLUDED.holidays,
           language = EXCLUDED.language, heartbeat = EXCLUDED.heartbeat, alerts = EXCLUDED.alerts,
           owners = EXCLUDED.owners, active = EXCLUDED.active, paused_reason = EXCLUDED.paused_reason,
           subscriber = EXCLUDED.subscriber, updated_at = EXCLUDED.updated_at
         RETURNING *, (xmax = 0) AS inserted`,
        [
          sub.id,
          sub.platform,
          sub.conversation,
          sub.team,
          JSON.stringify(sub.scope),
          sub.schedule.weekday,
          sub.schedule.time,
          sub.schedule.zone,
          sub.schedule.holidays ? 1 : 0,
          sub.language,
          sub.heartbeat ? 1 : 0,
          sub.alerts ? 1 : 0,
          JSON.stringify(sub.owners),
          sub.active ? 1 : 0,
          sub.pausedReason,
          sub.subscriber,
          sub.createdAt,
          sub.updatedAt,
        ],
      );
      const row = r.rows[0] as SubscriptionRow & { inserted: boolean };
      return { isNew: row.inserted, subscription: toSubscription(row) };
    },
    async getSubscription(id) {
      const r = await q<SubscriptionRow>('SELECT * FROM subscriptions WHERE id = $1', [id]);
      return r.rows[0] ? toSubscription(r.rows[0]) : undefined;
    },
    async findSubscription(platform, conversation) {
      const r = await q<SubscriptionRow>(
        'SELECT * FROM subscriptions WHERE platform = $1 AND conversation = $2',
        [platform, conversation],
      );
      return r.rows[0] ? toSubscription(r.rows[0]) : undefined;
    },
    async listSubscriptions(filter = {}) {
      const w = where([['active =', filter.active === undefined ? undefined : filter.active ? 1 : 0]]);
      return (
        await q<SubscriptionRow>(`SELECT * FROM subscriptions ${w.sql} ORDER BY created_at, id`, w.params)
      ).rows.map(toSubscription);
    },
    async deleteSubscription(id) {
      return (await q('DELETE FROM subscriptions WHERE id = $1', [id])).rowCount === 1;
    },
    async pauseSubscription(id, reason) {
      const r = await q(
        'UPDATE subscriptions SET active = 0, paused_reason = $1, updated_at = $2 WHERE id = $3 AND active = 1',
        [reason, new Date().toISOString(), id],
      );
      return r.rowCount === 1;
    },
    async claimDigestRun(subscriptionId, period, at) {
      const r = await q(
        "INSERT INTO digest_runs (subscription_id, period_key, status, attempts, claimed_at) VALUES ($1, $2, 'claimed', 0, $3) ON CONFLICT DO NOTHING",
        [subscriptionId, period, at],
      );
      return r.rowCount === 1;
    },
    async finishDigestRun(subscriptionId, period, o) {
      await q(
        `UPDATE digest_runs SET status = $1, attempts = $2, posted_at = $3, message_ref = $4, error = $5, snapshot = $6
         WHERE subscription_id = $7 AND period_key = $8`,
        [
          o.status,
          o.attempts,
          o.postedAt,
          o.messageRef,
          o.error,
          o.snapshot ? JSON.stringify(o.snapshot) : null,
          subscriptionId,
          period,
        ],
      );
    },
    async reclaimDigestRuns(claimedBefore, at) {
      // Rows another instance is taking over right now are skipped, not waited for: each goes to one taker.
      const r = await q<{ subscription_id: string; period_key: string; previous: string }>(
        `WITH stale AS (
           SELECT subscription_id, period_key, claimed_at FROM digest_runs
           WHERE status = 'claimed' AND claimed_at < $1 ORDER BY claimed_at FOR UPDATE SKIP LOCKED)
         UPDATE digest_runs d SET claimed_at = $2 FROM stale
         WHERE d.subscription_id = stale.subscription_id AND d.period_key = stale.period_key
         RETURNING d.subscription_id, d.period_key, stale.claimed_at AS previous`,
        [claimedBefore, at],
      );
      return r.rows.map((x) => ({
        subscriptionId: x.subscription_id,
        period: x.period_key,
        claimedAt: x.previous,
      }));
    },
    async listDigestRuns(subscriptionId) {
      return (
        await q<RunRow>('SELECT * FROM digest_runs WHERE subscription_id = $1 ORDER BY period_key DESC', [
          subscriptionId,
        ])
      ).rows.map(toRun);
    },
    async moveAlertState(subscriptionId, targetId, status, at) {
      return tx(async (c) => {
        const inserted = await c.query(
          'INSERT INTO alert_state (subscription_id, target_id, status, changed_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
          [subscriptionId, targetId, status, at],
        );
        if (inserted.rowCount === 1) return null;
        // The row is locked while it is read and changed: of two instances, one reports the change.
        const current = (
          await c.query<{ status: string }>(
            'SELECT status FROM alert_state WHERE subscription_id = $1 AND target_id = $2 FOR UPDATE',
            [subscriptionId, targetId],
          )
        ).rows[0];
        if (!current || current.status === status) return null;
        await c.query(
          'UPDATE alert_state SET status = $1, changed_at = $2 WHERE subscription_id = $3 AND target_id = $4',
          [status, at, subscriptionId, targetId],
        );
        return current.status as typeof status;
      });
    },
    async claimReminder(subscriptionId, owner, period, max, at) {
      if (max <= 0) return false;
      const r = await q(
        `INSERT INTO reminders (subscription_id, owner, period_key, sent, last_sent_at) VALUES ($1, $2, $3, 1, $4)
         ON CONFLICT (subscription_id, owner, period_key) DO UPDATE SET sent = reminders.sent + 1, last_sent_at = EXCLUDED.last_sent_at
           WHERE reminders.sent < $5`,
        [subscriptionId, owner, period, at, max],
      );
      return r.rowCount === 1;
    },
    async ping() {
      if (!open) throw new StoreUnavailableError('the store is closed');
      latch.check();
      // Readiness means answers can be recorded: an audit record written and rolled back (a read-only or
      // damaged database shows here), then a committed write.
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO audit_log (id, at, channel, user_pseudonym, thread, question, status, language, answer, clause_ids, knowledge_version)
           VALUES ('readiness-probe', $1, 'cli', NULL, NULL, '', 'answered', 'en', '', '[]', '')`,
          [new Date().toISOString()],
        );
      } finally {
        await client.query('ROLLBACK').catch(() => undefined);
        client.release();
      }
      await q(
        'INSERT INTO health (id, checked_at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET checked_at = EXCLUDED.checked_at',
        [new Date().toISOString()],
      );
    },
    async close() {
      if (!open) return;
      open = false;
      await pool.end();
    },
  };
  const latch = damageLatch(
    (detail) =>
      `the database is damaged (${detail}): restore it from a backup (see PostgreSQL's documentation on corruption), then restart`,
    options.onDamaged,
  );
  return reportingUnavailable(store, () => open, latch, options.onError);
}

/**
 * Every store call, with database outages turned into StoreUnavailableError (answered 503, readiness fails)
 * and counted; the pool reconnects by itself once the database is back.
 */
function reportingUnavailable(
  store: Store,
  isOpen: () => boolean,
  latch: ReturnType<typeof damageLatch>,
  onError: PostgresOptions['onError'],
): Store {
  return aroundEachMethod(store, ['close'], async (name, call) => {
    if (!isOpen()) throw new StoreUnavailableError('the store is closed');
    try {
      return await call();
    } catch (e) {
      if (e instanceof StoreUnavailableError) throw e;
      const count = (kind: 'unavailable' | 'damaged' | 'failed') => {
        if (name !== 'ping') onError?.(kind);
      };
      if (damaged(e)) {
        count('damaged');
        throw latch.mark((e as Error).message);
      }
      const why = unavailable(e);
      if (why) {
        count('unavailable');
        throw new StoreUnavailableError(`the database ${why}: ${(e as Error).message}`);
      }
      count('failed');
      throw e;
    }
  });
}
