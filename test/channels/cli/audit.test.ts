import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../../src/store/sqlite.js';
import { runCli } from '../../support/cli.js';

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
  const cli = (args: string[], env: Record<string, string> = {}) =>
    runCli(['audit', ...args], { DATABASE_URL: file, ...env });
  return { file, ids, cli };
}

describe('charterbot audit', () => {
  it('exports every record as CSV with a count that matches the database', async () => {
    const { cli } = await seeded();
    const r = await cli(['export']);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(5);
    expect(r.stderr).toMatchInlineSnapshot(`
      "5 regels uit het auditlog geëxporteerd
      "
    `);
    expect((await cli(['export', '--language', 'en'])).stderr).toMatchInlineSnapshot(`
      "5 records exported from the audit log
      "
    `);
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
    const r = await cli(['export', '--since', '2020-03-01', '--until', '2026-12-01', '--format', 'jsonl']);
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
    expect((await cli(['export', '--since', 'yesterday'])).status).not.toBe(0);
  });

  it('refuses bad options in the language of the command (--language, else DEFAULT_LANGUAGE)', async () => {
    const { cli } = await seeded();
    const wrong = [
      ['export', '--since', 'yesterday'],
      ['export', '--until', '31-01-2026'],
      ['export', '--format', 'jsonl', '--excel'],
      ['prune', '--older-than-days', '0'],
    ];
    const refusals = async (...language: string[]) => {
      const lines: string[] = [];
      for (const args of wrong) {
        const r = await cli([...args, ...language]);
        lines.push(`${r.status} ${r.stderr.trim()}`);
      }
      return lines;
    };
    expect(await refusals()).toMatchInlineSnapshot(`
      [
        "1 charterbot: --since "yesterday" is geen datum: gebruik er een zoals 2026-01-31 of 2026-01-31T12:00:00Z",
        "1 charterbot: --until "31-01-2026" is geen datum: gebruik er een zoals 2026-01-31 of 2026-01-31T12:00:00Z",
        "1 charterbot: --excel hoort bij --format csv",
        "1 charterbot: --older-than-days "0" is geen geheel aantal dagen (1 of meer)",
      ]
    `);
    expect(await refusals('--language', 'en')).toMatchInlineSnapshot(`
      [
        "1 charterbot: --since "yesterday" is not a date: use one like 2026-01-31 or 2026-01-31T12:00:00Z",
        "1 charterbot: --until "31-01-2026" is not a date: use one like 2026-01-31 or 2026-01-31T12:00:00Z",
        "1 charterbot: --excel goes with --format csv",
        "1 charterbot: --older-than-days "0" is not a whole number of days (1 or more)",
      ]
    `);
    expect((await cli(['export', '--since', 'yesterday'], { DEFAULT_LANGUAGE: 'en' })).stderr).toMatch(
      /is not a date/,
    );
  });

  it('prunes past the retention period but keeps records under legal hold', async () => {
    const { cli, ids } = await seeded();
    expect((await cli(['hold', ids[1] as string])).stdout).toMatchInlineSnapshot(`
      "1 van 1 regel onder juridische bewaarplicht gezet
      "
    `);
    expect(
      (await cli(['hold', ids[1] as string, 'no-such-id', '--language', 'en'])).stdout,
    ).toMatchInlineSnapshot(`
      "1 of 2 records put under legal hold
      "
    `);
    const at = (text: string) => text.replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/, 'YYYY-MM-DDTHH:MM:SS.sssZ');
    expect(at((await cli(['prune', '--older-than-days', '365'])).stdout)).toMatchInlineSnapshot(`
      "1 regel van vóór YYYY-MM-DDTHH:MM:SS.sssZ verwijderd (regels onder juridische bewaarplicht bewaard)
      "
    `);
    expect(
      at((await cli(['prune', '--older-than-days', '365', '--language', 'en'])).stdout),
    ).toMatchInlineSnapshot(`
      "0 records older than YYYY-MM-DDTHH:MM:SS.sssZ deleted (records under legal hold kept)
      "
    `);
    expect((await cli(['hold', ids[1] as string, '--release'])).stdout).toMatchInlineSnapshot(`
      "1 van 1 regel vrijgegeven van de juridische bewaarplicht
      "
    `);
    expect(
      (await cli(['hold', ids[1] as string, '--release', '--language', 'en'])).stdout,
    ).toMatchInlineSnapshot(`
      "1 of 1 record released from legal hold
      "
    `);
    expect((await cli(['hold', ids[1] as string])).status).toBe(0);
    const left = (await cli(['export', '--format', 'jsonl'])).stdout
      .trim()
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
