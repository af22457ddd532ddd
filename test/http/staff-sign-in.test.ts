// Staff sign-in with OpenID Connect, against a local fake identity provider: real HTTP through the whole
// authorization code flow (PKCE, state, nonce), the console served on a public address once signed in,
// and every way a sign-in can be forged or broken refused without a session.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { safeReturnTo } from '../../src/http/safe-return.js';
import { type FakeProvider, startFakeProvider } from '../fakes/oidc-provider.js';
import { type FakeSlack, startFakeSlack } from '../fakes/slack-api.js';
import { type Browser, createBrowser } from '../support/browser-session.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { eventBody, postSlack, slackEnv } from '../support/slack-request.js';

const PUBLIC_URL = 'https://charterbot.example.org/';
const PSEUDONYM_KEY = 'k'.repeat(40);
const SESSION_COOKIE = '__Host-charterbot-session';

const signInEnv = (idp: FakeProvider) => ({
  OIDC_ISSUER: idp.issuer,
  OIDC_CLIENT_ID: idp.clientId,
  OIDC_CLIENT_SECRET: idp.clientSecret,
  SESSION_SECRET: 's'.repeat(48),
  PUBLIC_URL,
  AUDIT_PSEUDONYM_KEY: PSEUDONYM_KEY,
});

