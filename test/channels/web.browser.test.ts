// The helpdesk console in a real browser (Debian's Chromium through playwright-core).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newMeasurement } from '../support/measurements.js';
import { startTestServer, type TestServer } from '../support/server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(import.meta.dirname, '../../test-output/screenshots');
// CI installs Chromium (.ci/run); a developer machine without it skips these with a notice.
const available = existsSync(CHROMIUM);
if (!available && process.env.CI)
  throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run must install it`);
if (!available) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

describe.runIf(available)('web console in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '1000' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(server.url).origin,
    });
    page = await context.newPage();
    page.on('dialog', (d) => {
      throw new Error(`unexpected dialog: ${d.message()}`);
    });
    await page.goto(server.url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('answers a question typed on the keyboard, with the quoted clause', async () => {
    await page.getByLabel('Uw vraag').fill('What is the Ondiep burglary target for 2011?');
    await page.keyboard.press('Enter');
    const turn = page.locator('#conversation li.turn').first();
    await expect.poll(() => turn.locator('.answer').textContent()).toContain('21 per 1000 homes');
    expect(await turn.locator('blockquote').first().textContent()).toBe(
      'In 2006 is het aantal woninginbraken per 1000 woningen 38. In 2011 is dit cijfer gedaald tot 21; in 2017 tot 15.',
    );
    expect(await turn.locator('figcaption a').first().getAttribute('href')).toBe(
      '/clauses/veiligheid.ambitie.ondiep.3',
    );
    await page.screenshot({ path: join(SHOTS, 'answer.png'), fullPage: true });
  });

  it('copies the e-mail text to the clipboard, in the language chosen, and confirms it beside the button', async () => {
    const turn = page.locator('#conversation li.turn').first();
    await turn.getByRole('button', { name: /Copy e-mail text/ }).click();
    await expect.poll(() => turn.locator('.copied').textContent()).toBe('E-mail text copied.');
    // Evaluated in the page, hence a string: the test's TypeScript has no DOM types.
    const clip = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(clip).toMatch(
      /^Dear Sir or Madam,\n\nAccording to the Utrecht krachtwijken charter:\n\nThe 2011 target for home burglaries in Ondiep is 21/,
    );
    expect(clip).toContain('Source: Charter betreffende de aanpak van wijken');
    expect(clip.trimEnd().endsWith('Kind regards,')).toBe(true);

    // Asked in English for a Dutch-speaking citizen: the same answer as a Dutch e-mail.
    await turn.getByLabel('in').selectOption('nl');
    await turn.getByRole('button', { name: /Copy e-mail text/ }).click();
    await expect.poll(() => turn.locator('.copied').textContent()).toBe('E-mailtekst gekopieerd.');
    const dutch = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(dutch).toMatch(
      /^Geachte heer\/mevrouw,\n\nVolgens het charter krachtwijken Utrecht geldt het volgende\.\n\nHet doel voor 2011 voor woninginbraken in Ondiep is 21 per 1000 woningen/,
    );
    expect(dutch).toContain('“In 2006 is het aantal woninginbraken per 1000 woningen 38.');
    expect(await page.locator('#status').textContent()).toBe('');
  });

  it('offers no e-mail text for an answer the charter does not give', async () => {
    await page.getByLabel('Uw vraag').fill('wanneer speelt FC Utrecht weer thuis?');
    await page.keyboard.press('Enter');
    const turn = page.locator('#conversation li.turn.not_found').last();
    await expect.poll(() => turn.count()).toBe(1);
    expect(await turn.getByRole('button', { name: /e-mail/i }).count()).toBe(0);
    await page.getByRole('button', { name: /Nieuw gesprek/ }).click();
    await page.getByLabel('Uw vraag').fill('What is the Ondiep burglary target for 2011?');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#conversation li.turn').count()).toBe(1);
  });

  it('keeps the conversation for a follow-up', async () => {
    await page.getByLabel('Uw vraag').fill('and for 2017?');
    await page.getByRole('button', { name: /^Vraag/ }).click();
    const second = page.locator('#conversation li.turn').nth(1);
    await expect.poll(() => second.locator('.answer').textContent()).toContain('15 per 1000 homes');
  });

  it('shows hostile input as text', async () => {
    await page.getByLabel('Uw vraag').fill('<img src=x onerror=alert(1)><script>alert(2)</script>');
    await page.keyboard.press('Enter');
    const third = page.locator('#conversation li.turn').nth(2);
    await expect
      .poll(() => third.locator('.question').textContent())
      .toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('#conversation img').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'conversation.png'), fullPage: true });
  });

  it('opens the targets page with a chart per target, readable on a phone', async () => {
    await page.getByRole('link', { name: /Doelen/ }).click();
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(48);
    expect(await page.locator('svg.chart').count()).toBe(48);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SHOTS, 'targets-phone.png'), fullPage: false });
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    expect(overflow).toBeLessThanOrEqual(1);
  });

  it('shows progress per wijk with statuses in words, chosen by date, on a laptop and a phone', async () => {
    await server.store.saveMeasurements([newMeasurement()], null, new Date().toISOString());
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('link', { name: /Voortgang/ }).click();
    await page.getByLabel(/Peildatum/).fill('2010-06-01');
    await page.getByLabel('Wijk').selectOption('ondiep');
    await page.getByRole('button', { name: /Toon/ }).click();
    await expect.poll(() => page.url()).toContain('asOf=2010-06-01');
    const row = page.locator('tr', { hasText: 'woninginbraken' });
    expect(await row.locator('.status').textContent()).toBe('risico / at risk');
    expect(await row.textContent()).toContain('Wijkenmonitor 2009');
    expect(await page.locator('section h2').allTextContents()).toEqual(['Ondiep']);
    await page.screenshot({ path: join(SHOTS, 'progress.png'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(SHOTS, 'progress-phone.png'), fullPage: false });
  });
});
