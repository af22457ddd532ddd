// Several instances on one PostgreSQL, as a municipality runs them behind a load balancer: a follow-up
// reaches another instance, a Slack event delivered to two instances is answered once, a measurement
// recorded through one is used by all, and 200 digests due in the same minute go out exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../fakes/slack-api.js';
import { newMeasurement } from '../support/measurements.js';
import { freshDatabaseUrl, postgresAvailable } from '../support/postgres.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { eventBody, postSlack, slackEnv, slackEventFinished } from '../support/slack-request.js';
import { newSubscription } from '../support/subscriptions.js';

describe.runIf(postgresAvailable)('several instances on one PostgreSQL', () => {
  let slack: FakeSlack;
  let instances: TestServer[];
  beforeAll(async () => {
    slack = await startFakeSlack();
    const url = await freshDatabaseUrl();
    instances = await Promise.all(
      [1, 2, 3].map(() =>
        startTestServer({ ...slackEnv(slack.apiUrl), DATABASE_URL: url, DIGEST_SCHEDULER: 'off' }),
      ),
    );
  }, 30_000);
  afterAll(async () => {
    await Promise.all(instances.map((s) => s.close()));
    await slack.close();
  });
  const a = () => instances[0] as TestServer;
  const b = () => instances[1] as TestServer;
  const c = () => instances[2] as TestServer;

  it('answers a follow-up on another instance than the question', async () => {
    slack.calls.length = 0;
    const question = eventBody({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> What is the Zuilen-Oost violence target for 2011?',
      ts: '1700001000.000001',
      channel: 'C1',
    });
    await postSlack(a().url, question, 'application/json');
    await slack.waitFor((call) => call.method === 'chat.postMessage');
    slack.calls.length = 0;
    const followUp = eventBody({
      type: 'message',
      channel_type: 'channel',
      user: 'U2',
      text: 'and for Ondiep?',
      ts: '1700001000.000009',
      thread_ts: '1700001000.000001',
      channel: 'C1',
    });
    await postSlack(b().url, followUp, 'application/json');
    const answer = await slack.waitFor((call) => call.method === 'chat.postMessage');
    expect(answer.body.thread_ts).toBe('1700001000.000001');
    expect(JSON.stringify(answer.body.blocks)).toContain('Ondiep is 7.5 per 1000');
  });

  it('answers the same Slack event delivered to two instances at once, once', async () => {
    slack.calls.length = 0;
    const event = eventBody({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> Ondiep burglary 2011',
      ts: '1700001100.000001',
      channel: 'C2',
    });
    const acks = await Promise.all([a(), b(), c()].map((s) => postSlack(s.url, event, 'application/json')));
    expect(acks.map((r) => r.status)).toEqual([200, 200, 200]);
    await Promise.all([a(), b(), c()].map((s) => slackEventFinished(s, event)));
    expect(slack.calls.filter((call) => call.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('uses a measurement recorded through one instance in the answers of the others', async () => {
    await a().store.saveMeasurements(
      [newMeasurement({ wijk: 'Ondiep', indicator: 'burglary', year: 2009, value: 30 })],
      null,
      new Date().toISOString(),
    );
    const res = await fetch(new URL('/api/ask', c().url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'What was the actual number of burglaries in Ondiep in 2009?' }),
    });
    expect(((await res.json()) as { answer: string }).answer).toContain('30');
  });

  it('posts each of 200 digests due in the same minute exactly once, with three instances ticking together', async () => {
    slack.calls.length = 0;
    const subscriptions = Array.from({ length: 200 }, (_, i) =>
      newSubscription({ conversation: `CFAN${i}`, createdAt: '2027-05-01T00:00:00.000Z' }),
    );
    for (const s of subscriptions) await a().store.saveSubscription(s);
    // Monday 09:00 in Amsterdam: every subscription is due.
    const now = Date.parse('2027-06-07T09:00:00+02:00');
    const summaries = await Promise.all([a(), b(), c(), a(), b(), c()].map((s) => s.digests.tick(now)));
    expect(summaries.reduce((n, s) => n + s.posted, 0)).toBe(200);
    const posts = slack.calls.filter((call) => call.method === 'chat.postMessage');
    const channels = posts.map((p) => String(p.body.channel));
    expect(new Set(channels).size).toBe(200);
    expect(channels).toHaveLength(200);
    // Every instance did some of the work: the claims spread it.
    expect(summaries.filter((s) => s.posted > 0).length).toBeGreaterThan(1);
    // Ticking again in the same minute posts nothing.
    const again = await Promise.all([a(), b(), c()].map((s) => s.digests.tick(now)));
    expect(again.reduce((n, s) => n + s.posted, 0)).toBe(0);
  }, 60_000);
});
