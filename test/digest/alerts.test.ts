// Status alerts per scheduler tick: progress evaluated once for every subscription, the stored alert states
// read once and compared in memory, and only first-seen or changed targets written. The real runner, the real
// SQLite store (its alert-state writes counted on the way through), the real Slack poster and the fake Slack
// Web API.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackDigestPoster } from '../../src/channels/slack/digest-poster.js';
import { loadKnowledge } from '../../src/charter/load.js';
import { createDigestRunner } from '../../src/digest/deliver.js';
import { createLogger } from '../../src/logger.js';
import { evaluateProgress } from '../../src/progress/evaluate.js';
import { DEFAULT_PROGRESS_OPTIONS } from '../../src/progress/types.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import type { Store, Subscription } from '../../src/store/store.js';
import { type FakeSlack, startFakeSlack } from '../fakes/slack-api.js';
import { newMeasurement } from '../support/measurements.js';
import { newSubscription } from '../support/subscriptions.js';

const knowledge = loadKnowledge();
const logger = createLogger('silent');
const ms = (iso: string) => Date.parse(iso);
/** Tuesday 4 May 2027, 10:00 in Utrecht, plus `minutes`: no weekly digest is due then. */
const tuesday = (minutes: number) => ms('2027-05-04T10:00:00+02:00') + minutes * 60_000;
/** Created after that week's Monday digest: the first digest comes the Monday after. */
const CREATED = '2027-05-04T07:00:00.000Z';
/** Ondiep's youth nuisance in 2017, below its target: the target goes from no data to achieved. */
const YOUTH_2017 = newMeasurement({
  indicator: 'youth_nuisance',
  year: 2017,
  value: 10,
  unit: '%',
  source: 'Wijkenmonitor 2017',
});

let slack: FakeSlack;
beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(async () => {
  await slack.close();
});

/** The real store, its alert-state writes (compare-and-set calls) counted on the way through. */
function countingWrites(store: Store) {
  const writes: Array<{ subscriptionId: string; targetId: string }> = [];
  const counted: Store = {
    ...store,
    moveAlertState(subscriptionId, targetId, status, at) {
      writes.push({ subscriptionId, targetId });
      return store.moveAlertState(subscriptionId, targetId, status, at);
    },
  };
  return { store: counted, writes };
}

/** A runner as main.ts builds it, over `store`, with progress evaluated through a counter. */
function runner(store: Store) {
  const evaluations = { count: 0 };
  const digests = createDigestRunner({
    knowledge,
    store,
    progress: DEFAULT_PROGRESS_OPTIONS,
    logger,
    retry: { attempts: 1, baseMs: 1 },
    evaluate: (...args) => {
      evaluations.count += 1;
      return evaluateProgress(...args);
    },
    posters: {
      slack: createSlackDigestPoster({
        botToken: 'xoxb-test-token',
        apiUrl: slack.apiUrl,
        knowledge,
        links: {},
        charts: false,
        logger,
      }),
    },
  });
  return { digests, evaluations };
}

const inScope = (sub: Subscription) =>
  knowledge.targets.filter(
    (t) =>
      (sub.scope.wijken.length === 0 || sub.scope.wijken.includes(t.wijk)) &&
      (sub.scope.themes.length === 0 || sub.scope.themes.includes(t.theme)),
  );

