// A database made by the store before Kysely (migrations 1-6 in schema_migrations; on PostgreSQL text
// timestamps, 0/1 integers and JSON in text), with rows in every table, opened by today's store: every row
// is found, through the Store and by count, and PostgreSQL's columns have their native types.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { freshDatabaseUrl, postgresAvailable } from '../support/postgres.js';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from './fixtures/legacy-schema.js';

const T = (day: number) => `2027-01-${String(day).padStart(2, '0')}T08:00:00.000Z`;
const question = 'Ondiep burglary 2011? C:\\temp\\0 \\\\ with backslashes and a NUL \u0000';
const context = {
  language: 'en',
  wijken: ['ondiep'],
  indicators: ['burglary'],
  theme: null,
  years: [2011],
  asks: 'target',
};
const payload = {
  status: 'answered',
  language: 'en',
  answer: 'The 2011 target is 21.',
  facts: [],
  citations: [],
};
const scope = { wijken: ['Ondiep'], themes: ['safety'] };
const snapshot = { statuses: { 'ondiep.burglary': 'at_risk' }, lastMeasurementAt: T(2) };

/** One row for each table (two where a flag or a history matters), as the earlier code wrote them. */
const ROWS: Array<[string, Record<string, unknown>]> = [
  ['threads', { id: 'slack:T1:C1:1.1', context: JSON.stringify(context), updated_at: T(1) }],
  [
    'audit_log',
    {
      id: 'a1',
      at: T(1),
      channel: 'slack',
      user_pseudonym: 'abc',
      thread: 'slack:T1:C1:1.1',
      question,
      status: 'answered',
      language: 'en',
      answer: 'The 2011 target is 21.',
      clause_ids: JSON.stringify(['veiligheid.ambitie.ondiep.3']),
      knowledge_version: 'v1',
      legal_hold: 1,
      payload: JSON.stringify(payload),
    },
  ],
  [
    'audit_log',
    {
      id: 'a2',
      at: T(2),
      channel: 'web',
      user_pseudonym: null,
      thread: null,
      question: 'x',
      status: 'not_found',
      language: 'nl',
      answer: 'y',
      clause_ids: '[]',
      knowledge_version: 'v1',
      legal_hold: 0,
      payload: null,
    },
  ],
  [
    'feedback',
    { answer_id: 'a1', rating: 'not_helpful', reason: 'wrong_figure', user_pseudonym: 'abc', at: T(2) },
  ],
  ['processed_events', { key: 'slack:T1:Ev1', status: 'done', claimed_at: T(1), finished_at: T(1) }],
  ['processed_events', { key: 'slack:T1:Ev2', status: 'processing', claimed_at: T(1), finished_at: null }],
  [
    'conversations',
    {
      key: 'teams:19:abc',
      platform: 'teams',
      reference: JSON.stringify({ conversation: { id: '19:abc' } }),
      installed_at: T(1),
    },
  ],
  [
    'measurements',
    {
      wijk: 'Ondiep',
      indicator: 'burglary',
      year: 2009,
      value: 31.5,
      unit: 'per 1000 woningen',
      source: 'Wijkenmonitor 2009',
      note: 'gecorrigeerd',
      recorded_by: 'admin',
      recorded_at: T(2),
    },
  ],
  [
    'measurement_history',
    {
      wijk: 'Ondiep',
      indicator: 'burglary',
      year: 2009,
      value: 30,
      unit: 'per 1000 woningen',
      source: 'Wijkenmonitor 2009',
      note: null,
      recorded_by: null,
      recorded_at: T(1),
      replaced_at: T(2),
      replaced_by: 'admin',
    },
  ],
  [
    'target_revisions',
    {
      wijk: 'Ondiep',
      indicator: 'burglary',
      year: 2011,
      value: 16.6,
      source: 'Nulmeting 2007',
      basis_year: 2007,
      basis_value: 30,
      recorded_by: null,
      recorded_at: T(1),
      active: 0,
    },
  ],
  [
    'target_revisions',
    {
      wijk: 'Ondiep',
      indicator: 'burglary',
      year: 2011,
      value: 17,
      source: 'Raadsbrief 2009',
      basis_year: null,
      basis_value: null,
      recorded_by: 'admin',
      recorded_at: T(2),
      active: 1,
    },
  ],
  [
    'subscriptions',
    {
      id: 's1',
      platform: 'slack',
      conversation: 'C123',
      team: 'T1',
      scope: JSON.stringify(scope),
      weekday: 1,
      time: '09:00',
      zone: 'Europe/Amsterdam',
      holidays: 1,
      language: 'nl',
      heartbeat: 0,
      alerts: 1,
      owners: JSON.stringify({ burglary: ['U1'] }),
      active: 0,
      paused_reason: 'channel_not_found',
      subscriber: 'UADMIN',
      created_at: T(1),
      updated_at: T(2),
    },
  ],
  [
    'digest_runs',
    {
      subscription_id: 's1',
      period_key: '2027-W01',
      status: 'posted',
      attempts: 2,
      claimed_at: T(4),
      posted_at: T(4),
      message_ref: '1700000500.000100',
      error: null,
      snapshot: JSON.stringify(snapshot),
    },
  ],
  [
    'digest_runs',
    {
      subscription_id: 's1',
      period_key: '2027-W02',
      status: 'claimed',
      attempts: 0,
      claimed_at: T(11),
      posted_at: null,
      message_ref: null,
      error: null,
      snapshot: null,
    },
  ],
  [
    'alert_state',
    { subscription_id: 's1', target_id: 'ondiep.burglary', status: 'on_track', changed_at: T(4) },
  ],
  ['reminders', { subscription_id: 's1', owner: 'U1', period_key: '2027', sent: 2, last_sent_at: T(4) }],
  ['health', { id: 1, checked_at: T(4) }],
];
const TABLES = [...new Set(ROWS.map(([t]) => t))];
const countsOf = (rows: typeof ROWS) =>
  Object.fromEntries(TABLES.map((t) => [t, rows.filter(([x]) => x === t).length]));

