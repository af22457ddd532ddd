// How much of an embedded database is checked when it is opened: every page by a long-running process,
// the schema only by a one-shot command (so `charterbot ask` does not slow down as the audit log grows).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/sqlite.js';
import { fillAuditLog, overwriteLatePages } from '../support/damaged-db.js';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'cb-open-')), 'charterbot.db');

/** A database with some audit records, then a page near its end overwritten. */
async function damagedLate(): Promise<string> {
  const file = fresh();
  const store = await createSqliteStore(file);
  await fillAuditLog(store);
  await store.close();
  overwriteLatePages(file);
  return file;
}

describe('opening an embedded database', () => {
  it('refuses a file that is no database, whichever check is asked for', async () => {
    for (const fullCheck of [false, true]) {
      const file = fresh();
      writeFileSync(file, 'this is not a database, it is a shopping list\n'.repeat(200));
      await expect(createSqliteStore(file, {}, { fullCheck })).rejects.toThrow(/is damaged/);
    }
  });

  it('reads every page for a long-running process, and only the schema for a one-shot command', async () => {
    const file = await damagedLate();
    await expect(createSqliteStore(file, {}, { fullCheck: true })).rejects.toThrow(/is damaged/);
    const oneShot = await createSqliteStore(file);
    await oneShot.close();
  });
});
