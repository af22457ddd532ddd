// The console and /api/* have no sign-in yet: bound beyond this machine they are refused, while the signed
// Slack endpoint and the health checks keep working. Real HTTP to the real server.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../fakes/slack-api.js';
import { BIN } from '../support/cli.js';
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

describe('console access behind a reverse proxy without sign-in', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ HOST: '127.0.0.1', TRUST_PROXY: 'true' });
  });
  afterAll(async () => {
    await server.close();
  });
  // What the proxy sends on for a client elsewhere: the connection comes from this machine (the proxy).
  const viaProxy = (path: string, forwardedFor: string, init: RequestInit = {}) =>
    fetch(new URL(path, server.url), {
      ...init,
      headers: { 'x-forwarded-for': forwardedFor, ...(init.headers as Record<string, string>) },
    });
  const ask = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"question":"Ondiep burglary 2011"}',
  };

  it('refuses the console, the JSON API and metrics to a client elsewhere, by the address the proxy reports', async () => {
    for (const path of ['/', '/api/targets', '/digests', '/progress']) {
      const res = await viaProxy(path, '203.0.113.9');
      expect(res.status, path).toBe(403);
      expect(await res.json()).toMatchObject({ error: 'sign_in_required' });
    }
    expect((await viaProxy('/api/ask', '203.0.113.9', ask)).status).toBe(403);
    // A client that puts a loopback address in front of its own is still the address the proxy added.
    expect((await viaProxy('/api/targets', '127.0.0.1, 203.0.113.9')).status).toBe(403);
    expect((await viaProxy('/metrics', '203.0.113.9')).status).toBe(403);
    expect(await server.store.countAudit()).toBe(0);
  });

  it('serves them on this machine, and keeps health checks open to the proxy', async () => {
    expect((await fetch(new URL('/api/targets', server.url))).status).toBe(200);
    expect((await viaProxy('/api/targets', '127.0.0.1')).status).toBe(200);
    expect((await viaProxy('/readyz', '203.0.113.9')).status).toBe(200);
    expect((await viaProxy('/healthz', '203.0.113.9')).status).toBe(200);
  });

  it('wants the metrics token behind a proxy, and says both once at start', async () => {
    const metrics = await fetch(new URL('/metrics', server.url));
    expect(metrics.status).toBe(403);
    expect(((await metrics.json()) as { message: string }).message).toMatch(/METRICS_TOKEN/);
    const lines = server.logs.filter((l) => l.includes('TRUST_PROXY'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 40 });
    expect(lines[0]).toMatch(/METRICS_TOKEN/);
  });
});

describe('a proxy in front of a server that was not told about it', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ HOST: '127.0.0.1' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses requests that came through it from elsewhere, and serves this machine', async () => {
    const through = await fetch(new URL('/api/targets', server.url), {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(through.status).toBe(403);
    const metrics = await fetch(new URL('/metrics', server.url), {
      headers: { forwarded: 'for=203.0.113.9' },
    });
    expect(metrics.status).toBe(403);
    expect((await fetch(new URL('/api/targets', server.url))).status).toBe(200);
  });
});

describe('the start-up line', () => {
  /** What `charterbot serve` prints to its user, up to the line that says it is running. */
  const startUpLine = (env: Record<string, string>) =>
    new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'serve'], {
        env: {
          ...process.env,
          PORT: '0',
          DATABASE_URL: ':memory:',
          LOG_LEVEL: 'silent',
          DIGEST_SCHEDULER: 'off',
          ...env,
        },
      });
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        if (/charterbot is running/.test(out)) child.kill();
      });
      child.on('close', () => (/charterbot is running/.test(out) ? resolve(out) : reject(new Error(out))));
    });

  it('points at the console when it is open to the person at this machine', async () => {
    expect(await startUpLine({ HOST: '127.0.0.1' })).toMatch(
      /charterbot is running: open http:\/\/127\.0\.0\.1:\d+\/ in your browser/,
    );
  });

  it('does not point at a console that is closed on this address, and says why', async () => {
    const out = await startUpLine({ HOST: '0.0.0.0' });
    expect(out).not.toMatch(/in your browser/);
    expect(out).toMatch(/console .*closed .*staff sign-in/);
  });
});
