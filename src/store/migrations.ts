// The schema's history, written once for both databases as Kysely migrations (in code, so dist/ needs no
// migration folder). 0001-0006 are the schema installations had before the store moved to Kysely, and a
// database made by that code (its versions in schema_migrations) is taken over as it is: those steps count as
// done. 0007 gives PostgreSQL its native types and converts the rows it has; SQLite keeps text, 0/1 and JSON
// text (it has no other types).
import { type ColumnDefinitionBuilder, type Kysely, type Migration, Migrator, sql } from '#kysely';
import type { Dialect } from './dialect.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema the database has at the time.
type AnyDb = Kysely<any>;

/** Each migration with the version number the pre-Kysely code recorded for it in schema_migrations. */
type Step = { name: string; legacyVersion?: number; up(db: AnyDb, dialect: Dialect): Promise<void> };

const oneOf = (column: string, values: Array<string | number>) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

const STEPS: Step[] = [
  {
    name: '0001_threads_audit_feedback',
    legacyVersion: 1,
    async up(db, dialect) {
      await db.schema
        .createTable('threads')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('context', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) =>
          c.notNull().check(oneOf('channel', ['web', 'slack', 'teams', 'cli'])),
        )
        .addColumn('user_pseudonym', 'text')
        .addColumn('thread', 'text')
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(oneOf('status', ['answered', 'partial', 'not_found', 'clarify'])),
        )
        .addColumn('language', 'text', (c) => c.notNull().check(oneOf('language', ['nl', 'en'])))
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('clause_ids', 'text', (c) => c.notNull())
        .addColumn('knowledge_version', 'text', (c) => c.notNull())
        .addColumn('legal_hold', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(0)
            .check(oneOf('legal_hold', [0, 1])),
        )
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
      await dialect
        .addFeedbackOrder(db.schema.createTable('feedback'))
        .addColumn('answer_id', 'text', (c) => c.notNull().references('audit_log.id').onDelete('cascade'))
        .addColumn('rating', 'text', (c) => c.notNull().check(oneOf('rating', ['helpful', 'not_helpful'])))
        .addColumn('reason', 'text')
        .addColumn('user_pseudonym', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('feedback_answer').on('feedback').column('answer_id').execute();
    },
  },
  {
    name: '0002_answers_threads_events',
    legacyVersion: 2,
    async up(db) {
      await db.schema.alterTable('audit_log').addColumn('payload', 'text').execute();
      await db.schema.createIndex('audit_log_thread').on('audit_log').column('thread').execute();
      await db.schema
        .createTable('processed_events')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', ['processing', 'done'])))
        .addColumn('claimed_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .execute();
    },
  },
  {
    name: '0003_conversations',
    legacyVersion: 3,
    async up(db) {
      await db.schema
        .createTable('conversations')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('platform', 'text', (c) => c.notNull().check(oneOf('platform', ['slack', 'teams'])))
        .addColumn('reference', 'text', (c) => c.notNull())
        .addColumn('installed_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  {
    name: '0004_measurements_revisions',
    legacyVersion: 4,
    async up(db, dialect) {
      const nonBlank = sql`length(trim(source)) > 0`;
      await db.schema
        .createTable('measurements')
        .addColumn('wijk', 'text', (c) => c.notNull())
        .addColumn('indicator', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull().check(nonBlank))
        .addColumn('note', 'text')
        .addColumn('recorded_by', 'text')
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('measurements_pkey', ['wijk', 'indicator', 'year'])
        .execute();
      await dialect
        .addIdentity(db.schema.createTable('measurement_history'), 'id')
        .addColumn('wijk', 'text', (c) => c.notNull())
        .addColumn('indicator', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('recorded_by', 'text')
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('replaced_at', 'text', (c) => c.notNull())
        .addColumn('replaced_by', 'text')
        .execute();
      await db.schema
        .createIndex('measurement_history_key')
        .on('measurement_history')
        .columns(['wijk', 'indicator', 'year'])
        .execute();
      await dialect
        .addIdentity(db.schema.createTable('target_revisions'), 'id')
        .addColumn('wijk', 'text', (c) => c.notNull())
        .addColumn('indicator', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull().check(nonBlank))
        .addColumn('basis_year', 'integer')
        .addColumn('basis_value', 'double precision')
        .addColumn('recorded_by', 'text')
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(1)
            .check(oneOf('active', [0, 1])),
        )
        .execute();
      await db.schema
        .createIndex('target_revisions_active')
        .on('target_revisions')
        .columns(['wijk', 'indicator', 'year'])
        .unique()
        .where(sql.ref('active'), '=', 1)
        .execute();
    },
  },
  {
    name: '0005_subscriptions_runs_alerts_reminders',
    legacyVersion: 5,
    async up(db) {
      const flag = (name: string) => oneOf(name, [0, 1]);
      await db.schema
        .createTable('subscriptions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('platform', 'text', (c) => c.notNull().check(oneOf('platform', ['slack', 'teams'])))
        .addColumn('conversation', 'text', (c) => c.notNull())
        .addColumn('team', 'text')
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday between 1 and 7`))
        .addColumn('time', 'text', (c) => c.notNull())
        .addColumn('zone', 'text', (c) => c.notNull())
        .addColumn('holidays', 'integer', (c) => c.notNull().check(flag('holidays')))
        .addColumn('language', 'text', (c) => c.notNull().check(oneOf('language', ['nl', 'en'])))
        .addColumn('heartbeat', 'integer', (c) => c.notNull().check(flag('heartbeat')))
        .addColumn('alerts', 'integer', (c) => c.notNull().check(flag('alerts')))
        .addColumn('owners', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull().check(flag('active')))
        .addColumn('paused_reason', 'text')
        .addColumn('subscriber', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('subscriptions_platform_conversation_key', ['platform', 'conversation'])
        .execute();
      const subscription = (c: ColumnDefinitionBuilder) =>
        c.notNull().references('subscriptions.id').onDelete('cascade');
      await db.schema
        .createTable('digest_runs')
        .addColumn('subscription_id', 'text', subscription)
        .addColumn('period_key', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(oneOf('status', ['claimed', 'posted', 'failed', 'unknown', 'skipped'])),
        )
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('claimed_at', 'text', (c) => c.notNull())
        .addColumn('posted_at', 'text')
        .addColumn('message_ref', 'text')
        .addColumn('error', 'text')
        .addColumn('snapshot', 'text')
        .addPrimaryKeyConstraint('digest_runs_pkey', ['subscription_id', 'period_key'])
        .execute();
      await db.schema
        .createTable('alert_state')
        .addColumn('subscription_id', 'text', subscription)
        .addColumn('target_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('alert_state_pkey', ['subscription_id', 'target_id'])
        .execute();
      await db.schema
        .createTable('reminders')
        .addColumn('subscription_id', 'text', subscription)
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('period_key', 'text', (c) => c.notNull())
        .addColumn('sent', 'integer', (c) => c.notNull())
        .addColumn('last_sent_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('reminders_pkey', ['subscription_id', 'owner', 'period_key'])
        .execute();
    },
  },
  {
    name: '0006_health',
    legacyVersion: 6,
    async up(db) {
      await db.schema
        .createTable('health')
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('checked_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  {
    name: '0007_native_types',
    async up(db, dialect) {
      if (dialect.name !== 'postgres') return;
      // Checks and the partial index compare the 0/1 integers, so they go first and come back as booleans.
      await sql`drop index target_revisions_active`.execute(db);
      for (const [table, column, fallback] of FLAGS) {
        await sql`alter table ${sql.table(table)} drop constraint if exists ${sql.id(`${table}_${column}_check`)}`.execute(
          db,
        );
        await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} drop default`.execute(db);
        await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} type boolean using ${sql.ref(column)} <> 0`.execute(
          db,
        );
        if (fallback !== undefined)
          await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} set default ${sql.lit(fallback)}`.execute(
            db,
          );
      }
      await sql`create unique index target_revisions_active on target_revisions (wijk, indicator, year) where active`.execute(
        db,
      );
      for (const [table, columns] of Object.entries(TIMESTAMPS))
        for (const column of columns)
          await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} type timestamptz using ${sql.ref(column)}::timestamptz`.execute(
            db,
          );
      for (const [table, columns] of Object.entries(JSON_COLUMNS))
        for (const column of columns)
          await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} type jsonb using ${sql.ref(column)}::jsonb`.execute(
            db,
          );
    },
  },
];

