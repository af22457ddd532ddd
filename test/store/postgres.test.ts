// The same Store contract on PostgreSQL, and what only several instances on one database need.
import { describe, expect, it } from 'vitest';
import { MIGRATION_NAMES } from '../../src/store/migrations.js';
import { createPool, createPostgresStore, kyselyOver, migratePostgres } from '../../src/store/postgres.js';
import { adminQuery, freshDatabaseUrl, postgresAvailable } from '../support/postgres.js';
import { storeContract } from './contract.js';

if (postgresAvailable) storeContract('postgres', async () => createPostgresStore(await freshDatabaseUrl()));

describe.runIf(postgresAvailable)('postgres store', () => {
  it('applies each migration once, even when several instances start together', async () => {
    const url = await freshDatabaseUrl();
    const stores = await Promise.all([1, 2, 3, 4].map(() => createPostgresStore(url)));
    const schema = new URL(url).searchParams.get('options')?.split('=')[1] ?? '';
    const rows = await adminQuery<{ name: string }>(
      `SELECT name FROM ${schema}.kysely_migration ORDER BY name`,
    );
    expect(rows.map((r) => r.name)).toEqual(MIGRATION_NAMES);
    const db = kyselyOver(createPool(url));
    expect(await migratePostgres(db)).toEqual([]);
    await db.destroy();
    await Promise.all(stores.map((s) => s.close()));
  });

  it('claims a delivery for exactly one of many instances racing for it', async () => {
    const url = await freshDatabaseUrl();
    const stores = await Promise.all([1, 2, 3].map(() => createPostgresStore(url)));
    for (let round = 0; round < 20; round++) {
      const claims = await Promise.all(
        stores.flatMap((s) => [s.claimEvent(`ev-${round}`), s.claimEvent(`ev-${round}`)]),
      );
      expect(claims.filter((c) => c === 'fresh')).toHaveLength(1);
      expect(claims.filter((c) => c !== false)).toHaveLength(1);
      const runs = await Promise.all(
        stores.map((s) => s.claimDigestRun('missing', `2027-W${round}`, 'x').catch(() => false)),
      );
      expect(runs.filter(Boolean).length).toBeLessThanOrEqual(1);
    }
    await Promise.all(stores.map((s) => s.close()));
  });

  it('refuses to start without a database, in one line', async () => {
    await expect(createPostgresStore('postgres://postgres@127.0.0.1:1/none')).rejects.toThrow(
      /^the database cannot be reached/,
    );
  });
});
