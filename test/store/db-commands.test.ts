// `charterbot db migrate` and `charterbot db copy`, run as an operator runs them: an embedded installation
// moved to PostgreSQL with every row, in one transaction, and a target that holds data refused.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import { runCli } from '../support/cli.js';
import { newMeasurement } from '../support/measurements.js';
import { freshDatabaseUrl, postgresAvailable } from '../support/postgres.js';
import { newSubscription } from '../support/subscriptions.js';

describe.runIf(postgresAvailable)('charterbot db', () => {
  it('migrates the configured PostgreSQL database, and says so', async () => {
    const url = await freshDatabaseUrl();
    const r = await runCli(['db', 'migrate'], { DATABASE_URL: url });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/the schema is up to date/);
  });

  it('copies every row of a SQLite installation to PostgreSQL, and refuses a target that holds data', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cb-copy-')), 'charterbot.db');
    const sqlite = await createSqliteStore(file);
    const answer = await sqlite.recordAnswer({
      channel: 'slack',
      user: 'abc',
      thread: 'slack:T1:C1:1.1',
      question: 'Ondiep burglary 2011? \\ with a backslash',
      status: 'answered',
      language: 'en',
      answer: 'The 2011 target is 21.',
      clauseIds: ['veiligheid.ambitie.ondiep.3'],
      knowledgeVersion: 'v1',
    });
    await sqlite.recordFeedback({
      answerId: answer.id,
      rating: 'not_helpful',
      reason: 'wrong_figure',
      user: 'abc',
      at: '2027-01-01T00:00:00.000Z',
    });
    await sqlite.setThread('slack:T1:C1:1.1', {
      language: 'en',
      wijken: ['ondiep'],
      indicators: ['burglary'],
      theme: null,
      years: [2011],
      asks: 'target',
    });
    await sqlite.saveMeasurements([newMeasurement({ value: 30 })], null, '2027-01-01T00:00:00.000Z');
    await sqlite.saveMeasurements([newMeasurement({ value: 31 })], 'admin', '2027-01-02T00:00:00.000Z');
    const sub = newSubscription({ conversation: 'CCOPY' });
    await sqlite.saveSubscription(sub);
    await sqlite.claimDigestRun(sub.id, '2027-W01', '2027-01-04T08:00:00.000Z');
    const before = {
      audit: await sqlite.listAudit(),
      feedback: await sqlite.listFeedback(answer.id),
      measurements: await sqlite.listMeasurements(),
      history: await sqlite.measurementHistory(),
      subscriptions: await sqlite.listSubscriptions(),
      runs: await sqlite.listDigestRuns(sub.id),
      thread: await sqlite.getThread('slack:T1:C1:1.1'),
    };
    await sqlite.close();

    const url = await freshDatabaseUrl();
    const copied = await runCli(['db', 'copy', '--from', file, '--to', url]);
    expect(copied.stderr).toBe('');
    expect(copied.status).toBe(0);
    expect(copied.stdout).toMatch(
      /^copied \d+ rows from .* in one transaction: threads 1, audit_log 1, feedback 1/,
    );

    const pg = await createPostgresStore(url);
    expect({
      audit: await pg.listAudit(),
      feedback: await pg.listFeedback(answer.id),
      measurements: await pg.listMeasurements(),
      history: await pg.measurementHistory(),
      subscriptions: await pg.listSubscriptions(),
      runs: await pg.listDigestRuns(sub.id),
      thread: await pg.getThread('slack:T1:C1:1.1'),
    }).toEqual(before);
    // Identity columns go on after the copied rows.
    await pg.saveMeasurements([newMeasurement({ value: 32 })], 'admin', '2027-01-03T00:00:00.000Z');
    expect((await pg.measurementHistory()).length).toBe(2);
    await pg.close();

    const again = await runCli(['db', 'copy', '--from', file, '--to', url]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(
      /the target already holds data \(.*audit_log.*\): copy only into an empty database; nothing was copied/,
    );

    const missing = await runCli([
      'db',
      'copy',
      '--from',
      '/nonexistent/x.db',
      '--to',
      await freshDatabaseUrl(),
    ]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/there is no SQLite file at \/nonexistent\/x.db/);
    const notPg = await runCli(['db', 'copy', '--from', file, '--to', './other.db']);
    expect(notPg.status).toBe(1);
  }, 60_000);
});