/** Boolean columns, with their default where they have one. */
const FLAGS: Array<[string, string, boolean | undefined]> = [
  ['audit_log', 'legal_hold', false],
  ['target_revisions', 'active', true],
  ['subscriptions', 'holidays', undefined],
  ['subscriptions', 'heartbeat', undefined],
  ['subscriptions', 'alerts', undefined],
  ['subscriptions', 'active', undefined],
];
const TIMESTAMPS: Record<string, string[]> = {
  threads: ['updated_at'],
  audit_log: ['at'],
  feedback: ['at'],
  processed_events: ['claimed_at', 'finished_at'],
  conversations: ['installed_at'],
  measurements: ['recorded_at'],
  measurement_history: ['recorded_at', 'replaced_at'],
  target_revisions: ['recorded_at'],
  subscriptions: ['created_at', 'updated_at'],
  digest_runs: ['claimed_at', 'posted_at'],
  alert_state: ['changed_at'],
  reminders: ['last_sent_at'],
  health: ['checked_at'],
};
const JSON_COLUMNS: Record<string, string[]> = {
  threads: ['context'],
  audit_log: ['clause_ids', 'payload'],
  conversations: ['reference'],
  subscriptions: ['scope', 'owners'],
  digest_runs: ['snapshot'],
};

/** The names of all migrations, in order. */
export const MIGRATION_NAMES = STEPS.map((s) => s.name);

