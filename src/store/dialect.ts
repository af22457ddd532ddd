// What differs between SQLite and PostgreSQL, each difference one named function here; every other
// statement is written once, in the ports (audit.ts, threads.ts, deliveries.ts, measurements.ts, answered.ts,
// subscriptions.ts), for both.
import { type CreateTableBuilder, type Kysely, type RawBuilder, type SelectQueryBuilder, sql } from '#kysely';
import type { Tables } from './schema.js';

export type Db = Kysely<Tables>;

/** Keys of PostgreSQL's advisory locks (fixed numbers, named here so they are not reused by accident). */
const LOCK_MIGRATIONS = 7_411_001;
const LOCK_MEASUREMENTS = 7_411_002;

export type Dialect = {
  name: 'sqlite' | 'postgres';
  /**
   * One write transaction. SQLite takes its single write lock at BEGIN (IMMEDIATE), so a read that decides a
   * write sees what the write changes; PostgreSQL runs READ COMMITTED and the statements decide themselves.
   */
  write<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T>;
  /** Makes saves of measurements and revisions from several instances run one after the other. */
  serializeSaves(trx: Db): Promise<void>;
  /**
   * A column an upsert returns, true when it inserted the row. PostgreSQL tells from the row's xmax (0: written
   * by this statement's insert); SQLite, under its write lock, from whether the row was there before.
   */
  insertedByUpsert(existedBefore: () => Promise<boolean>): Promise<RawBuilder<boolean | number>>;
  /** Rows a taker claims: PostgreSQL locks them and skips those another instance is taking right now. */
  forTakeover<DB, TB extends keyof DB, O>(q: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
  /** Feedback in the order it came: SQLite's rowid; PostgreSQL has none, so its table gets an identity column. */
  feedbackOrder: RawBuilder<unknown>;
  addFeedbackOrder<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, never>;
  /**
   * The audit log's verbatim text (questions, answers): PostgreSQL text cannot hold NUL, so there backslash
   * and NUL are escaped, reversibly; SQLite stores the text as it is.
   */
  verbatim: { encode(s: string): string; decode(s: string): string };
  /** An auto-numbered primary key (measurement history, revisions). */
  addIdentity<T extends string>(
    table: CreateTableBuilder<T, never>,
    column: string,
  ): CreateTableBuilder<T, never>;
  /** Whether a table exists where this connection looks (PostgreSQL: on its search path). */
  tableExists(db: Kysely<unknown>, table: string): Promise<boolean>;
  /** Runs migrating alone: PostgreSQL instances starting together wait for the one that migrates. */
  migrating<T>(db: Kysely<unknown>, fn: (db: Kysely<unknown>) => Promise<T>): Promise<T>;
};

const same = (s: string) => s;

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  write: (db, fn) =>
    db.connection().execute(async (c) => {
      await sql`begin immediate`.execute(c);
      try {
        const result = await fn(c);
        await sql`commit`.execute(c);
        return result;
      } catch (e) {
        await sql`rollback`.execute(c).catch(() => undefined);
        throw e;
      }
    }),
  serializeSaves: async () => undefined,
  insertedByUpsert: async (existedBefore) => sql<number>`${(await existedBefore()) ? 0 : 1}`,
  forTakeover: (q) => q,
  feedbackOrder: sql`rowid`,
  addFeedbackOrder: (table) => table,
  verbatim: { encode: same, decode: same },
  addIdentity: (table, column) => table.addColumn(column, 'integer', (c) => c.primaryKey().autoIncrement()),
  tableExists: async (db, table) =>
    (await sql`select 1 from sqlite_master where type = 'table' and name = ${table}`.execute(db)).rows
      .length > 0,
  migrating: (db, fn) => fn(db),
};

export const postgresDialect: Dialect = {
  name: 'postgres',
  write: (db, fn) => db.transaction().execute(fn),
  serializeSaves: async (trx) => {
    await sql`select pg_advisory_xact_lock(${LOCK_MEASUREMENTS})`.execute(trx);
  },
  insertedByUpsert: async () => sql<boolean>`(xmax = 0)`,
  forTakeover: (q) => q.forUpdate().skipLocked(),
  feedbackOrder: sql`seq`,
  addFeedbackOrder: (table) =>
    table.addColumn('seq', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity()),
  verbatim: {
    encode: (s) => (/[\\\0]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\0/g, '\\0') : s),
    decode: (s) => s.replace(/\\(\\|0)/g, (_, c: string) => (c === '0' ? '\0' : '\\')),
  },
  addIdentity: (table, column) =>
    table.addColumn(column, 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity()),
  tableExists: async (db, table) =>
    (await sql<{ t: string | null }>`select to_regclass(${table})::text as t`.execute(db)).rows[0]?.t != null,
  // A session lock on one connection, held while every pending migration runs (Kysely's migrator takes
  // its own lock too, but only after creating its tables, which instances starting together would race).
  migrating: (db, fn) =>
    db.connection().execute(async (c) => {
      await sql`select pg_advisory_lock(${LOCK_MIGRATIONS})`.execute(c);
      try {
        return await fn(c);
      } finally {
        await sql`select pg_advisory_unlock(${LOCK_MIGRATIONS})`.execute(c).catch(() => undefined);
      }
    }),
};
