// The Store on PostgreSQL (pg) under Kysely's PostgreSQL dialect, for several instances behind a load
// balancer. Whatever must hold across instances is decided by the database itself (see dialect.ts): unique
// keys and upserts for claims, compare-and-set for alert states, an advisory lock around saves of
// measurements and revisions and around migrating, skipped row locks for taking over stale digest claims.
// Nothing is coordinated in memory. What only PostgreSQL needs is here: the pool and how its errors read.

import pg from 'pg';
import { type DatabaseIntrospector, Kysely, PostgresDialect, sql } from '#kysely';
import { libraryCode } from '../errors.js';
import { composeStore } from './compose.js';
import { postgresDialect } from './dialect.js';
import { migrate } from './migrations.js';
import type { Tables } from './schema.js';
import {
  aroundEachMethod,
  damageLatch,
  type Store,
  type StoreEvents,
  StoreUnavailableError,
} from './store.js';

export type PostgresOptions = {
  /** Connections per instance. */
  poolSize?: number;
  /** Longest a statement may run before PostgreSQL cancels it. */
  statementTimeoutMs?: number;
} & StoreEvents;

/**
 * Errors that mean "the database cannot be used right now", not "this request is wrong": why, in words, or null.
 * Unreachable: connection exceptions, operator intervention, timeouts. Not writable: a read-only transaction
 * (a standby, default_transaction_read_only), disk full and other insufficient resources, I/O errors, a role
 * that lost its privileges under the running instance.
 */
function unavailable(e: unknown): 'cannot be reached' | 'cannot be written' | null {
  const code = libraryCode(e) ?? '';
  const message = e instanceof Error ? e.message : '';
  if (
    /^(08|57P)/.test(code) ||
    code === '57014' ||
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH'].includes(code) ||
    /timeout exceeded when trying to connect|Connection terminated|connection terminated|Client has encountered a connection error/i.test(
      message,
    )
  )
    return 'cannot be reached';
  if (/^(53|58)/.test(code) || code === '25006' || code === '42501') return 'cannot be written';
  return null;
}

/** Data corrupted (XX001) or an index corrupted (XX002): the database needs an operator, not a retry. */
const damaged = (e: unknown) => ['XX001', 'XX002'].includes(libraryCode(e) ?? '');

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

/**
 * Kysely's PostgreSQL dialect, with an introspector that sees the tables on the search path only. The
 * migrator asks it whether its own tables exist; Kysely's own introspector reads every table and column of
 * every schema, which is slow where a cluster holds many schemas and answers for the wrong one.
 */
class SearchPathPostgresDialect extends PostgresDialect {
  // biome-ignore lint/suspicious/noExplicitAny: the signature Kysely's Dialect declares.
  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    const getTables = async () =>
      (
        await sql<{ name: string; schema: string }>`select table_name as name, table_schema as schema
          from information_schema.tables where table_schema = current_schema()`.execute(db)
      ).rows.map((t) => ({ ...t, isView: false, isForeign: false, columns: [] }));
    return {
      getSchemas: async () =>
        (await sql<{ name: string }>`select nspname as name from pg_namespace`.execute(db)).rows,
      getTables,
    };
  }
}

/** Kysely over a pool; destroying it ends the pool. */
export const kyselyOver = (pool: pg.Pool) =>
  new Kysely<Tables>({ dialect: new SearchPathPostgresDialect({ pool }) });

/** Brings the schema up to date under an advisory lock (one instance migrates, the others wait). */
export const migratePostgres = (db: Kysely<Tables>): Promise<string[]> => migrate(db, postgresDialect);

/** Opens the pool, migrates under the advisory lock, and returns the Store. */
export async function createPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const db = kyselyOver(createPool(url, options));
  try {
    await migratePostgres(db);
  } catch (e) {
    await db.destroy().catch(() => undefined);
    const why = unavailable(e);
    if (why) throw new StoreUnavailableError(`the database ${why}: ${(e as Error).message}`);
    throw e;
  }
  const latch = damageLatch(
    (detail) =>
      `the database is damaged (${detail}): restore it from a backup (see PostgreSQL's documentation on corruption), then restart`,
    options.onDamaged,
  );
  const store = composeStore(db, postgresDialect, () => db.destroy());
  return reportingUnavailable(
    {
      ...store,
      async ping() {
        latch.check();
        await store.ping();
      },
    },
    latch,
    options.onError,
  );
}

/**
 * Every store call, with database outages turned into StoreUnavailableError (answered 503, readiness fails)
 * and counted; the pool reconnects by itself once the database is back.
 */
function reportingUnavailable(
  store: Store,
  latch: ReturnType<typeof damageLatch>,
  onError: PostgresOptions['onError'],
): Store {
  return aroundEachMethod(store, ['close'], async (name, call) => {
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