/** Everything the store finds of those rows. */
async function found(store: Store) {
  return {
    thread: await store.getThread('slack:T1:C1:1.1'),
    audit: await store.listAudit(),
    feedback: await store.listFeedback('a1'),
    conversations: await store.listConversations('teams'),
    measurements: await store.listMeasurements(),
    history: await store.measurementHistory(),
    revisions: await store.listRevisions(),
    subscriptions: await store.listSubscriptions(),
    runs: await store.listDigestRuns('s1'),
    // A done event stays done; a claim from long ago is taken over.
    events: [
      await store.claimEvent('slack:T1:Ev1', 60_000, Date.parse(T(20))),
      await store.claimEvent('slack:T1:Ev2', 60_000, Date.parse(T(20))),
    ],
    // The alert state was on_track; the reminder was sent twice of three.
    alert: await store.moveAlertState('s1', 'ondiep.burglary', 'at_risk', T(20)),
    reminders: [
      await store.claimReminder('s1', 'U1', '2027', 3, T(20)),
      await store.claimReminder('s1', 'U1', '2027', 3, T(20)),
    ],
    // The revision's history: a second save of the inactive one's values changes the active one again.
    revisionAgain: await store.saveRevisions([
      {
        wijk: 'Ondiep',
        indicator: 'burglary',
        year: 2011,
        value: 17,
        source: 'Raadsbrief 2009',
        basis: null,
        recordedBy: 'admin',
        recordedAt: T(2),
      },
    ]),
  };
}

const expected = {
  thread: context,
  audit: [
    {
      id: 'a1',
      at: T(1),
      channel: 'slack',
      user: 'abc',
      thread: 'slack:T1:C1:1.1',
      question,
      status: 'answered',
      language: 'en',
      answer: 'The 2011 target is 21.',
      clauseIds: ['veiligheid.ambitie.ondiep.3'],
      knowledgeVersion: 'v1',
      legalHold: true,
      payload,
    },
    {
      id: 'a2',
      at: T(2),
      channel: 'web',
      user: null,
      thread: null,
      question: 'x',
      status: 'not_found',
      language: 'nl',
      answer: 'y',
      clauseIds: [],
      knowledgeVersion: 'v1',
      legalHold: false,
      payload: null,
    },
  ],
  feedback: [{ answerId: 'a1', rating: 'not_helpful', reason: 'wrong_figure', user: 'abc', at: T(2) }],
  conversations: [
    {
      key: 'teams:19:abc',
      platform: 'teams',
      reference: { conversation: { id: '19:abc' } },
      installedAt: T(1),
    },
  ],
  measurements: [
    {
      wijk: 'Ondiep',
      indicator: 'burglary',
      year: 2009,
      value: 31.5,
      unit: 'per 1000 woningen',
      source: 'Wijkenmonitor 2009',
      note: 'gecorrigeerd',
      recordedBy: 'admin',
      recordedAt: T(2),
    },
  ],
  history: [
    {
      wijk: 'Ondiep',
      indicator: 'burglary',
      year: 2009,
      value: 30,
      unit: 'per 1000 woningen',
      source: 'Wijkenmonitor 2009',
      note: null,
      recordedBy: null,
      recordedAt: T(1),
      replacedAt: T(2),
      replacedBy: 'admin',
    },
  ],
  revisions: [
    {
      wijk: 'Ondiep',
      indicator: 'burglary',
      year: 2011,
      value: 17,
      source: 'Raadsbrief 2009',
      basis: null,
      recordedBy: 'admin',
      recordedAt: T(2),
    },
  ],
  subscriptions: [
    {
      id: 's1',
      platform: 'slack',
      conversation: 'C123',
      team: 'T1',
      scope,
      schedule: { weekday: 1, time: '09:00', zone: 'Europe/Amsterdam', holidays: true },
      language: 'nl',
      heartbeat: false,
      alerts: true,
      owners: { burglary: ['U1'] },
      active: false,
      pausedReason: 'channel_not_found',
      subscriber: 'UADMIN',
      createdAt: T(1),
      updatedAt: T(2),
    },
  ],
  runs: [
    {
      subscriptionId: 's1',
      period: '2027-W02',
      status: 'claimed',
      attempts: 0,
      claimedAt: T(11),
      postedAt: null,
      messageRef: null,
      error: null,
      snapshot: null,
    },
    {
      subscriptionId: 's1',
      period: '2027-W01',
      status: 'posted',
      attempts: 2,
      claimedAt: T(4),
      postedAt: T(4),
      messageRef: '1700000500.000100',
      error: null,
      snapshot,
    },
  ],
  events: [false, 'unknown'],
  alert: 'on_track',
  reminders: [true, false],
  revisionAgain: { added: 0, changed: 0, unchanged: 1 },
};

