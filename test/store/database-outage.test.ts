// PostgreSQL going away under a running instance, and coming back: no crash, readiness says so, Slack is
// still acknowledged at once, and the instance recovers by itself. A PostgreSQL server of its own (not
// the shared test server), since this test stops it.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../fakes/slack-api.js';
import { postgresAvailable } from '../support/postgres.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { eventBody, postSlack, slackEnv } from '../support/slack-request.js';

const run = promisify(execFile);
/** How long the database stays down, with questions and Slack events arriving all the while. */
const OUTAGE_MS = 60_000;
const SCRIPT = join(import.meta.dirname, '../../scripts/start-postgres.sh');
const env = {
  ...process.env,
  CHARTERBOT_PG_DATA: `/tmp/charterbot-pg-outage-${randomBytes(4).toString('hex')}`,
  // Below Linux's ephemeral range (32768-60999): thousands of refused connections during the outage must not
  // leave a client socket on the port the server wants back.
  CHARTERBOT_PG_PORT: String(21000 + Math.floor(Math.random() * 1000)),
};
const startDatabase = async () => (await run(SCRIPT, [], { env })).stdout.trim();
const stopDatabase = () => run(SCRIPT, ['stop'], { env });

describe.runIf(postgresAvailable)('PostgreSQL unreachable for a while', () => {
  let slack: FakeSlack;
  let server: TestServer;
  beforeAll(async () => {
    const url = await startDatabase();
    slack = await startFakeSlack();
    server = await startTestServer({
      ...slackEnv(slack.apiUrl),
      DATABASE_URL: url,
      DIGEST_SCHEDULER: 'off',
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
  }, 60_000);
  afterAll(async () => {
    await server?.close().catch(() => undefined);
    await slack?.close();
    await stopDatabase();
    await run('rm', ['-rf', env.CHARTERBOT_PG_DATA]);
  });

  const ask = () =>
    fetch(new URL('/api/ask', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'Ondiep burglary 2011' }),
    });
  const ready = async () => (await fetch(new URL('/readyz', server.url))).status;

  it('answers 503 without crashing while it is down, acknowledges Slack at once, and recovers by itself', async () => {
    expect((await ask()).status).toBe(200);
    expect(await ready()).toBe(200);

    await stopDatabase();
    expect(await ready()).toBe(503);
    expect((await fetch(new URL('/healthz', server.url))).status).toBe(200);
    const refused = await ask();
    expect(refused.status).toBe(503);
    // Sixty seconds down under load: every question gets a clear 503 (never a 500), readiness stays 503,
    // every Slack event is acknowledged within Slack's 3 seconds, and the process stays up.
    const statuses = new Set<number>();
    let slowestAck = 0;
    let sent = 0;
    const until = Date.now() + OUTAGE_MS;
    while (Date.now() < until) {
      const burst = await Promise.all(Array.from({ length: 10 }, () => ask().then((r) => r.status)));
      for (const st of burst) statuses.add(st);
      statuses.add(await ready());
      const t = performance.now();
      const ackRes = await postSlack(
        server.url,
        eventBody({
          type: 'app_mention',
          user: 'U9',
          text: '<@UBOT> Ondiep 2011',
          ts: `17000030${sent}.000001`,
          channel: 'C9',
        }),
        'application/json',
      );
      slowestAck = Math.max(slowestAck, performance.now() - t);
      statuses.add(ackRes.status === 200 ? 503 : ackRes.status);
      sent += 1;
    }
    expect([...statuses]).toEqual([503]);
    expect(slowestAck).toBeLessThan(3000);
    expect(sent).toBeGreaterThan(10);
    expect(JSON.stringify(await refused.json())).toMatch(/"error":"unavailable"/);

    // Slack gets its acknowledgement well within its 3 seconds; the event is logged as failed, not lost silently.
    const event = eventBody({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> Ondiep burglary 2011',
      ts: '1700002000.000001',
      channel: 'C1',
    });
    const started = performance.now();
    const ack = await postSlack(server.url, event, 'application/json');
    expect(ack.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(3000);
    await expect
      .poll(() => server.logs.some((l) => /"level":50/.test(l) && l.includes('cannot be reached')), {
        timeout: 10_000,
      })
      .toBe(true);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);

    await startDatabase();
    // Back within 30 seconds, without a restart.
    await expect.poll(ready, { timeout: 30_000, interval: 250 }).toBe(200);
    expect((await ask()).status).toBe(200);
    // Slack retries the event it saw fail: answered now, and once.
    await postSlack(server.url, event, 'application/json');
    await slack.waitFor((c) => c.method === 'chat.postMessage');
    await postSlack(server.url, event, 'application/json');
    await expect
      .poll(() => server.logs.filter((l) => l.includes('already handled')).length, { timeout: 5000 })
      .toBeGreaterThan(0);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  }, 180_000);
});