describe('staff sign-in on a public address', () => {
  let idp: FakeProvider;
  let slack: FakeSlack;
  let server: TestServer;
  let browser: Browser;
  let now = Date.now();
  const serverUrl = () => server.url.replace('localhost', '127.0.0.1').replace(/\/$/, '');
  const newBrowser = () =>
    createBrowser({ publicUrl: PUBLIC_URL.replace(/\/$/, ''), serverUrl: serverUrl() });
  const signIn = async (b: Browser, path = '/') => b.visit(new URL(path, PUBLIC_URL).href);

  beforeAll(async () => {
    idp = await startFakeProvider();
    slack = await startFakeSlack();
    server = await startTestServer(
      { HOST: '0.0.0.0', ...slackEnv(slack.apiUrl), ...signInEnv(idp) },
      { now: () => now },
    );
  });
  afterAll(async () => {
    await server.close();
    await slack.close();
    await idp.close();
  });
  beforeEach(() => {
    now = Date.now();
    browser = newBrowser();
    idp.user = { sub: 'staff-0001', name: 'Anna de Vries', email: 'anna@example.org' };
  });

  it('sends a visitor through the provider and back to the page asked for, signed in', async () => {
    const { res, trail } = await signIn(browser, '/targets?x=1');
    expect(res.status).toBe(200);
    expect(trail.map((u) => new URL(u).pathname)).toEqual([
      '/targets',
      '/auth/login',
      '/authorize',
      '/auth/callback',
      '/targets',
    ]);
    expect(trail.at(-1)).toBe(`${PUBLIC_URL}targets?x=1`);
    const html = await res.text();
    expect(html).toContain('Anna de Vries');
    expect(html).toContain('action="/auth/logout"');

    // The authorization request: code flow, PKCE S256, a fresh state and nonce, the registered address.
    const q = idp.authorizeRequests.at(-1);
    expect(q?.get('response_type')).toBe('code');
    expect(q?.get('code_challenge_method')).toBe('S256');
    expect(q?.get('redirect_uri')).toBe(`${PUBLIC_URL}auth/callback`);
    expect(q?.get('scope')).toBe('openid profile');
    expect(q?.get('state')?.length).toBeGreaterThan(20);
    expect(q?.get('nonce')?.length).toBeGreaterThan(20);
    // The session is an opaque encrypted cookie: neither the name nor the subject can be read from it.
    const session = browser.cookies().get(SESSION_COOKIE) ?? '';
    expect(session.split('.')).toHaveLength(5);
    expect(session).not.toContain('staff-0001');
    expect(Buffer.from(session.split('.')[0] ?? '', 'base64url').toString()).toContain('A256GCM');
    expect(browser.cookies().has('__Secure-charterbot-signin')).toBe(false);
  });

  it('marks the session cookie HttpOnly, Secure and SameSite=Lax', async () => {
    const login = await browser.request(`${PUBLIC_URL}auth/login`);
    expect(login.status).toBe(303);
    const tx = login.headers.getSetCookie().join('\n');
    expect(tx).toMatch(
      /^__Secure-charterbot-signin=[^;]+; Max-Age=600; Path=\/auth\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    const authorize = await fetch(login.headers.get('location') ?? '', { redirect: 'manual' });
    const callback = await browser.request(authorize.headers.get('location') ?? '');
    expect(callback.status).toBe(303);
    expect(callback.headers.getSetCookie().find((c) => c.startsWith(SESSION_COOKIE))).toMatch(
      /; Max-Age=28800; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
  });

  it('asks through /api/ask as the signed-in person: the audit record carries their pseudonym', async () => {
    await signIn(browser);
    const res = await browser.request(`${PUBLIC_URL}api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'Ondiep burglary 2011' }),
    });
    expect(res.status).toBe(200);
    const id = res.headers.get('x-answer-id') ?? '';
    const record = (await server.store.listAudit()).find((r) => r.id === id);
    const expected = createHmac('sha256', PSEUDONYM_KEY)
      .update(`web:${idp.issuer}#staff-0001`)
      .digest('hex')
      .slice(0, 32);
    expect(record?.user).toBe(expected);
    expect(JSON.stringify(record)).not.toContain('staff-0001');
    expect(JSON.stringify(record)).not.toContain('Anna');
    // The log line of the sign-in names the pseudonym, never the subject, name or e-mail.
    const signedIn = server.logs.filter((l) => l.includes('staff signed in'));
    expect(signedIn.at(-1)).toContain(expected);
    expect(server.logs.join('\n')).not.toMatch(/staff-0001|Anna de Vries|anna@example/);
  });

  it('refuses the console and the API without a session, on the public address', async () => {
    const page = await browser.request(`${PUBLIC_URL}progress`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/auth/login?returnTo=%2Fprogress');
    const before = await server.store.countAudit();
    for (const [path, init] of [
      ['api/progress', {}],
      ['api/targets', { headers: { accept: 'text/html' } }],
      [
        'api/ask',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question: 'Ondiep burglary 2011' }),
        },
      ],
    ] as const) {
      const res = await browser.request(`${PUBLIC_URL}${path}`, init);
      expect(res.status, path).toBe(401);
      expect(await res.json()).toMatchObject({ error: 'sign_in_required' });
    }
    expect(await server.store.countAudit()).toBe(before);
  });

  it('refuses a session cookie that was changed, made for another purpose, or has expired', async () => {
    await signIn(browser);
    const good = browser.cookies().get(SESSION_COOKIE) ?? '';
    const parts = good.split('.');
    const flipped = parts[3]?.startsWith('A') ? `B${parts[3].slice(1)}` : `A${parts[3]?.slice(1)}`;
    browser.setCookie(SESSION_COOKIE, [...parts.slice(0, 3), flipped, parts[4]].join('.'));
    expect((await browser.request(`${PUBLIC_URL}api/progress`)).status).toBe(401);

    // The sign-in transaction cookie is sealed with another key: it is no session.
    const login = await newBrowser().request(`${PUBLIC_URL}auth/login`);
    const tx = /__Secure-charterbot-signin=([^;]+)/.exec(login.headers.getSetCookie().join(';'))?.[1] ?? '';
    browser.setCookie(SESSION_COOKIE, tx);
    expect((await browser.request(`${PUBLIC_URL}api/progress`)).status).toBe(401);

    browser.setCookie(SESSION_COOKIE, good);
    expect((await browser.request(`${PUBLIC_URL}api/progress`)).status).toBe(200);
    now += 8 * 3600 * 1000 + 1000;
    expect((await browser.request(`${PUBLIC_URL}api/progress`)).status).toBe(401);
  });

  it('signs out with a form POST: the session cookie is cleared', async () => {
    await signIn(browser);
    const out = await browser.request(`${PUBLIC_URL}auth/logout`, { method: 'POST' });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/auth/signed-out');
    expect(browser.cookies().has(SESSION_COOKIE)).toBe(false);
    const page = await browser.request(`${PUBLIC_URL}auth/signed-out`);
    expect(await page.text()).toContain('U bent afgemeld');
    expect((await browser.request(`${PUBLIC_URL}api/progress`)).status).toBe(401);
  });

  it('refuses a sign-out posted from another site: the session stays', async () => {
    await signIn(browser);
    for (const headers of [
      { origin: 'https://evil.example' } as Record<string, string>,
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ]) {
      const out = await browser.request(`${PUBLIC_URL}auth/logout`, { method: 'POST', headers });
      expect(out.status, JSON.stringify(headers)).toBe(403);
      expect(browser.cookies().has(SESSION_COOKIE)).toBe(true);
    }
    expect((await browser.request(`${PUBLIC_URL}api/progress`)).status).toBe(200);
    const own = await browser.request(`${PUBLIC_URL}auth/logout`, {
      method: 'POST',
      headers: { origin: new URL(PUBLIC_URL).origin, 'sec-fetch-site': 'same-origin' },
    });
    expect(own.status).toBe(303);
    expect(browser.cookies().has(SESSION_COOKIE)).toBe(false);
  });

  it.each([['wrong-nonce'], ['wrong-audience'], ['other-key'], ['expired'], ['wrong-issuer']] as const)(
    'refuses an ID token with %s and gives no session',
    async (how) => {
      idp.tamperNext(how);
      const failures = () => server.logs.filter((l) => /"level":40.*sign-in failed/.test(l)).length;
      const before = failures();
      const { res, trail } = await signIn(browser);
      expect(new URL(trail.at(-1) ?? '').pathname).toBe('/auth/callback');
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('De aanmelding kon niet worden afgerond');
      expect(browser.cookies().has(SESSION_COOKIE)).toBe(false);
      expect(failures()).toBe(before + 1);
      // No token in the logs: a JWT's three base64url parts (a random state may hold "eyJ" by chance).
      expect(server.logs.join('\n')).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
    },
  );

  it('refuses a callback whose state belongs to another sign-in, or that has no sign-in started', async () => {
    // An attacker's own authorization response, replayed into a victim's browser (login CSRF).
    const attacker = newBrowser();
    const login = await attacker.request(`${PUBLIC_URL}auth/login`);
    const authorize = await fetch(login.headers.get('location') ?? '', { redirect: 'manual' });
    const stolenCallback = authorize.headers.get('location') ?? '';

    await browser.request(`${PUBLIC_URL}auth/login`); // the victim's own sign-in in progress
    const res = await browser.request(stolenCallback);
    expect(res.status).toBe(400);
    expect(browser.cookies().has(SESSION_COOKIE)).toBe(false);

    const fresh = newBrowser();
    const none = await fresh.request(stolenCallback);
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Deze aanmelding is verlopen');
    expect(fresh.cookies().has(SESSION_COOKIE)).toBe(false);
  });

  it('says so when the provider refuses the person', async () => {
    idp.refuseNext('access_denied');
    const { res } = await signIn(browser);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Vraag de beheerder');
    expect(browser.cookies().has(SESSION_COOKIE)).toBe(false);
  });

  it('returns only to a path on this site after sign-in', async () => {
    for (const evil of [
      '//evil.example/',
      'https://evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const b = newBrowser();
      const { res, trail } = await b.visit(`${PUBLIC_URL}auth/login?returnTo=${encodeURIComponent(evil)}`);
      expect(res.status).toBe(200);
      expect(trail.at(-1)).toBe(PUBLIC_URL);
    }
    expect(safeReturnTo('/progress?wijk=ondiep')).toBe('/progress?wijk=ondiep');
    expect(safeReturnTo(['/a'])).toBe('/');
  });

  it('starts with one line saying the console requires sign-in, not that it is closed', () => {
    expect(server.logs.filter((l) => l.includes('require staff sign-in'))).toHaveLength(1);
    expect(server.logs.some((l) => l.includes('HOST is not a loopback address'))).toBe(false);
  });

  it('keeps health checks and the signed Slack endpoint open without sign-in', async () => {
    expect((await fetch(`${serverUrl()}/healthz`)).status).toBe(200);
    expect((await fetch(`${serverUrl()}/readyz`)).status).toBe(200);
    const body = eventBody({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> Ondiep burglary 2011',
      ts: '1700000888.000001',
      channel: 'C1',
    });
    expect((await postSlack(serverUrl(), body, 'application/json')).status).toBe(200);
    const answer = await slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(JSON.stringify(answer.body.blocks)).toContain('21 per 1000 homes');
  });
});

describe('staff sign-in when the provider cannot be reached', () => {
  it('answers the sign-in with 503 and a page that says so, and keeps the health checks up', async () => {
    const idp = await startFakeProvider();
    const env = signInEnv(idp);
    await idp.close(); // its port is closed now
    const server = await startTestServer(env);
    try {
      const base = server.url.replace(/\/$/, '');
      const res = await fetch(`${base}/auth/login`, { redirect: 'manual' });
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('niet bereikbaar');
      expect(server.logs.some((l) => l.includes('identity provider cannot be reached'))).toBe(true);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
