// An answered delivery's one write: claim, thread and audit together, or nothing when the delivery was
// claimed first elsewhere; on SQLite and on PostgreSQL, where instances race for the same delivery.
import { describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import type { NewAuditRecord, Store } from '../../src/store/store.js';
import { freshDatabaseUrl, postgresAvailable } from '../support/postgres.js';

const record: NewAuditRecord = {
  channel: 'slack',
  user: 'abc',
  thread: 'slack:T1:C1:1.1',
  question: 'Ondiep burglary 2011?',
  status: 'answered',
  language: 'en',
  answer: 'The 2011 target is 21.',
  clauseIds: ['veiligheid.ambitie.ondiep.3'],
  knowledgeVersion: 'v1',
};
const context = {
  language: 'en' as const,
  wijken: ['ondiep'],
  indicators: ['burglary'],
  theme: null,
  years: [2011],
  asks: 'target' as const,
};
const claim = (key: string) => ({ key, staleAfterMs: 60_000, at: Date.now() });

const stores: Array<[string, () => Promise<Store>]> = [['sqlite', () => createSqliteStore(':memory:')]];
if (postgresAvailable) stores.push(['postgres', async () => createPostgresStore(await freshDatabaseUrl())]);

describe.each(stores)('an answered delivery on %s', (_, create) => {
  it('claims, keeps the thread and records the answer in one write, or writes nothing', async () => {
    const store = await create();
    expect(await store.knowsEvent('slack:T1:Ev1')).toBe(false);
    const first = await store.recordAnswered({
      claim: claim('slack:T1:Ev1'),
      thread: { id: 'slack:T1:C1:1.1', context },
      record,
    });
    expect(first.claim).toBe('fresh');
    expect(await store.knowsEvent('slack:T1:Ev1')).toBe(true);
    expect(await store.getThread('slack:T1:C1:1.1')).toEqual(context);
    expect(await store.getAnswer(first.record?.id ?? '')).toEqual(first.record);
    // The same delivery again: claimed already, so no second record and the thread as it was.
    const again = await store.recordAnswered({
      claim: claim('slack:T1:Ev1'),
      thread: { id: 'slack:T1:C1:1.1', context: { ...context, years: [2017] } },
      record,
    });
    expect(again).toEqual({ claim: false, record: null });
    expect(await store.countAudit()).toBe(1);
    expect(await store.getThread('slack:T1:C1:1.1')).toEqual(context);
    // Without a claim (the web, Teams, the CLI): thread and record.
    const web = await store.recordAnswered({ record: { ...record, channel: 'web', thread: null } });
    expect(web.claim).toBe('fresh');
    expect(await store.countAudit()).toBe(2);
    await store.close();
  });

  it('records one answer when deliveries of one event race', async () => {
    const store = await create();
    for (let round = 0; round < 10; round++) {
      const results = await Promise.all(
        [1, 2, 3, 4].map(() => store.recordAnswered({ claim: claim(`ev-${round}`), record })),
      );
      expect(results.filter((r) => r.record !== null)).toHaveLength(1);
    }
    expect(await store.countAudit()).toBe(10);
    await store.close();
  });
});

describe.runIf(postgresAvailable)('an answered delivery on several PostgreSQL instances', () => {
  it('is recorded by exactly one of the instances racing for it', async () => {
    const url = await freshDatabaseUrl();
    const instances = await Promise.all([1, 2, 3].map(() => createPostgresStore(url)));
    for (let round = 0; round < 10; round++) {
      const results = await Promise.all(
        instances.flatMap((s) => [1, 2].map(() => s.recordAnswered({ claim: claim(`ev-${round}`), record }))),
      );
      expect(results.filter((r) => r.record !== null)).toHaveLength(1);
    }
    expect(await (instances[0] as Store).countAudit()).toBe(10);
    await Promise.all(instances.map((s) => s.close()));
  });
});
