// The Store contract: every implementation (SQLite and PostgreSQL) must pass these.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewAuditRecord, Store } from '../../src/store/store.js';
import { newMeasurement } from '../support/measurements.js';
import { newSubscription } from '../support/subscriptions.js';

const record = (over: Partial<NewAuditRecord> = {}): NewAuditRecord => ({
  channel: 'web',
  user: null,
  thread: null,
  question: 'What is the Ondiep burglary target for 2011?',
  status: 'answered',
  language: 'en',
  answer: 'The 2011 target is 21.',
  clauseIds: ['veiligheid.ambitie.ondiep.3'],
  knowledgeVersion: 'abc123',
  ...over,
});

export function storeContract(name: string, create: () => Store | Promise<Store>): void {
  describe(`${name} store contract`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await create();
    });
    afterEach(async () => {
      await store.close();
    });

    it('keeps thread context', async () => {
      expect(await store.getThread('t')).toBeUndefined();
      const ctx = {
        language: 'nl' as const,
        wijken: ['ondiep'],
        indicators: ['burglary'],
        theme: null,
        years: [2011],
        asks: 'target' as const,
      };
      await store.setThread('t', ctx);
      await store.setThread('t', { ...ctx, years: [2017] });
      expect(await store.getThread('t')).toEqual({ ...ctx, years: [2017] });
    });

    it('records answers verbatim, with UTC time and no legal hold', async () => {
      const q = 'line one\n{"level":30,"msg":"fake log line"}\n<script>x</script> \u0000 C:\\temp\\0 \\\\';
      const r = await store.recordAnswer(record({ question: q, user: 'abc', thread: 'web:1' }));
      expect(r.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(await store.getAnswer(r.id)).toEqual({ ...r, question: q, legalHold: false, payload: null });
      expect(await store.countAudit()).toBe(1);
    });

    it('lists and counts by time range, oldest first', async () => {
      await store.recordAnswer(record({ at: '2026-01-01T10:00:00.000Z' }));
      await store.recordAnswer(record({ at: '2026-02-01T10:00:00.000Z' }));
      await store.recordAnswer(record({ at: '2026-03-01T10:00:00.000Z' }));
      const range = { since: '2026-01-15T00:00:00.000Z', until: '2026-03-01T10:00:00.000Z' };
      expect((await store.listAudit(range)).map((r) => r.at)).toEqual(['2026-02-01T10:00:00.000Z']);
      expect(await store.countAudit(range)).toBe(1);
      expect((await store.listAudit()).map((r) => r.at)).toEqual([
        '2026-01-01T10:00:00.000Z',
        '2026-02-01T10:00:00.000Z',
        '2026-03-01T10:00:00.000Z',
      ]);
    });

    it('prunes old records but keeps those under legal hold', async () => {
      const old = await store.recordAnswer(record({ at: '2020-01-01T00:00:00.000Z' }));
      const held = await store.recordAnswer(record({ at: '2020-01-02T00:00:00.000Z' }));
      const recent = await store.recordAnswer(record());
      expect(await store.setLegalHold([held.id, 'no-such-id'], true)).toBe(1);
      expect(await store.pruneAudit('2025-01-01T00:00:00.000Z')).toBe(1);
      expect(await store.getAnswer(old.id)).toBeUndefined();
      expect((await store.getAnswer(held.id))?.legalHold).toBe(true);
      expect(await store.getAnswer(recent.id)).toBeDefined();
      await store.setLegalHold([held.id], false);
      expect(await store.pruneAudit('2025-01-01T00:00:00.000Z')).toBe(1);
    });

    it('stores feedback with its answer and refuses feedback on unknown answers', async () => {
      const r = await store.recordAnswer(record());
      const at = new Date().toISOString();
      expect(
        await store.recordFeedback({
          answerId: r.id,
          rating: 'not_helpful',
          reason: 'wrong_figure',
          user: 'u1',
          at,
        }),
      ).toBe(true);
      expect(
        await store.recordFeedback({ answerId: 'nope', rating: 'helpful', reason: null, user: null, at }),
      ).toBe(false);
      expect(await store.listFeedback(r.id)).toEqual([
        { answerId: r.id, rating: 'not_helpful', reason: 'wrong_figure', user: 'u1', at },
      ]);
    });

    it('keeps the whole answer and knows which threads it answered in', async () => {
      const payload = {
        status: 'answered' as const,
        language: 'en' as const,
        answer: 'x',
        facts: [],
        citations: [],
      };
      const r = await store.recordAnswer(record({ thread: 'slack:T:C:1', payload }));
      expect((await store.getAnswer(r.id))?.payload).toEqual(payload);
      expect(await store.hasThread('slack:T:C:1')).toBe(true);
      expect(await store.hasThread('slack:T:C:2')).toBe(false);
    });

    it('claims a delivery once, and takes over a claim that never finished', async () => {
      expect(await store.claimEvent('slack:T1:Ev1')).toBe('fresh');
      expect(await store.claimEvent('slack:T1:Ev1')).toBe(false);
      // Taken over from a claim that never finished: whether it was answered is unknown.
      expect(await store.claimEvent('slack:T1:Ev1', 0)).toBe('unknown');
      await store.finishEvent('slack:T1:Ev1');
      expect(await store.claimEvent('slack:T1:Ev1', 0)).toBe(false);
      expect(await store.claimEvent('slack:T2:Ev1')).toBe('fresh');
      // An owner renews its claim while it works; a renewed claim is not taken over, a released one is.
      const t = Date.parse('2030-01-01T00:00:00.000Z');
      expect(await store.claimEvent('slack:T3:Ev1', 60_000, t)).toBe('fresh');
      await store.touchEvent('slack:T3:Ev1', new Date(t + 50_000).toISOString());
      expect(await store.claimEvent('slack:T3:Ev1', 60_000, t + 62_000)).toBe(false);
      await store.touchEvent('slack:T3:Ev1', new Date(0).toISOString());
      expect(await store.claimEvent('slack:T3:Ev1', 60_000, t + 62_000)).toBe('unknown');
      await store.finishEvent('slack:T3:Ev1');
      await store.touchEvent('slack:T3:Ev1', new Date(0).toISOString());
      expect(await store.claimEvent('slack:T3:Ev1', 60_000, t + 62_000)).toBe(false);
    });

    it('saves, lists and forgets conversation references', async () => {
      const c = {
        key: 'teams:19:abc',
        platform: 'teams' as const,
        reference: { conversation: { id: '19:abc' } },
        installedAt: new Date().toISOString(),
      };
      expect(await store.saveConversation(c)).toEqual({ isNew: true });
      expect(await store.saveConversation(c)).toEqual({ isNew: false });
      expect(await store.listConversations('teams')).toEqual([c]);
      expect(await store.listConversations('slack')).toEqual([]);
      expect(await store.deleteConversation('teams:19:abc')).toBe(true);
      expect(await store.deleteConversation('teams:19:abc')).toBe(false);
      expect(await store.listConversations('teams')).toEqual([]);
    });

    it('stores measurements, changes nothing on the same values, keeps corrected values in a history', async () => {
      const at1 = '2026-01-01T00:00:00.000Z';
      const at2 = '2026-02-01T00:00:00.000Z';
      const rows = [newMeasurement(), newMeasurement({ year: 2010, value: 25.5, note: 'voorlopig' })];
      expect(await store.saveMeasurements(rows, 'p1', at1)).toEqual({ added: 2, changed: 0, unchanged: 0 });
      expect(await store.saveMeasurements(rows, 'p1', at2)).toEqual({ added: 0, changed: 0, unchanged: 2 });
      expect(await store.listMeasurements()).toEqual([
        { ...rows[0], recordedBy: 'p1', recordedAt: at1 },
        { ...rows[1], recordedBy: 'p1', recordedAt: at1 },
      ]);
      const corrected = newMeasurement({ value: 29, source: 'Wijkenmonitor 2010 (correctie)' });
      expect(await store.saveMeasurements([corrected], 'p2', at2)).toEqual({
        added: 0,
        changed: 1,
        unchanged: 0,
      });
      expect(await store.listMeasurements({ wijk: 'Ondiep', indicator: 'burglary' })).toEqual([
        { ...corrected, recordedBy: 'p2', recordedAt: at2 },
        { ...rows[1], recordedBy: 'p1', recordedAt: at1 },
      ]);
      expect(await store.measurementHistory()).toEqual([
        { ...rows[0], recordedBy: 'p1', recordedAt: at1, replacedAt: at2, replacedBy: 'p2' },
      ]);
      expect(await store.listMeasurements({ wijk: 'Overvecht' })).toEqual([]);
    });

    it('stores all measurements or none', async () => {
      const bad = newMeasurement({ year: 2011, source: '   ' });
      await expect(
        store.saveMeasurements([newMeasurement(), bad], null, '2026-01-01T00:00:00.000Z'),
      ).rejects.toThrow();
      expect(await store.listMeasurements()).toEqual([]);
    });

    it('keeps one active revision per milestone', async () => {
      const rev = {
        wijk: 'Ondiep',
        indicator: 'burglary',
        year: 2011,
        value: 16.6,
        source: 'Nulmeting 2007',
        basis: { year: 2007, value: 30 },
        recordedBy: null,
        recordedAt: '2026-01-01T00:00:00.000Z',
      };
      expect(await store.saveRevisions([rev])).toEqual({ added: 1, changed: 0, unchanged: 0 });
      expect(await store.saveRevisions([rev])).toEqual({ added: 0, changed: 0, unchanged: 1 });
      const again = { ...rev, value: 17, basis: null, source: 'Raadsbrief 2009' };
      expect(await store.saveRevisions([again])).toEqual({ added: 0, changed: 1, unchanged: 0 });
      expect(await store.listRevisions()).toEqual([again]);
    });

    it('keeps one subscription per conversation, lists, pauses once and deletes', async () => {
      const first = await store.saveSubscription(newSubscription({ id: 's1' }));
      expect(first.isNew).toBe(true);
      const again = await store.saveSubscription(
        newSubscription({ id: 's2', language: 'en', scope: { wijken: ['Ondiep'], themes: ['safety'] } }),
      );
      expect(again).toMatchObject({ isNew: false, subscription: { id: 's1', language: 'en' } });
      expect(await store.findSubscription('slack', 'C123')).toMatchObject({
        id: 's1',
        scope: { wijken: ['Ondiep'], themes: ['safety'] },
        schedule: { weekday: 1, time: '09:00', zone: 'Europe/Amsterdam', holidays: true },
      });
      await store.saveSubscription(
        newSubscription({ id: 't1', platform: 'teams', conversation: 'teams:19:x' }),
      );
      expect((await store.listSubscriptions()).map((x) => x.id)).toEqual(['s1', 't1']);
      expect(await store.pauseSubscription('s1', 'channel_not_found')).toBe(true);
      expect(await store.pauseSubscription('s1', 'channel_not_found')).toBe(false);
      expect((await store.listSubscriptions({ active: true })).map((x) => x.id)).toEqual(['t1']);
      expect((await store.getSubscription('s1'))?.pausedReason).toBe('channel_not_found');
      expect(await store.deleteSubscription('s1')).toBe(true);
      expect(await store.deleteSubscription('s1')).toBe(false);
    });

    it('claims a digest run once per subscription and period, and records its outcome', async () => {
      await store.saveSubscription(newSubscription({ id: 's1' }));
      const at = '2027-06-07T07:00:00.000Z';
      const claims = await Promise.all([1, 2, 3].map(() => store.claimDigestRun('s1', '2027-W23', at)));
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.claimDigestRun('s1', '2027-W24', at)).toBe(true);
      const snapshot = { statuses: { 'ondiep.burglary': 'at_risk' as const }, lastMeasurementAt: null };
      await store.finishDigestRun('s1', '2027-W23', {
        status: 'posted',
        attempts: 2,
        postedAt: at,
        messageRef: '1700000500.000100',
        error: null,
        snapshot,
      });
      expect((await store.listDigestRuns('s1')).map((r) => [r.period, r.status])).toEqual([
        ['2027-W24', 'claimed'],
        ['2027-W23', 'posted'],
      ]);
      expect((await store.listDigestRuns('s1'))[1]).toMatchObject({
        attempts: 2,
        messageRef: '1700000500.000100',
        snapshot,
      });
    });

    it('hands a run left claimed by a stopped instance to one taker, with the time it was first claimed', async () => {
      await store.saveSubscription(newSubscription({ id: 's1' }));
      await store.claimDigestRun('s1', '2027-W23', '2027-06-07T07:00:00.000Z');
      await store.claimDigestRun('s1', '2027-W24', '2027-06-14T07:00:00.000Z');
      await store.finishDigestRun('s1', '2027-W24', {
        status: 'posted',
        attempts: 1,
        postedAt: '2027-06-14T07:00:01.000Z',
        messageRef: 'x',
        error: null,
        snapshot: null,
      });
      expect(await store.reclaimDigestRuns('2027-06-07T06:00:00.000Z', '2027-06-07T07:30:00.000Z')).toEqual(
        [],
      );
      const takers = await Promise.all(
        [1, 2, 3].map(() => store.reclaimDigestRuns('2027-06-20T00:00:00.000Z', '2027-06-20T00:00:00.000Z')),
      );
      expect(takers.flat()).toEqual([
        { subscriptionId: 's1', period: '2027-W23', claimedAt: '2027-06-07T07:00:00.000Z' },
      ]);
      // Taken: its claim is fresh again, and a posted run is never taken over.
      expect(await store.reclaimDigestRuns('2027-06-20T00:00:00.000Z', '2027-06-20T00:01:00.000Z')).toEqual(
        [],
      );
    });

    it('reports each alert state change once, and caps reminders', async () => {
      await store.saveSubscription(newSubscription({ id: 's1' }));
      const at = '2027-06-07T07:00:00.000Z';
      expect(await store.moveAlertState('s1', 'ondiep.burglary', 'on_track', at)).toBeNull();
      expect(await store.moveAlertState('s1', 'ondiep.burglary', 'on_track', at)).toBeNull();
      expect(await store.moveAlertState('s1', 'ondiep.burglary', 'at_risk', at)).toBe('on_track');
      expect(await store.moveAlertState('s1', 'ondiep.burglary', 'at_risk', at)).toBeNull();
      const sent = [];
      for (let i = 0; i < 5; i++) sent.push(await store.claimReminder('s1', 'U1', '2027', 3, at));
      expect(sent).toEqual([true, true, true, false, false]);
      expect(await store.claimReminder('s1', 'U2', '2027', 3, at)).toBe(true);
    });

    it('lists the alert states of the subscriptions asked for, in one read', async () => {
      for (const [id, conversation] of [
        ['s1', 'C1'],
        ['s2', 'C2'],
        ['s3', 'C3'],
      ] as const)
        await store.saveSubscription(newSubscription({ id, conversation }));
      const first = '2027-06-07T07:00:00.000Z';
      const later = '2027-06-07T07:01:00.000Z';
      expect(await store.listAlertStates([])).toEqual([]);
      expect(await store.listAlertStates(['s1', 's2'])).toEqual([]);
      await store.moveAlertState('s1', 'ondiep.violence', 'no_data', first);
      await store.moveAlertState('s1', 'ondiep.burglary', 'on_track', first);
      await store.moveAlertState('s2', 'ondiep.burglary', 'at_risk', first);
      await store.moveAlertState('s3', 'ondiep.burglary', 'at_risk', first);
      await store.moveAlertState('s1', 'ondiep.burglary', 'at_risk', later);
      expect(await store.listAlertStates(['s1', 's2'])).toEqual([
        { subscriptionId: 's1', targetId: 'ondiep.burglary', status: 'at_risk', changedAt: later },
        { subscriptionId: 's1', targetId: 'ondiep.violence', status: 'no_data', changedAt: first },
        { subscriptionId: 's2', targetId: 'ondiep.burglary', status: 'at_risk', changedAt: first },
      ]);
      expect(await store.listAlertStates(['s4'])).toEqual([]);
    });

    it('answers ping while open and refuses after close', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expect(store.ping()).rejects.toThrow();
    });
  });
}
