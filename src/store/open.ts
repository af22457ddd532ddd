// Opens the configured store: the embedded SQLite file, or PostgreSQL for several instances. Each is
// loaded only when chosen, so a SQLite installation never loads pg, and a short CLI command stays fast.
import type { DatabaseSettings } from '../env.js';
import type { OpenOptions, Store, StoreEvents } from './store.js';

export async function openStore(
  database: DatabaseSettings,
  events: StoreEvents = {},
  options: OpenOptions = {},
): Promise<Store> {
  if (database.kind === 'postgres') {
    const { createPostgresStore } = await import('./postgres.js');
    return createPostgresStore(database.url, {
      poolSize: database.poolSize,
      statementTimeoutMs: database.statementTimeoutMs,
      ...events,
    });
  }
  const { createSqliteStore } = await import('./sqlite.js');
  return createSqliteStore(database.file, events, options);
}
