import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/sqlite.js';

const BIN = join(import.meta.dirname, '../../bin/charterbot.js');

async function seeded() {
  const file = join(mkdtempSync(join(tmpdir(), 'cb-')), 'charterbot.db');
  const store = await createSqliteStore(file);
  const base = {
    channel: 'web' as const,
    user: null,
    thread: null,
    status: 'answered' as const,
    language: 'en' as const,
    answer: 'a',
    clauseIds: ['x', 'y'],
    knowledgeVersion: 'v',
  };
  const ids: string[] = [];
  for (const [at, question] of [
    ['2020-01-01T09:00:00.000Z', 'old one'],
    ['2020-06-01T09:00:00.000Z', 'old, held'],
    ['2026-11-01T09:00:00.000Z', '=HYPERLINK("evil") and a "quote"\nand a newline'],
    ['2026-11-02T09:00:00.000Z', "  +cmd|' /C calc'!A0"],
    ['2026-11-03T09:00:00.000Z', '\t-2+3'],
  ] as const) {
    ids.push((await store.recordAnswer({ ...base, at, question })).id);
  }
  const rated = ids[2] ?? '';
  await store.recordFeedback({
    answerId: rated,
    rating: 'not_helpful',
    reason: 'wrong_figure',
    user: null,
    at: '2026-11-01T10:00:00.000Z',
  });
  await store.recordFeedback({
    answerId: rated,
    rating: 'helpful',
    reason: null,
    user: null,
    at: '2026-11-01T11:00:00.000Z',
  });
  await store.close();
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [BIN, 'audit', ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: file },
    });
  return { file, ids, cli };
}

describe('charterbot audit', () => {
  it('exports every record as CSV with a count that matches the database', async () => {
    const { cli } = await seeded();
    const r = cli(['export']);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(5);
    expect(r.stderr).toContain('5 records exported');
    expect(rows[2]?.question).toBe('\'=HYPERLINK("evil") and a "quote"\nand a newline');
    // A spreadsheet reads a formula after leading spaces or a tab too: those cells are kept text as well.
    expect(rows[3]?.question).toBe("'  +cmd|' /C calc'!A0");
    expect(rows[4]?.question).toBe("'\t-2+3");
    expect(rows[2]?.clauseIds).toBe('x y');
    // Feedback on an answer travels with its record.
    expect(rows[2]?.feedback).toBe('not_helpful (wrong_figure); helpful');
    expect(rows[0]?.feedback).toBe('');
  });

  it('exports a date range as JSON lines', async () => {
    const { cli } = await seeded();
    const r = cli(['export', '--since', '2020-03-01', '--until', '2026-12-01', '--format', 'jsonl']);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.at)).toEqual([
      '2020-06-01T09:00:00.000Z',
      '2026-11-01T09:00:00.000Z',
      '2026-11-02T09:00:00.000Z',
      '2026-11-03T09:00:00.000Z',
    ]);
    expect(lines[1].feedback.map((f: { rating: string }) => f.rating)).toEqual(['not_helpful', 'helpful']);
    expect(lines[0].feedback).toEqual([]);
    expect(cli(['export', '--since', 'yesterday']).status).not.toBe(0);
  });

  it('prunes past the retention period but keeps records under legal hold', async () => {
    const { cli, ids } = await seeded();
    expect(cli(['hold', ids[1] as string]).stdout).toContain('1 of 1 records put under legal hold');
    expect(cli(['prune', '--older-than-days', '365']).stdout).toMatch(/^1 records older than/);
    const left = cli(['export', '--format', 'jsonl'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(left.map((l) => [l.question.slice(0, 9), l.legalHold])).toEqual([
      ['old, held', true],
      ['=HYPERLIN', false],
      ["  +cmd|' ", false],
      ['\t-2+3', false],
    ]);
  });
});