describe('a database made by the store before Kysely', () => {
  it('is taken over on SQLite: every row found, every migration applied once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cb-legacy-')), 'charterbot.db');
    const db = new Database(file);
    db.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    for (const m of SQLITE_MIGRATIONS) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, T(1));
    }
    for (const [table, row] of ROWS) {
      const columns = Object.keys(row);
      db.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      ).run(row);
    }
    db.close();

    const store = await createSqliteStore(file);
    expect(await found(store)).toEqual(expected);
    await store.close();
    const after = new Database(file, { readonly: true });
    const counts = Object.fromEntries(
      TABLES.map((t) => [t, (after.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
    );
    // The rows found above, plus what finding them wrote: none but the alert's move and the reminder's count.
    expect(counts).toEqual(countsOf(ROWS));
    expect(after.prepare('SELECT count(*) AS n FROM kysely_migration').get()).toEqual({ n: 7 });
    after.close();
    // Opened again, nothing is applied twice.
    await (await createSqliteStore(file)).close();
  });

  it.runIf(postgresAvailable)('is taken over on PostgreSQL: every row found, in native types', async () => {
    const url = await freshDatabaseUrl();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    for (const m of POSTGRES_MIGRATIONS) {
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [m.version, m.name, T(1)]);
    }
    for (const [table, row] of ROWS) {
      const columns = Object.keys(row);
      // The earlier store escaped backslash and NUL in the audit log's question and answer.
      const values = columns.map((c) =>
        table === 'audit_log' && (c === 'question' || c === 'answer')
          ? String(row[c]).replace(/\\/g, '\\\\').replace(/\0/g, '\\0')
          : row[c],
      );
      await client.query(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
        values,
      );
    }

    const store = await createPostgresStore(url);
    expect(await found(store)).toEqual(expected);
    await store.close();
    const counts: Record<string, number> = {};
    for (const t of TABLES)
      counts[t] = Number((await client.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
    expect(counts).toEqual(countsOf(ROWS));
    const types = await client.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'
         AND data_type IN ('text', 'integer') AND (
         column_name ~ '(_at|^at)$' OR column_name IN ('legal_hold', 'active', 'holidays', 'heartbeat', 'alerts',
           'context', 'clause_ids', 'payload', 'reference', 'scope', 'owners', 'snapshot'))`,
    );
    // No timestamp, flag or JSON column is left in text or integer.
    expect(types.rows).toEqual([]);
    const native = await client.query<{ data_type: string }>(
      `SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema()
       AND table_name = 'audit_log' AND column_name IN ('at', 'legal_hold', 'payload') ORDER BY column_name`,
    );
    expect(native.rows.map((r) => r.data_type)).toEqual(['timestamp with time zone', 'boolean', 'jsonb']);
    // Identity columns go on after the rows taken over.
    const again = await createPostgresStore(url);
    await again.saveMeasurements(
      [
        {
          wijk: 'Ondiep',
          indicator: 'burglary',
          year: 2009,
          value: 29,
          unit: 'per 1000 woningen',
          source: 'x',
          note: null,
        },
      ],
      'admin',
      T(21),
    );
    expect((await again.measurementHistory()).length).toBe(2);
    await again.close();
    await client.end();
  });
});
