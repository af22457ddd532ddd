import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATION_NAMES } from '../../src/store/migrations.js';
import { createSqliteStore, sqliteFailure } from '../../src/store/sqlite.js';
import { storeContract } from './contract.js';

storeContract('sqlite (in memory)', () => createSqliteStore(':memory:'));
storeContract('sqlite (file)', () =>
  createSqliteStore(join(mkdtempSync(join(tmpdir(), 'cb-')), 'nested', 'charterbot.db')),
);

describe('sqlite store', () => {
  it('creates its folder, uses WAL and applies each migration once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cb-')), 'a', 'b', 'charterbot.db');
    const store = await createSqliteStore(file);
    await store.close();
    const again = await createSqliteStore(file);
    await again.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT name FROM kysely_migration ORDER BY name').all()).toEqual(
      MIGRATION_NAMES.map((name) => ({ name })),
    );
    db.close();
  });

  it('keeps a thread across a restart', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cb-')), 'charterbot.db');
    const first = await createSqliteStore(file);
    const ctx = {
      language: 'en' as const,
      wijken: ['ondiep'],
      indicators: ['violence'],
      theme: null,
      years: [2011],
      asks: 'target' as const,
    };
    await first.setThread('x', ctx);
    await first.close();
    const second = await createSqliteStore(file);
    expect(await second.getThread('x')).toEqual(ctx);
    await second.close();
  });

  it('takes a full disk and a read-only file for "cannot be used" (503), from the driver\'s own errors', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cb-')), 'charterbot.db');
    const caught = (fn: () => void) => {
      try {
        fn();
      } catch (e) {
        return e;
      }
      throw new Error('no error');
    };
    const db = new Database(file);
    db.exec('CREATE TABLE t (x TEXT NOT NULL)');
    // A database that may not grow is what a full disk looks like to SQLite.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
    const full = caught(() => db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000)));
    expect((full as { code: string }).code).toBe('SQLITE_FULL');
    expect(sqliteFailure(full)).toBe('unavailable');
    const failed = caught(() => db.prepare('INSERT INTO t VALUES (NULL)').run());
    expect(sqliteFailure(failed)).toBe('failed');
    db.close();
    const readOnly = new Database(file, { readonly: true });
    const refused = caught(() => readOnly.prepare('INSERT INTO t VALUES (?)').run('x'));
    expect((refused as { code: string }).code).toMatch(/^SQLITE_READONLY/);
    expect(sqliteFailure(refused)).toBe('unavailable');
    readOnly.close();
  });
});
