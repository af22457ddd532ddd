// Prometheus metrics over real HTTP: answers counted by channel and status, the token enforced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../fakes/slack-api.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { eventBody, postSlack, sign, slackEnv } from '../support/slack-request.js';

const ask = (server: TestServer, question: string) =>
  fetch(new URL('/api/ask', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question }),
  });

describe('GET /metrics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ METRICS_TOKEN: 'm'.repeat(32) });
  });
  afterAll(async () => {
    await server.close();
  });

  it('counts answers by channel and status, with process metrics beside them', async () => {
    expect((await ask(server, 'What is the Ondiep burglary target for 2011?')).status).toBe(200);
    expect((await ask(server, 'wanneer speelt FC Utrecht weer thuis?')).status).toBe(200);
    const res = await fetch(new URL('/metrics', server.url), {
      headers: { authorization: `Bearer ${'m'.repeat(32)}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('charterbot_answers_total{channel="web",status="answered"} 1');
    expect(text).toContain('charterbot_answers_total{channel="web",status="not_found"} 1');
    expect(text).toMatch(/charterbot_answer_seconds_count\{channel="web"\} 2/);
    expect(text).toContain('charterbot_process_resident_memory_bytes');
    // Never a question or a user in a label.
    expect(text).not.toMatch(/Ondiep|FC Utrecht/);
  });

  it('refuses a scrape without the token', async () => {
    expect((await fetch(new URL('/metrics', server.url))).status).toBe(401);
    const wrong = await fetch(new URL('/metrics', server.url), { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });
});

describe('GET /metrics for Slack and Teams requests', () => {
  let slack: FakeSlack;
  let server: TestServer;
  beforeAll(async () => {
    slack = await startFakeSlack();
    server = await startTestServer({
      ...slackEnv(slack.apiUrl),
      MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001',
      MICROSOFT_APP_PASSWORD: 'p'.repeat(20),
      MICROSOFT_APP_TENANT_ID: '00000000-0000-0000-0000-000000000002',
    });
  });
  afterAll(async () => {
    await server.close();
    await slack.close();
  });
  const scrape = async () => (await fetch(new URL('/metrics', server.url))).text();

  it('counts handled, duplicate and refused requests, each refusal with its reason', async () => {
    const body = eventBody(
      {
        type: 'app_mention',
        user: 'U1',
        text: '<@UBOT> Ondiep burglary 2011',
        ts: '1700000999.000001',
        channel: 'C1',
      },
      'EvMetrics1',
    );
    expect((await postSlack(server.url, body, 'application/json')).status).toBe(200);
    await slack.waitFor((c) => c.method === 'chat.postMessage');
    // Slack redelivers it: acknowledged, not answered again.
    expect((await postSlack(server.url, body, 'application/json')).status).toBe(200);
    const forged = { ...sign(body), 'x-slack-signature': `v0=${'0'.repeat(64)}` };
    expect((await postSlack(server.url, body, 'application/json', forged)).status).toBe(401);
    const stale = sign(body, Math.floor(Date.now() / 1000) - 600);
    expect((await postSlack(server.url, body, 'application/json', stale)).status).toBe(401);
    const teams = await fetch(new URL('/api/messages', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hi' }),
    });
    expect(teams.status).toBe(401);

    // Both Slack events are acknowledged before they are handled: wait until each has ended.
    await expect
      .poll(async () => (await scrape()).match(/platform="slack",outcome="(handled|duplicate)"/g)?.length)
      .toBe(2);
    const text = await scrape();
    const lines = text.split('\n').filter((l) => l.startsWith('charterbot_platform_requests_total'));
    expect(lines).toMatchInlineSnapshot(`
      [
        "charterbot_platform_requests_total{platform="slack",outcome="handled",reason=""} 1",
        "charterbot_platform_requests_total{platform="slack",outcome="duplicate",reason=""} 1",
        "charterbot_platform_requests_total{platform="slack",outcome="refused",reason="bad signature"} 1",
        "charterbot_platform_requests_total{platform="slack",outcome="refused",reason="timestamp older than five minutes"} 1",
        "charterbot_platform_requests_total{platform="teams",outcome="refused",reason="token refused"} 1",
      ]
    `);
  });
});
