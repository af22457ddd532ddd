// The embedded Store: one SQLite file (better-sqlite3 12), WAL mode, migrations at start-up,
// every write in a transaction.
import { randomUUID } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ThreadContext } from '../engine/types.js';
import type { ReplacedMeasurement } from '../progress/types.js';
import { type Migration, SQLITE_MIGRATIONS } from './migrations.js';
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
  Feedback,
  MeasurementFilter,
  NewAuditRecord,
  SaveCounts,
  Store,
  TimeRange,
} from './store.js';
import {
  aroundEachMethod,
  damageLatch,
  type EventClaim,
  type StoreEvents,
  StoreUnavailableError,
} from './store.js';

function migrate(db: Database.Database, migrations: Migration[]): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map(
      (r) => r.version,
    ),
  );
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
  }
}

const filterWhere = (f: MeasurementFilter = {}) => {
  const clauses: string[] = [];
  const params: string[] = [];
  if (f.wijk) {
    clauses.push('wijk = ?');
    params.push(f.wijk);
  }
  if (f.indicator) {
    clauses.push('indicator = ?');
    params.push(f.indicator);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
};

const rangeWhere = (range: TimeRange = {}) => {
  const clauses: string[] = [];
  const params: string[] = [];
  if (range.since) {
    clauses.push('at >= ?');
    params.push(range.since);
  }
  if (range.until) {
    clauses.push('at < ?');
    params.push(range.until);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
};

/** Opens (creating folder and file as needed) and migrates the database. ":memory:" works for tests. */
export function createSqliteStore(file: string, events: StoreEvents = {}): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const damagedMessage = (detail: string) =>
    `the database ${file} is damaged (${detail}): restore it from a backup, or move it aside to start with an empty one`;
  const damaged = (detail: string) => new StoreUnavailableError(damagedMessage(detail));
  let db: Database.Database;
  try {
    db = new Database(file);
    // A damaged file is refused at start, not discovered by the first answer that cannot be recorded.
    const check = db.pragma('quick_check') as Array<{ quick_check: string }>;
    if (check[0]?.quick_check !== 'ok')
      throw damaged(
        check
          .map((c) => c.quick_check)
          .slice(0, 2)
          .join('; '),
      );
  } catch (e) {
    if (e instanceof StoreUnavailableError) throw e;
    throw damaged((e as Error).message);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Another process holding the lock must not freeze this one: the synchronous driver waits at most this
  // long per statement, and `guarded` waits between tries without blocking the event loop.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  migrate(db, SQLITE_MIGRATIONS);
  // The file this store writes: if it is deleted or replaced while running, writes would vanish on restart.
  const identity = file === ':memory:' ? null : statSync(file);
  const sameFile = () => {
    if (!identity) return;
    let now: ReturnType<typeof statSync> | undefined;
    try {
      now = statSync(file);
    } catch {
      now = undefined;
    }
    if (!now || now.ino !== identity.ino || now.dev !== identity.dev)
      throw new StoreUnavailableError(`the database file ${file} was deleted or replaced while running`);
  };

  const getThread = db.prepare<[string], { context: string }>('SELECT context FROM threads WHERE id = ?');
  const setThread = db.prepare(
    'INSERT INTO threads (id, context, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET context = excluded.context, updated_at = excluded.updated_at',
  );
  const insertAudit = db.prepare(
    `INSERT INTO audit_log (id, at, channel, user_pseudonym, thread, question, status, language, answer, clause_ids, knowledge_version, payload)
     VALUES (@id, @at, @channel, @user, @thread, @question, @status, @language, @answer, @clauseIds, @knowledgeVersion, @payload)`,
  );
  const getAudit = db.prepare<[string], AuditRow>('SELECT * FROM audit_log WHERE id = ?');
  const insertFeedback = db.prepare(
    'INSERT INTO feedback (answer_id, rating, reason, user_pseudonym, at) VALUES (?, ?, ?, ?, ?)',
  );
  const listFeedback = db.prepare<
    [string],
    {
      answer_id: string;
      rating: Feedback['rating'];
      reason: Feedback['reason'];
      user_pseudonym: string | null;
      at: string;
    }
  >('SELECT * FROM feedback WHERE answer_id = ? ORDER BY at, rowid');

  const getMeasurement = db.prepare<[string, string, number], MeasurementRow>(
    'SELECT * FROM measurements WHERE wijk = ? AND indicator = ? AND year = ?',
  );
  const upsertMeasurement = db.prepare(
    `INSERT INTO measurements (wijk, indicator, year, value, unit, source, note, recorded_by, recorded_at)
     VALUES (@wijk, @indicator, @year, @value, @unit, @source, @note, @recordedBy, @recordedAt)
     ON CONFLICT (wijk, indicator, year) DO UPDATE SET value = excluded.value, unit = excluded.unit,
       source = excluded.source, note = excluded.note, recorded_by = excluded.recorded_by,
       recorded_at = excluded.recorded_at`,
  );
  const keepHistory = db.prepare(
    `INSERT INTO measurement_history (wijk, indicator, year, value, unit, source, note, recorded_by, recorded_at, replaced_at, replaced_by)
     SELECT wijk, indicator, year, value, unit, source, note, recorded_by, recorded_at, ?, ? FROM measurements
     WHERE wijk = ? AND indicator = ? AND year = ?`,
  );
  const getRevision = db.prepare<[string, string, number], RevisionRow>(
    'SELECT * FROM target_revisions WHERE wijk = ? AND indicator = ? AND year = ? AND active = 1',
  );

  // The probe readiness runs: an audit record written and rolled back, so a damaged or read-only audit log
  // shows before an answer cannot be recorded.
  const probeAudit = () => {
    db.exec('BEGIN');
    try {
      insertAudit.run({
        id: 'readiness-probe',
        at: new Date().toISOString(),
        channel: 'cli',
        user: null,
        thread: null,
        question: '',
        status: 'answered',
        language: 'en',
        answer: '',
        clauseIds: '[]',
        knowledgeVersion: '',
        payload: null,
      });
    } finally {
      db.exec('ROLLBACK');
    }
  };

  let open = true;
  const latch = damageLatch(damagedMessage, events.onDamaged);
  return guarded(file, latch, events.onError, {
    async getThread(thread) {
      const row = getThread.get(thread);
      return row ? (JSON.parse(row.context) as ThreadContext) : undefined;
    },
    async setThread(thread, context) {
      db.transaction(() => setThread.run(thread, JSON.stringify(context), new Date().toISOString()))();
    },
    async recordAnswer(record: NewAuditRecord) {
      sameFile();
      const full: AuditRecord = {
        ...record,
        id: randomUUID(),
        at: record.at ?? new Date().toISOString(),
        legalHold: false,
        payload: record.payload ?? null,
      };
      db.transaction(() =>
        insertAudit.run({
          ...full,
          clauseIds: JSON.stringify(full.clauseIds),
          payload: full.payload ? JSON.stringify(full.payload) : null,
        }),
      )();
      return full;
    },
    async getAnswer(id) {
      const row = getAudit.get(id);
      return row ? toRecord(row) : undefined;
    },
    async listAudit(range) {
      const { where, params } = rangeWhere(range);
      return (
        db.prepare(`SELECT * FROM audit_log ${where} ORDER BY at, id`).all(...params) as AuditRow[]
      ).map(toRecord);
    },
    async countAudit(range) {
      const { where, params } = rangeWhere(range);
      return (db.prepare(`SELECT count(*) AS n FROM audit_log ${where}`).get(...params) as { n: number }).n;
    },
    async pruneAudit(before) {
      return db.transaction(
        () => db.prepare('DELETE FROM audit_log WHERE at < ? AND legal_hold = 0').run(before).changes,
      )();
    },
    async setLegalHold(ids, hold) {
      const stmt = db.prepare('UPDATE audit_log SET legal_hold = ? WHERE id = ?');
      return db.transaction(() => ids.reduce((n, id) => n + stmt.run(hold ? 1 : 0, id).changes, 0))();
    },
    async recordFeedback(f) {
      return db.transaction(() => {
        if (!getAudit.get(f.answerId)) return false;
        insertFeedback.run(f.answerId, f.rating, f.reason, f.user, f.at);
        return true;
      })();
    },
    async listFeedback(answerId) {
      return listFeedback.all(answerId).map((r) => ({
        answerId: r.answer_id,
        rating: r.rating,
        reason: r.reason,
        user: r.user_pseudonym,
        at: r.at,
      }));
    },
    async hasThread(thread) {
      return db.prepare('SELECT 1 FROM audit_log WHERE thread = ? LIMIT 1').get(thread) !== undefined;
    },
    async claimEvent(key, staleAfterMs = 60_000, at = Date.now()) {
      const now = new Date(at);
      const stale = new Date(now.getTime() - staleAfterMs).toISOString();
      return db
        .transaction((): EventClaim => {
          const row = db.prepare('SELECT status, claimed_at FROM processed_events WHERE key = ?').get(key) as
            | { status: string; claimed_at: string }
            | undefined;
          if (row && (row.status === 'done' || row.claimed_at > stale)) return false;
          db.prepare(
            "INSERT INTO processed_events (key, status, claimed_at) VALUES (?, 'processing', ?) ON CONFLICT (key) DO UPDATE SET status = 'processing', claimed_at = excluded.claimed_at",
          ).run(key, now.toISOString());
          return row ? 'unknown' : 'fresh';
        })
        .immediate();
    },
    async touchEvent(key, at) {
      db.transaction(() =>
        db
          .prepare("UPDATE processed_events SET claimed_at = ? WHERE key = ? AND status = 'processing'")
          .run(at, key),
      )();
    },
    async finishEvent(key) {
      db.transaction(() =>
        db
          .prepare("UPDATE processed_events SET status = 'done', finished_at = ? WHERE key = ?")
          .run(new Date().toISOString(), key),
      )();
    },
    async saveConversation(c) {
      return db.transaction(() => {
        const existed = db.prepare('SELECT 1 FROM conversations WHERE key = ?').get(c.key) !== undefined;
        db.prepare(
          'INSERT INTO conversations (key, platform, reference, installed_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET reference = excluded.reference',
        ).run(c.key, c.platform, JSON.stringify(c.reference), c.installedAt);
        return { isNew: !existed };
      })();
    },
    async deleteConversation(key) {
      return db.transaction(
        () => db.prepare('DELETE FROM conversations WHERE key = ?').run(key).changes > 0,
      )();
    },
    async listConversations(platform) {
      const rows = db
        .prepare('SELECT * FROM conversations WHERE platform = ? ORDER BY installed_at, key')
        .all(platform) as Array<{
        key: string;
        platform: 'slack' | 'teams';
        reference: string;
        installed_at: string;
      }>;
      return rows.map((r) => ({
        key: r.key,
        platform: r.platform,
        reference: JSON.parse(r.reference),
        installedAt: r.installed_at,
      }));
    },
    async listMeasurements(filter) {
      const { where, params } = filterWhere(filter);
      return (
        db
          .prepare(`SELECT * FROM measurements ${where} ORDER BY wijk, indicator, year`)
          .all(...params) as MeasurementRow[]
      ).map(toMeasurement);
    },
    async measurementHistory(filter) {
      const { where, params } = filterWhere(filter);
      const rows = db
        .prepare(`SELECT * FROM measurement_history ${where} ORDER BY wijk, indicator, year, id`)
        .all(...params) as Array<MeasurementRow & { replaced_at: string; replaced_by: string | null }>;
      return rows.map(
        (r): ReplacedMeasurement => ({
          ...toMeasurement(r),
          replacedAt: r.replaced_at,
          replacedBy: r.replaced_by,
        }),
      );
    },
    async saveMeasurements(rows, by, at) {
      return db
        .transaction((): SaveCounts => {
          const counts: SaveCounts = { added: 0, changed: 0, unchanged: 0 };
          for (const r of rows) {
            const current = getMeasurement.get(r.wijk, r.indicator, r.year);
            if (sameMeasurement(current, r)) {
              counts.unchanged += 1;
              continue;
            }
            if (current) {
              keepHistory.run(at, by, r.wijk, r.indicator, r.year);
              counts.changed += 1;
            } else counts.added += 1;
            upsertMeasurement.run({ ...r, note: r.note ?? null, recordedBy: by, recordedAt: at });
          }
          return counts;
        })
        .immediate();
    },
    async listRevisions() {
      return (
        db
          .prepare('SELECT * FROM target_revisions WHERE active = 1 ORDER BY wijk, indicator, year')
          .all() as RevisionRow[]
      ).map(toRevision);
    },
    async saveRevisions(rows) {
      return db
        .transaction((): SaveCounts => {
          const counts: SaveCounts = { added: 0, changed: 0, unchanged: 0 };
          for (const r of rows) {
            const current = getRevision.get(r.wijk, r.indicator, r.year);
            if (sameRevision(current, r)) {
              counts.unchanged += 1;
              continue;
            }
            if (current) {
              db.prepare(
                'UPDATE target_revisions SET active = 0 WHERE wijk = ? AND indicator = ? AND year = ? AND active = 1',
              ).run(r.wijk, r.indicator, r.year);
              counts.changed += 1;
            } else counts.added += 1;
            db.prepare(
              `INSERT INTO target_revisions (wijk, indicator, year, value, source, basis_year, basis_value, recorded_by, recorded_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            ).run(
              r.wijk,
              r.indicator,
              r.year,
              r.value,
              r.source,
              r.basis?.year ?? null,
              r.basis?.value ?? null,
              r.recordedBy,
              r.recordedAt,
            );
          }
          return counts;
        })
        .immediate();
    },
    async saveSubscription(sub) {
      return db
        .transaction(() => {
          const existing = db
            .prepare('SELECT * FROM subscriptions WHERE platform = ? AND conversation = ?')
            .get(sub.platform, sub.conversation) as SubscriptionRow | undefined;
          const row = {
            ...sub,
            id: existing?.id ?? sub.id,
            createdAt: existing?.created_at ?? sub.createdAt,
            scope: JSON.stringify(sub.scope),
            owners: JSON.stringify(sub.owners),
            weekday: sub.schedule.weekday,
            time: sub.schedule.time,
            zone: sub.schedule.zone,
            holidays: sub.schedule.holidays ? 1 : 0,
            heartbeat: sub.heartbeat ? 1 : 0,
            alerts: sub.alerts ? 1 : 0,
            active: sub.active ? 1 : 0,
          };
          db.prepare(
            `INSERT INTO subscriptions (id, platform, conversation, team, scope, weekday, time, zone, holidays, language,
               heartbeat, alerts, owners, active, paused_reason, subscriber, created_at, updated_at)
             VALUES (@id, @platform, @conversation, @team, @scope, @weekday, @time, @zone, @holidays, @language,
               @heartbeat, @alerts, @owners, @active, @pausedReason, @subscriber, @createdAt, @updatedAt)
             ON CONFLICT (platform, conversation) DO UPDATE SET team = excluded.team, scope = excluded.scope,
               weekday = excluded.weekday, time = excluded.time, zone = excluded.zone, holidays = excluded.holidays,
               language = excluded.language, heartbeat = excluded.heartbeat, alerts = excluded.alerts,
               owners = excluded.owners, active = excluded.active, paused_reason = excluded.paused_reason,
               subscriber = excluded.subscriber, updated_at = excluded.updated_at`,
          ).run(row);
          const saved = db.prepare('SELECT * FROM subscriptions WHERE id = ?').get(row.id) as SubscriptionRow;
          return { isNew: !existing, subscription: toSubscription(saved) };
        })
        .immediate();
    },
    async getSubscription(id) {
      const row = db.prepare('SELECT * FROM subscriptions WHERE id = ?').get(id) as
        | SubscriptionRow
        | undefined;
      return row ? toSubscription(row) : undefined;
    },
    async findSubscription(platform, conversation) {
      const row = db
        .prepare('SELECT * FROM subscriptions WHERE platform = ? AND conversation = ?')
        .get(platform, conversation) as SubscriptionRow | undefined;
      return row ? toSubscription(row) : undefined;
    },
    async listSubscriptions(filter = {}) {
      const where = filter.active === undefined ? '' : `WHERE active = ${filter.active ? 1 : 0}`;
      return (
        db.prepare(`SELECT * FROM subscriptions ${where} ORDER BY created_at, id`).all() as SubscriptionRow[]
      ).map(toSubscription);
    },
    async deleteSubscription(id) {
      return db.transaction(() => db.prepare('DELETE FROM subscriptions WHERE id = ?').run(id).changes > 0)();
    },
    async pauseSubscription(id, reason) {
      return db.transaction(
        () =>
          db
            .prepare(
              'UPDATE subscriptions SET active = 0, paused_reason = ?, updated_at = ? WHERE id = ? AND active = 1',
            )
            .run(reason, new Date().toISOString(), id).changes > 0,
      )();
    },
    async claimDigestRun(subscriptionId, period, at) {
      return db.transaction(
        () =>
          db
            .prepare(
              "INSERT INTO digest_runs (subscription_id, period_key, status, attempts, claimed_at) VALUES (?, ?, 'claimed', 0, ?) ON CONFLICT DO NOTHING",
            )
            .run(subscriptionId, period, at).changes === 1,
      )();
    },
    async finishDigestRun(subscriptionId, period, o) {
      db.transaction(() =>
        db
          .prepare(
            `UPDATE digest_runs SET status = ?, attempts = ?, posted_at = ?, message_ref = ?, error = ?, snapshot = ?
             WHERE subscription_id = ? AND period_key = ?`,
          )
          .run(
            o.status,
            o.attempts,
            o.postedAt,
            o.messageRef,
            o.error,
            o.snapshot ? JSON.stringify(o.snapshot) : null,
            subscriptionId,
            period,
          ),
      )();
    },
    async reclaimDigestRuns(claimedBefore, at) {
      return db
        .transaction(() => {
          const stale = db
            .prepare(
              "SELECT subscription_id, period_key, claimed_at FROM digest_runs WHERE status = 'claimed' AND claimed_at < ? ORDER BY claimed_at",
            )
            .all(claimedBefore) as Array<{ subscription_id: string; period_key: string; claimed_at: string }>;
          const take = db.prepare(
            "UPDATE digest_runs SET claimed_at = ? WHERE subscription_id = ? AND period_key = ? AND status = 'claimed' AND claimed_at = ?",
          );
          return stale
            .filter((r) => take.run(at, r.subscription_id, r.period_key, r.claimed_at).changes === 1)
            .map((r) => ({
              subscriptionId: r.subscription_id,
              period: r.period_key,
              claimedAt: r.claimed_at,
            }));
        })
        .immediate();
    },
    async listDigestRuns(subscriptionId) {
      return (
        db
          .prepare('SELECT * FROM digest_runs WHERE subscription_id = ? ORDER BY period_key DESC')
          .all(subscriptionId) as RunRow[]
      ).map(toRun);
    },
    async moveAlertState(subscriptionId, targetId, status, at) {
      return db
        .transaction(() => {
          const row = db
            .prepare('SELECT status FROM alert_state WHERE subscription_id = ? AND target_id = ?')
            .get(subscriptionId, targetId) as { status: string } | undefined;
          if (!row) {
            db.prepare(
              'INSERT INTO alert_state (subscription_id, target_id, status, changed_at) VALUES (?, ?, ?, ?)',
            ).run(subscriptionId, targetId, status, at);
            return null;
          }
          if (row.status === status) return null;
          const moved = db
            .prepare(
              'UPDATE alert_state SET status = ?, changed_at = ? WHERE subscription_id = ? AND target_id = ? AND status = ?',
            )
            .run(status, at, subscriptionId, targetId, row.status).changes;
          return moved === 1 ? (row.status as typeof status) : null;
        })
        .immediate();
    },
    async claimReminder(subscriptionId, owner, period, max, at) {
      return db
        .transaction(() => {
          const row = db
            .prepare('SELECT sent FROM reminders WHERE subscription_id = ? AND owner = ? AND period_key = ?')
            .get(subscriptionId, owner, period) as { sent: number } | undefined;
          if ((row?.sent ?? 0) >= max) return false;
          db.prepare(
            `INSERT INTO reminders (subscription_id, owner, period_key, sent, last_sent_at) VALUES (?, ?, ?, 1, ?)
             ON CONFLICT (subscription_id, owner, period_key) DO UPDATE SET sent = sent + 1, last_sent_at = excluded.last_sent_at`,
          ).run(subscriptionId, owner, period, at);
          return true;
        })
        .immediate();
    },
    async ping() {
      if (!open) throw new StoreUnavailableError('the store is closed');
      latch.check();
      sameFile();
      // Readiness means answers can be recorded: the audit path, then a committed write.
      probeAudit();
      db.prepare(
        'INSERT INTO health (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at',
      ).run(new Date().toISOString());
    },
    async close() {
      if (!open) return;
      open = false;
      db.close();
    },
  });
}

/** How long one statement may wait for another process's lock, blocking (the driver is synchronous). */
const BUSY_TIMEOUT_MS = 100;
/** Waits between tries while the database stays locked: about 2.5 s in all, then the store is unavailable. */
const BUSY_RETRY_DELAYS_MS = [20, 40, 80, 160, 320, 640, 640, 640];

/** What an SQLite error means for the caller, by its (extended) result code. */
export function sqliteFailure(e: unknown): 'locked' | 'unavailable' | 'damaged' | 'failed' {
  if (e instanceof StoreUnavailableError) return 'unavailable';
  const code = (e as { code?: string } | null)?.code ?? '';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'locked';
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return 'damaged';
  // Disk full, I/O errors, a read-only or vanished file: nothing can be recorded until an operator acts.
  if (/^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|PERM)/.test(code)) return 'unavailable';
  return 'failed';
}

/**
 * Every store method, tried again while another process holds the database lock, with failures that mean
 * "the database cannot be used" turned into StoreUnavailableError (503, readiness fails) and counted. A try
 * blocks for at most BUSY_TIMEOUT_MS; the waits between tries yield, so health checks and platform
 * acknowledgements go on. A failed try has changed nothing (each write is one transaction). `ping` is not
 * retried and not counted: readiness reports a locked database at once.
 */
function guarded(
  file: string,
  latch: ReturnType<typeof damageLatch>,
  onError: StoreEvents['onError'],
  store: Store,
): Store {
  return aroundEachMethod(store, ['close'], async (name, call) => {
    const probe = name === 'ping';
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (e) {
        const kind = sqliteFailure(e);
        const delay = BUSY_RETRY_DELAYS_MS[attempt];
        if (kind === 'locked' && !probe && delay !== undefined) {
          await new Promise((resolve) => setTimeout(resolve, delay));
          continue;
        }
        if (!probe) onError?.(kind);
        if (e instanceof StoreUnavailableError) throw e;
        const message = (e as Error).message;
        if (kind === 'locked')
          throw new StoreUnavailableError(
            `the database ${file} stays locked by another process (${message})`,
          );
        if (kind === 'damaged') throw latch.mark(message);
        if (kind === 'unavailable')
          throw new StoreUnavailableError(`the database ${file} cannot be written: ${message}`);
        throw e;
      }
    }
  });
}
