// Versioned schema changes, applied in order at start-up, each in its own transaction.
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
];
