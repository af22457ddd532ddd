// Staff sign-in as a person meets it, in Chromium: the console sends them to the identity provider and
// back, names them in the header, tells them when their sign-in has run out, and signs them out.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../fakes/oidc-provider.js';
import { freePort } from '../support/free-port.js';
import { startTestServer, type TestServer } from '../support/server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(import.meta.dirname, '../../test-output/screenshots');
const available = existsSync(CHROMIUM);
if (!available && process.env.CI)
  throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run must install it`);

describe.runIf(available)('staff sign-in in Chromium', () => {
  let idp: FakeProvider;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let now = Date.now();
  let base = '';

  beforeAll(async () => {
    idp = await startFakeProvider();
    const port = await freePort();
    base = `http://127.0.0.1:${port}/`;
    server = await startTestServer(
      {
        PORT: String(port),
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: idp.clientId,
        OIDC_CLIENT_SECRET: idp.clientSecret,
        SESSION_SECRET: 's'.repeat(48),
        PUBLIC_URL: base,
        AUDIT_PSEUDONYM_KEY: 'k'.repeat(40),
      },
      { now: () => now },
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    page = await (
      await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'nl-NL' })
    ).newPage();
    // Shorter than the test's own timeout, so a step that waits too long names itself.
    page.setDefaultTimeout(10_000);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await idp?.close();
  });

  it('signs in on the way to the console and names the person in the header', async () => {
    await page.goto(`${base}targets`);
    expect(page.url()).toBe(`${base}targets`);
    await expect.poll(() => page.locator('.signed-in').textContent()).toContain('Anna de Vries');
    await page.getByRole('link', { name: /Vraag/ }).click();
    // The click only starts the navigation; until the page's deferred script has run, Enter in the
    // textarea is a new line, not a question (on a busy machine the script can come late).
    await page.waitForURL(base);
    await page.getByLabel('Uw vraag').fill('What is the Ondiep burglary target for 2011?');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#conversation li.turn .answer').first().textContent())
      .toContain('21 per 1000 homes');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'console-signed-in.png') });
  });

  it('says when the sign-in has run out, and the link signs in again and comes back', async () => {
    now += 9 * 3600 * 1000;
    await page.getByLabel('Uw vraag').fill('And for 2017?');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#status').textContent()).toContain('Uw aanmelding is verlopen');
    now = Date.now();
    await page.locator('#status a').click();
    await page.waitForURL(base);
    await expect.poll(() => page.locator('.signed-in').textContent()).toContain('Anna de Vries');
  });

  it('signs out with the header button', async () => {
    await page.getByRole('button', { name: /Afmelden/ }).click();
    await page.waitForURL(`${base}auth/signed-out`);
    expect(await page.locator('h1').textContent()).toContain('U bent afgemeld');
    const res = await page.request.post(`${base}api/ask`, { data: { question: 'Ondiep burglary 2011' } });
    expect(res.status()).toBe(401);
  });
});