describe('alerts, per tick', () => {
  it('writes no alert state when nothing changed, and one row per alerting subscription when one target did', async () => {
    const real = await createSqliteStore(':memory:');
    const { store, writes } = countingWrites(real);
    const { digests } = runner(store);
    const subs = [
      newSubscription({ conversation: 'CW1', alerts: true, createdAt: CREATED }),
      newSubscription({
        conversation: 'CW2',
        alerts: true,
        scope: { wijken: ['Ondiep'], themes: [] },
        createdAt: CREATED,
      }),
      newSubscription({
        conversation: 'CW3',
        alerts: true,
        language: 'en',
        scope: { wijken: ['Ondiep'], themes: ['safety'] },
        createdAt: CREATED,
      }),
      newSubscription({ conversation: 'CW4', alerts: false, createdAt: CREATED }),
    ];
    for (const sub of subs) await real.saveSubscription(sub);
    const alerting = subs.filter((s) => s.alerts);
    const ids = alerting.map((s) => s.id);
    const baseline = alerting.reduce((n, s) => n + inScope(s).length, 0);
    const posts = () => slack.calls.filter((c) => c.method === 'chat.postMessage').length;
    const before = posts();

    // The first tick records each target's baseline, one write per target in scope, and alerts nobody.
    expect(await digests.tick(tuesday(0))).toMatchObject({ alerts: 0, due: 0 });
    expect(writes).toHaveLength(baseline);
    const states = await real.listAlertStates(ids);
    expect(states).toHaveLength(baseline);

    // Nothing changed: nothing written, not even a compare-and-set that finds the same status.
    writes.length = 0;
    expect(await digests.tick(tuesday(1))).toMatchObject({ alerts: 0 });
    expect(await digests.tick(tuesday(2))).toMatchObject({ alerts: 0 });
    expect(writes).toEqual([]);
    expect(await real.listAlertStates(ids)).toEqual(states);
    expect(posts()).toBe(before);

    // One target changed: one row written per alerting subscription, one alert each.
    await real.saveMeasurements([YOUTH_2017], null, new Date(tuesday(2)).toISOString());
    expect(await digests.tick(tuesday(3))).toMatchObject({ alerts: 3 });
    // In any order: the tick goes through subscriptions in the store's order ("sub-10" before "sub-8").
    const bySubscription = (a: { subscriptionId: string }, b: { subscriptionId: string }) =>
      a.subscriptionId.localeCompare(b.subscriptionId);
    expect([...writes].sort(bySubscription)).toEqual(
      alerting.map((s) => ({ subscriptionId: s.id, targetId: 'ondiep.youth_nuisance' })).sort(bySubscription),
    );
    const moved = (await real.listAlertStates(ids)).filter((s) => s.changedAt !== states[0]?.changedAt);
    expect(moved.map((s) => [s.subscriptionId, s.targetId, s.status])).toEqual(
      alerting
        .map((s) => [s.id, 'ondiep.youth_nuisance', 'achieved'])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(String(slack.messages('CW2').at(-1)?.text)).toMatch(
      /^Charter krachtwijken: de status van een doel is veranderd\.\n• Ondiep, inwoners die overlast van jongeren ervaren: gehaald \(was geen gegevens\)/,
    );
    expect(String(slack.messages('CW3').at(-1)?.text)).toMatch(
      /^Charter krachtwijken: a target's status changed\.\n• Ondiep, .*achieved \(was no data\)/,
    );
    expect(slack.messages('CW4')).toEqual([]);

    writes.length = 0;
    expect(await digests.tick(tuesday(4))).toMatchObject({ alerts: 0 });
    expect(writes).toEqual([]);
    await real.close();
  });

  it('evaluates progress once per tick for all subscriptions, digests included, and not at all when none needs it', async () => {
    const store = await createSqliteStore(':memory:');
    const { digests, evaluations } = runner(store);
    await store.saveMeasurements([YOUTH_2017], null, '2027-05-01T00:00:00.000Z');
    const quiet = newSubscription({ conversation: 'CE0', alerts: false, createdAt: CREATED });
    await store.saveSubscription(quiet);
    // No alerts on, no digest due: nothing read, nothing evaluated.
    expect(await digests.tick(tuesday(0))).toMatchObject({ due: 0 });
    expect(evaluations.count).toBe(0);

    const scopes = [[], ['Ondiep'], ['Ondiep'], ['Kanaleneiland'], ['Overvecht', 'Ondiep']];
    for (const [i, wijken] of scopes.entries())
      await store.saveSubscription(
        newSubscription({
          conversation: `CE${i + 1}`,
          alerts: true,
          language: i % 2 ? 'en' : 'nl',
          scope: { wijken, themes: [] },
          createdAt: CREATED,
        }),
      );
    expect(await digests.tick(tuesday(1))).toMatchObject({ alerts: 0, due: 0 });
    expect(evaluations.count).toBe(1);
    // Monday 10 May, 09:00: six digests due and five subscriptions alerting, in one tick and one evaluation.
    evaluations.count = 0;
    expect(await digests.tick(ms('2027-05-10T09:00:00+02:00'))).toMatchObject({ due: 6, posted: 6 });
    expect(evaluations.count).toBe(1);
    await store.close();
  });

  it('posts each change once when two instances tick together', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cb-alerts-')), 'charterbot.db');
    const [a, b] = [await createSqliteStore(file), await createSqliteStore(file)] as const;
    const sub = newSubscription({
      conversation: 'CTWO',
      alerts: true,
      scope: { wijken: ['Ondiep'], themes: [] },
      createdAt: CREATED,
    });
    await a.saveSubscription(sub);
    const instances = [runner(a).digests, runner(b).digests];
    const together = async (at: number) =>
      (await Promise.all(instances.map((r) => r.tick(at)))).reduce((n, s) => n + s.alerts, 0);

    expect(await together(tuesday(0))).toBe(0);
    expect(await a.listAlertStates([sub.id])).toHaveLength(inScope(sub).length);
    await a.saveMeasurements([YOUTH_2017], null, new Date(tuesday(0)).toISOString());
    expect(await together(tuesday(1))).toBe(1);
    expect(await together(tuesday(2))).toBe(0);
    expect(slack.messages('CTWO')).toHaveLength(1);
    await a.close();
    await b.close();
  });
});
