// Readiness that tells the truth: /readyz proves the store can write to the file it was configured with, and
// start-up refuses a damaged database with one line. Real files, real HTTP, the real CLI.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fillAuditLog, overwriteLatePages } from '../support/damaged-db.js';
import { adminQuery, freshDatabaseUrl, postgresAvailable } from '../support/postgres.js';
import { startTestServer } from '../support/server.js';

const BIN = join(import.meta.dirname, '../../bin/charterbot.js');

describe('readiness', () => {
  it('answers 503 once the database file is deleted while running, and refuses to record answers', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cb-ready-')), 'charterbot.db');
    const server = await startTestServer({ DATABASE_URL: file });
    try {
      expect((await fetch(new URL('/readyz', server.url))).status).toBe(200);
      rmSync(file);
      rmSync(`${file}-wal`, { force: true });
      rmSync(`${file}-shm`, { force: true });
      const ready = await fetch(new URL('/readyz', server.url));
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { message: string }).message).toMatch(
        /database file .* (deleted|replaced)/,
      );
      const ask = await fetch(new URL('/api/ask', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: 'Ondiep burglary 2011' }),
      });
      // An answer that cannot be audited is not given: nothing would survive a restart.
      expect(ask.status).toBe(503);
      expect(server.logs.some((l) => l.includes('database file') && l.includes('"level":50'))).toBe(true);
    } finally {
      await server.close().catch(() => undefined);
    }
  });

  it('stays responsive while another process holds the database lock, says not ready, and recovers', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cb-locked-')), 'charterbot.db');
    const server = await startTestServer({ DATABASE_URL: file });
    const other = new Database(file);
    const ask = () =>
      fetch(new URL('/api/ask', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: 'Ondiep burglary 2011' }),
      });
    try {
      other.exec('BEGIN EXCLUSIVE');
      const ready = await fetch(new URL('/readyz', server.url));
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { message: string }).message).toMatch(/locked|busy/i);
      // An answer waits for the lock without blocking the process: health answers meanwhile.
      let settled = false;
      const waiting = ask().then((r) => {
        settled = true;
        return r;
      });
      expect((await fetch(new URL('/healthz', server.url))).status).toBe(200);
      expect(settled).toBe(false);
      // Held for good, the answer is refused as unavailable rather than given without its audit record.
      const refused = await waiting;
      expect(refused.status).toBe(503);
      const metrics = await (await fetch(new URL('/metrics', server.url))).text();
      expect(metrics).toContain('charterbot_store_errors_total{kind="locked"} 1');
      other.exec('ROLLBACK');
      expect((await fetch(new URL('/readyz', server.url))).status).toBe(200);
      expect((await ask()).status).toBe(200);
    } finally {
      other.close();
      await server.close().catch(() => undefined);
    }
  });

  it('says not ready once a page of the audit log is corrupt, answers 503 instead of 500, and logs how to recover once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cb-corrupt-')), 'charterbot.db');
    const server = await startTestServer({ DATABASE_URL: file });
    const ask = () =>
      fetch(new URL('/api/ask', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: 'Ondiep burglary 2011' }),
      });
    try {
      expect((await ask()).status).toBe(200);
      // Another connection moves everything into the main file, then a page of the audit log is overwritten:
      // what a failing disk or a stray write leaves behind.
      const other = new Database(file);
      other.pragma('wal_checkpoint(TRUNCATE)');
      const { rootpage } = other
        .prepare("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'")
        .get() as { rootpage: number };
      const pageSize = other.pragma('page_size', { simple: true }) as number;
      other.close();
      const fd = openSync(file, 'r+');
      writeSync(fd, randomBytes(pageSize), 0, pageSize, (rootpage - 1) * pageSize);
      closeSync(fd);

      const ready = await fetch(new URL('/readyz', server.url));
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { message: string }).message).toMatch(/damaged/);
      for (let i = 0; i < 2; i++) {
        const refused = await ask();
        expect(refused.status).toBe(503);
        expect(await refused.json()).toMatchObject({ error: 'unavailable' });
      }
      // Until restart: readiness does not come back by itself.
      expect((await fetch(new URL('/readyz', server.url))).status).toBe(503);
      const told = server.logs.filter(
        (l) => l.includes('is damaged') && l.includes('restore it from a backup'),
      );
      expect(told).toHaveLength(1);
      expect(JSON.parse(told[0] ?? '{}')).toMatchObject({ level: 50 });
      const metrics = await (await fetch(new URL('/metrics', server.url))).text();
      expect(metrics).toMatch(/charterbot_store_errors_total\{kind="damaged"\} [1-9]/);
    } finally {
      await server.close().catch(() => undefined);
    }
  });

  it('refuses to start on a damaged database, in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-damaged-'));
    const file = join(dir, 'charterbot.db');
    const server = await startTestServer({ DATABASE_URL: file });
    await fillAuditLog(server.store);
    await server.close();
    overwriteLatePages(file);
    const r = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'serve'], {
        env: { ...process.env, PORT: '0', DATABASE_URL: file, LOG_LEVEL: 'silent' },
      });
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      // A server that starts anyway must not outlive the test.
      const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.on('close', (status) => {
        clearTimeout(guard);
        resolve({ status, stderr });
      });
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^charterbot: the database .*charterbot\.db is damaged/);
  }, 30_000);
});

describe.runIf(postgresAvailable)('readiness on PostgreSQL', () => {
  it('says not ready and answers 503, not 500, once the database turns read-only', async () => {
    // A role of its own, so turning it read-only touches no other test on the shared server.
    const url = new URL(await freshDatabaseUrl());
    const schema = url.searchParams.get('options')?.split('=')[1] ?? '';
    const role = `r_${schema}`;
    await adminQuery(`CREATE ROLE ${role} LOGIN`);
    await adminQuery(`GRANT ALL ON SCHEMA ${schema} TO ${role}`);
    url.username = role;
    const server = await startTestServer({ DATABASE_URL: url.href });
    const ask = () =>
      fetch(new URL('/api/ask', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: 'Ondiep burglary 2011' }),
      });
    try {
      expect((await ask()).status).toBe(200);
      expect((await fetch(new URL('/readyz', server.url))).status).toBe(200);
      // What a failover to a standby, or an operator's default_transaction_read_only, looks like to the pool.
      await adminQuery(`ALTER ROLE ${role} SET default_transaction_read_only = on`);
      await adminQuery('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1', [role]);
      await expect
        .poll(async () => (await fetch(new URL('/readyz', server.url))).status, { timeout: 10_000 })
        .toBe(503);
      const ready = await fetch(new URL('/readyz', server.url));
      expect(((await ready.json()) as { message: string }).message).toMatch(/read-only/);
      const refused = await ask();
      expect(refused.status).toBe(503);
      expect(await refused.json()).toMatchObject({ error: 'unavailable' });
    } finally {
      await server.close().catch(() => undefined);
      await adminQuery(`ALTER ROLE ${role} RESET default_transaction_read_only`).catch(() => undefined);
    }
  });
});