/**
 * A database the pre-Kysely code made records its versions in schema_migrations: the same steps are marked
 * done in Kysely's table, so the migrator goes on from there. Kysely's tables are made here (not by the
 * migrator, whose check for them looks in every PostgreSQL schema, not only the one on the search path).
 */
async function takeOver(db: AnyDb, dialect: Dialect): Promise<void> {
  await sql`create table if not exists kysely_migration (name varchar(255) not null primary key, timestamp varchar(255) not null)`.execute(
    db,
  );
  await sql`create table if not exists kysely_migration_lock (id varchar(255) not null primary key, is_locked integer not null default 0)`.execute(
    db,
  );
  if (!(await dialect.tableExists(db, 'schema_migrations'))) return;
  const legacy = await sql<{ version: number }>`select version from schema_migrations`.execute(db);
  const done = new Set(legacy.rows.map((r) => Number(r.version)));
  const at = new Date().toISOString();
  for (const step of STEPS)
    if (step.legacyVersion !== undefined && done.has(step.legacyVersion))
      await sql`insert into kysely_migration (name, timestamp) values (${step.name}, ${at}) on conflict (name) do nothing`.execute(
        db,
      );
}

/** Brings the schema up to date (alone, on PostgreSQL); returns the names of the migrations applied. */
export async function migrate(db: AnyDb, dialect: Dialect): Promise<string[]> {
  return dialect.migrating(db, async (conn) => {
    const c = conn as AnyDb;
    await takeOver(c, dialect);
    const migrations: Record<string, Migration> = {};
    for (const step of STEPS)
      migrations[step.name] = {
        // SQLite's migrator runs without a transaction of its own: each step gets one here.
        up: (m) =>
          m.isTransaction ? step.up(m, dialect) : m.transaction().execute((t) => step.up(t, dialect)),
      };
    const migrator = new Migrator({ db: c, provider: { getMigrations: async () => migrations } });
    const { error, results } = await migrator.migrateToLatest();
    if (error) throw error;
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  });
}
