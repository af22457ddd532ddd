// The console and /api/* have no sign-in yet: bound beyond this machine they are refused, while the signed
// Slack endpoint and the health checks keep working. Real HTTP to the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../fakes/slack-api.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { eventBody, postSlack, slackEnv } from '../support/slack-request.js';

describe('console access on a non-loopback address', () => {
  let slack: FakeSlack;
  let server: TestServer;
  beforeAll(async () => {
    slack = await startFakeSlack();
    server = await startTestServer({
      HOST: '0.0.0.0',
      ...slackEnv(slack.apiUrl),
    });
  });
  afterAll(async () => {
    await server.close();
    await slack.close();
  });
  const url = (path: string) => new URL(path, server.url.replace('localhost', '127.0.0.1'));

  it('refuses the console pages and the JSON API with a message that says why', async () => {
    for (const path of ['/', '/targets', '/progress', '/api/progress']) {
      const res = await fetch(url(path));
      expect(res.status, path).toBe(403);
      expect(await res.json()).toMatchObject({ error: 'sign_in_required' });
    }
    const ask = await fetch(url('/api/ask'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'Ondiep burglary 2011' }),
    });
    expect(ask.status).toBe(403);
    expect(await server.store.countAudit()).toBe(0);
  });

  it('says so in one line at start', () => {
    const lines = server.logs.filter((l) => l.includes('HOST is not a loopback address'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 40 });
  });

  it('keeps health checks and the signed Slack endpoint open', async () => {
    expect((await fetch(url('/healthz'))).status).toBe(200);
    expect((await fetch(url('/readyz'))).status).toBe(200);
    const body = eventBody({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> Ondiep burglary 2011',
      ts: '1700000777.000001',
      channel: 'C1',
    });
    expect(
      (await postSlack(server.url.replace('localhost', '127.0.0.1'), body, 'application/json')).status,
    ).toBe(200);
    const answer = await slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(JSON.stringify(answer.body.blocks)).toContain('21 per 1000 homes');
  });
});
