// The Store the rest of the code uses, composed of the ports over one Kysely database (SQLite or
// PostgreSQL): sqlite.ts and postgres.ts open the database, and add what only their driver knows (checks
// at start, error classification, retries).
import { answeredPort } from './answered.js';
import { auditPort, insertRecord, newRecord } from './audit.js';
import { deliveriesPort } from './deliveries.js';
import type { Db, Dialect } from './dialect.js';
import { measurementsPort } from './measurements.js';
import { aroundEachMethod, type Store, StoreUnavailableError } from './store.js';
import { subscriptionsPort } from './subscriptions.js';
import { threadsPort } from './threads.js';

const ROLLBACK = Symbol('rollback');

/** Readiness means answers can be recorded: an audit record written and rolled back, then a committed write. */
async function probe(db: Db, dialect: Dialect): Promise<void> {
  const record = newRecord({
    channel: 'cli',
    user: null,
    thread: null,
    question: '',
    status: 'answered',
    language: 'en',
    answer: '',
    clauseIds: [],
    knowledgeVersion: '',
  });
  await dialect
    .write(db, async (trx) => {
      await insertRecord(trx, dialect, { ...record, id: 'readiness-probe' });
      throw ROLLBACK;
    })
    .catch((e: unknown) => {
      if (e !== ROLLBACK) throw e;
    });
  const now = new Date().toISOString();
  await db
    .insertInto('health')
    .values({ id: 1, checked_at: now })
    .onConflict((oc) => oc.column('id').doUpdateSet({ checked_at: now }))
    .execute();
}

export function composeStore(db: Db, dialect: Dialect, close: () => Promise<void>): Store {
  let open = true;
  const store: Store = {
    ...threadsPort(db, dialect),
    ...auditPort(db, dialect),
    ...deliveriesPort(db, dialect),
    ...measurementsPort(db, dialect),
    ...subscriptionsPort(db, dialect),
    ...answeredPort(db, dialect),
    ping: () => probe(db, dialect),
    async close() {
      if (!open) return;
      open = false;
      await close();
    },
  };
  // A closed store refuses every call alike (its connections are gone).
  return aroundEachMethod(store, ['close'], (_, call) => {
    if (!open) throw new StoreUnavailableError('the store is closed');
    return call();
  });
}
