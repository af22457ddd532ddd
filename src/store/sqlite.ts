// The embedded Store: one SQLite file (better-sqlite3 12) under Kysely's SQLite dialect, WAL mode,
// migrations at start-up, every write in a transaction. What only SQLite needs is here: the integrity check
// at start, the file's identity, and retries while another process holds the lock.

import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, type SqliteDatabase, SqliteDialect } from '#kysely';
import { libraryCode } from '../errors.js';
import { composeStore } from './compose.js';
import { sqliteDialect } from './dialect.js';
import { migrate } from './migrations.js';
import type { Tables } from './schema.js';
import {
  aroundEachMethod,
  damageLatch,
  type OpenOptions,
  type Store,
  type StoreEvents,
  StoreUnavailableError,
} from './store.js';

/**
 * The driver as Kysely sees it, with booleans bound as 0/1 (SQLite has no boolean type) and statements
 * prepared once: the same few dozen statements run again and again.
 */
function binding(db: Database.Database): SqliteDatabase {
  const prepared = new Map<string, Database.Statement>();
  const args = (params: ReadonlyArray<unknown>) =>
    params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
  return {
    close: () => db.close(),
    prepare(sql) {
      let stmt = prepared.get(sql);
      if (!stmt) {
        stmt = db.prepare(sql);
        if (prepared.size < 500) prepared.set(sql, stmt);
      }
      const s = stmt;
      return {
        reader: s.reader,
        all: (params) => s.all(...args(params)),
        run: (params) => s.run(...args(params)),
        iterate: (params) => s.iterate(...args(params)),
      };
    },
  };
}

/** Opens (creating folder and file as needed) and migrates the database. ":memory:" works for tests. */
export async function createSqliteStore(
  file: string,
  events: StoreEvents = {},
  options: OpenOptions = {},
): Promise<Store> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const damagedMessage = (detail: string) =>
    `the database ${file} is damaged (${detail}): restore it from a backup, or move it aside to start with an empty one`;
  const damaged = (detail: string) => new StoreUnavailableError(damagedMessage(detail));
  let raw: Database.Database;
  try {
    raw = new Database(file);
    // A damaged file is refused at start, not discovered by the first answer that cannot be recorded. The
    // whole check reads every page, so it takes longer as the audit log grows: a long-running process
    // makes it once; a one-shot command reads the schema only (a file that is no database fails there),
    // and meets a damaged page, if any, as an error of the call that reads it.
    if (options.fullCheck) {
      const check = raw.pragma('quick_check') as Array<{ quick_check: string }>;
      if (check[0]?.quick_check !== 'ok')
        throw damaged(
          check
            .map((c) => c.quick_check)
            .slice(0, 2)
            .join('; '),
        );
    } else raw.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    if (e instanceof StoreUnavailableError) throw e;
    throw damaged((e as Error).message);
  }
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  // Another process holding the lock must not freeze this one: the synchronous driver waits at most this
  // long per statement, and `guarded` waits between tries without blocking the event loop.
  raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: binding(raw) }) });
  try {
    await migrate(db, sqliteDialect);
  } catch (e) {
    await db.destroy();
    throw e;
  }
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
  const latch = damageLatch(damagedMessage, events.onDamaged);
  const store = composeStore(db, sqliteDialect, () => db.destroy());
  return guarded(file, latch, events.onError, {
    ...store,
    async recordAnswer(record) {
      sameFile();
      return store.recordAnswer(record);
    },
    async recordAnswered(answered) {
      sameFile();
      return store.recordAnswered(answered);
    },
    async ping() {
      latch.check();
      sameFile();
      await store.ping();
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
  const code = libraryCode(e) ?? '';
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
