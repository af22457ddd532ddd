// Versioned schema changes, applied in order at start-up, each in its own transaction. PostgreSQL gets the
// same versions, written in its dialect (see POSTGRES_MIGRATIONS at the end).
export type Migration = { version: number; name: string; sql: string };

export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'threads, audit log, feedback',
    sql: `
      CREATE TABLE threads (
        id TEXT PRIMARY KEY,
        context TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('web', 'slack', 'teams', 'cli')),
        user_pseudonym TEXT,
        thread TEXT,
        question TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('answered', 'partial', 'not_found', 'clarify')),
        language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
        answer TEXT NOT NULL,
        clause_ids TEXT NOT NULL,
        knowledge_version TEXT NOT NULL,
        legal_hold INTEGER NOT NULL DEFAULT 0 CHECK (legal_hold IN (0, 1))
      );
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE TABLE feedback (
        answer_id TEXT NOT NULL REFERENCES audit_log (id) ON DELETE CASCADE,
        rating TEXT NOT NULL CHECK (rating IN ('helpful', 'not_helpful')),
        reason TEXT,
        user_pseudonym TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX feedback_answer ON feedback (answer_id);
    `,
  },
  {
    version: 2,
    name: 'full answers with audit records, threads by id, delivered platform events',
    sql: `
      ALTER TABLE audit_log ADD COLUMN payload TEXT;
      CREATE INDEX audit_log_thread ON audit_log (thread);
      CREATE TABLE processed_events (
        key TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('processing', 'done')),
        claimed_at TEXT NOT NULL,
        finished_at TEXT
      );
    `,
  },
  {
    version: 3,
    name: 'conversation references for proactive messages',
    sql: `
      CREATE TABLE conversations (
        key TEXT PRIMARY KEY,
        platform TEXT NOT NULL CHECK (platform IN ('slack', 'teams')),
        reference TEXT NOT NULL,
        installed_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'measurements with their history, target revisions',
    sql: `
      CREATE TABLE measurements (
        wijk TEXT NOT NULL,
        indicator TEXT NOT NULL,
        year INTEGER NOT NULL,
        value REAL NOT NULL,
        unit TEXT NOT NULL,
        source TEXT NOT NULL CHECK (length(trim(source)) > 0),
        note TEXT,
        recorded_by TEXT,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (wijk, indicator, year)
      );
      CREATE TABLE measurement_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        wijk TEXT NOT NULL,
        indicator TEXT NOT NULL,
        year INTEGER NOT NULL,
        value REAL NOT NULL,
        unit TEXT NOT NULL,
        source TEXT NOT NULL,
        note TEXT,
        recorded_by TEXT,
        recorded_at TEXT NOT NULL,
        replaced_at TEXT NOT NULL,
        replaced_by TEXT
      );
      CREATE INDEX measurement_history_key ON measurement_history (wijk, indicator, year);
      CREATE TABLE target_revisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        wijk TEXT NOT NULL,
        indicator TEXT NOT NULL,
        year INTEGER NOT NULL,
        value REAL NOT NULL,
        source TEXT NOT NULL CHECK (length(trim(source)) > 0),
        basis_year INTEGER,
        basis_value REAL,
        recorded_by TEXT,
        recorded_at TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      );
      CREATE UNIQUE INDEX target_revisions_active ON target_revisions (wijk, indicator, year) WHERE active = 1;
    `,
  },
  {
    version: 5,
    name: 'digest subscriptions, runs claimed once per period, alert state, reminders',
    sql: `
      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL CHECK (platform IN ('slack', 'teams')),
        conversation TEXT NOT NULL,
        team TEXT,
        scope TEXT NOT NULL,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        time TEXT NOT NULL,
        zone TEXT NOT NULL,
        holidays INTEGER NOT NULL CHECK (holidays IN (0, 1)),
        language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
        heartbeat INTEGER NOT NULL CHECK (heartbeat IN (0, 1)),
        alerts INTEGER NOT NULL CHECK (alerts IN (0, 1)),
        owners TEXT NOT NULL,
        active INTEGER NOT NULL CHECK (active IN (0, 1)),
        paused_reason TEXT,
        subscriber TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (platform, conversation)
      );
      CREATE TABLE digest_runs (
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        period_key TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'failed', 'unknown', 'skipped')),
        attempts INTEGER NOT NULL DEFAULT 0,
        claimed_at TEXT NOT NULL,
        posted_at TEXT,
        message_ref TEXT,
        error TEXT,
        snapshot TEXT,
        PRIMARY KEY (subscription_id, period_key)
      );
      CREATE TABLE alert_state (
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        target_id TEXT NOT NULL,
        status TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        PRIMARY KEY (subscription_id, target_id)
      );
      CREATE TABLE reminders (
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        owner TEXT NOT NULL,
        period_key TEXT NOT NULL,
        sent INTEGER NOT NULL,
        last_sent_at TEXT NOT NULL,
        PRIMARY KEY (subscription_id, owner, period_key)
      );
    `,
  },
  {
    version: 6,
    name: 'health probe: readiness proves the store can write',
    sql: `
      CREATE TABLE health (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        checked_at TEXT NOT NULL
      );
    `,
  },
];

/**
 * The same migrations for PostgreSQL: the same versions, tables, columns and constraints, in PostgreSQL's
 * types (floating point, identity columns). Feedback gets an identity too, to keep insertion order.
 */
export const POSTGRES_MIGRATIONS: Migration[] = SQLITE_MIGRATIONS.map((m) => ({
  ...m,
  sql: m.sql
    .replace(/INTEGER PRIMARY KEY AUTOINCREMENT/g, 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY')
    .replace(/\bREAL\b/g, 'DOUBLE PRECISION')
    .replace(
      'CREATE TABLE feedback (',
      'CREATE TABLE feedback (\n        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
    ),
}));
