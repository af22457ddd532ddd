// The helpdesk console in a real browser (Debian's Chromium through playwright-core): as staff use it with
// a mouse, with the keyboard only, on a laptop and a phone, in Dutch and English, and under an axe scan.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newMeasurement } from '../../support/measurements.js';
import { startTestServer, type TestServer } from '../../support/server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(import.meta.dirname, '../../../test-output/screenshots');
// CI installs Chromium (.ci/run); a developer machine without it skips these with a notice.
const available = existsSync(CHROMIUM);
if (!available && process.env.CI)
  throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run must install it`);
if (!available) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

const overflow = async (page: Page) =>
  Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
/** How far the widest table sticks out of its scrolling box (0 or less: every column is in view). */
const tableOverflow = async (page: Page) =>
  Number(
    await page.evaluate(
      'Math.max(0, ...[...document.querySelectorAll(".table-wrap")].map((w) => w.scrollWidth - w.clientWidth))',
    ),
  );

describe.runIf(available)('web console in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
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
    // A Dutch-speaking member of staff: the interface follows the browser's language until they choose.
    context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'nl-NL' });
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

  const turns = () => page.locator('#conversation li.turn');

  it('answers a question typed on the keyboard, with the quoted clause', async () => {
    await page.getByLabel('Uw vraag').fill('What is the Ondiep burglary target for 2011?');
    await page.keyboard.press('Enter');
    const turn = turns().first();
    await expect.poll(() => turn.locator('.answer').textContent()).toContain('21 per 1000 homes');
    expect(await turn.locator('blockquote').first().textContent()).toBe(
      'In 2006 is het aantal woninginbraken per 1000 woningen 38. In 2011 is dit cijfer gedaald tot 21; in 2017 tot 15.',
    );
  });

  it('copies the e-mail text to the clipboard, in the language chosen, and confirms it beside the button', async () => {
    const turn = turns().first();
    await turn.getByLabel('in', { exact: true }).selectOption('en');
    await turn.getByRole('button', { name: 'Kopieer e-mailtekst' }).click();
    await expect
      .poll(() => turn.locator('.email-actions .copied').textContent())
      .toBe('Engelse e-mailtekst gekopieerd.');
    // Evaluated in the page, hence a string: the test's TypeScript has no DOM types.
    const clip = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(clip).toMatch(
      /^Dear Sir or Madam,\n\nAccording to the Utrecht krachtwijken charter:\n\nThe 2011 target for home burglaries in Ondiep is 21/,
    );
    expect(clip).toContain('Source: Charter betreffende de aanpak van wijken');
    expect(clip.trimEnd().endsWith('Kind regards,')).toBe(true);

    // Asked in English for a Dutch-speaking citizen: the same answer as a Dutch e-mail.
    await turn.getByLabel('in', { exact: true }).selectOption('nl');
    await turn.getByRole('button', { name: 'Kopieer e-mailtekst' }).click();
    await expect
      .poll(() => turn.locator('.email-actions .copied').textContent())
      .toBe('E-mailtekst gekopieerd.');
    const dutch = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(dutch).toMatch(
      /^Geachte heer\/mevrouw,\n\nVolgens het charter krachtwijken Utrecht geldt het volgende\.\n\nHet doel voor 2011 voor woninginbraken in Ondiep is 21 per 1000 woningen/,
    );
    expect(await page.locator('#status').textContent()).toBe('');
  });

  it('copies a quote word for word and links it to its clause page, which is titled by its section', async () => {
    const figure = turns().first().locator('figure.citation').first();
    await figure.getByRole('button', { name: 'Kopieer citaat' }).click();
    await expect.poll(() => figure.locator('.copied').textContent()).toBe('Citaat gekopieerd.');
    expect(String(await page.evaluate('navigator.clipboard.readText()'))).toBe(
      await figure.locator('blockquote').textContent(),
    );
    const link = figure.getByRole('link');
    expect(await link.textContent()).toBe(
      '2. Op het gebied van veiligheid › a. Gezamenlijke ambitie › Ondiep',
    );
    expect(await link.getAttribute('href')).toBe('/clauses/veiligheid.ambitie.ondiep.3');
  });

  it('takes feedback: helpful, or not helpful with a reason that is not chosen in advance', async () => {
    const turn = turns().first();
    await turn.getByRole('button', { name: 'Niet nuttig' }).click();
    const reasons = turn.locator('fieldset.reasons');
    expect(await reasons.isVisible()).toBe(true);
    expect(await reasons.locator('input:checked').count()).toBe(0);
    await reasons.getByRole('button', { name: 'Versturen' }).click();
    await expect
      .poll(() => turn.locator('.feedback .copied').first().textContent())
      .toBe('Kies eerst wat er mis was.');
    await reasons.getByLabel('Verkeerd cijfer').check();
    await reasons.getByRole('button', { name: 'Versturen' }).click();
    await expect.poll(() => turn.locator('.feedback').textContent()).toBe('Dank voor uw reactie.');
    const id = (await server.store.listAudit()).at(-1)?.id ?? '';
    expect((await server.store.listFeedback(id)).map((f) => [f.rating, f.reason])).toEqual([
      ['not_helpful', 'wrong_figure'],
    ]);
  });

  it('offers no e-mail text for an answer the charter does not give', async () => {
    await page.getByLabel('Uw vraag').fill('wanneer speelt FC Utrecht weer thuis?');
    await page.keyboard.press('Enter');
    const turn = page.locator('#conversation li.turn.not_found').last();
    await expect.poll(() => turn.count()).toBe(1);
    expect(await turn.getByRole('button', { name: /e-mail/i }).count()).toBe(0);
  });

  it('keeps the conversation over a reload, until "New conversation"', async () => {
    await page.reload();
    await expect.poll(() => turns().count()).toBe(2);
    expect(await turns().first().locator('.feedback').textContent()).toBe('Dank voor uw reactie.');
    // The follow-up still belongs to the same thread on the server.
    await page.getByLabel('Uw vraag').fill('and for 2017?');
    await page.getByRole('button', { name: 'Vraag', exact: true }).click();
    await expect.poll(() => turns().nth(2).locator('.answer').textContent()).toContain('15 per 1000 homes');
    await page.getByRole('button', { name: 'Nieuw gesprek' }).click();
    expect(await turns().count()).toBe(0);
    await page.reload();
    expect(await turns().count()).toBe(0);
  });

  it('works with the keyboard only: ask, copy the e-mail, and the question box stays in view', async () => {
    await page.locator('body').focus();
    await page.keyboard.press('Tab'); // the skip link comes first
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    await page.getByLabel('Uw vraag').focus();
    await page.keyboard.type('Wat is het doel voor woninginbraken in Ondiep in 2011?');
    await page.keyboard.press('Enter');
    await expect.poll(() => turns().count()).toBe(1);
    for (let i = 0; i < 6; i++) {
      await page
        .getByLabel('Uw vraag')
        .fill(`Wat is het doel voor geweld in Ondiep in ${i % 2 ? 2011 : 2017}?`);
      await page.keyboard.press('Enter');
      await expect.poll(() => turns().count()).toBe(i + 2);
    }
    // However long the conversation, the question box is on screen.
    const box = await page.getByLabel('Uw vraag').boundingBox();
    expect((box?.y ?? 0) + (box?.height ?? 1000)).toBeLessThanOrEqual(900);
    expect(box?.y).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'conversation.png') });
    // Shift+Tab from the question box reaches the last answer's controls.
    await page.getByRole('button', { name: 'Kopieer e-mailtekst' }).last().focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => turns().last().locator('.email-actions .copied').textContent())
      .toBe('E-mailtekst gekopieerd.');
  });

  it('shows hostile input as text', async () => {
    await page.getByLabel('Uw vraag').fill('<img src=x onerror=alert(1)><script>alert(2)</script>');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => turns().last().locator('.question').textContent())
      .toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('#conversation img').count()).toBe(0);
  });

  it('shows a list in an answer as a real list', async () => {
    await page.getByLabel('Uw vraag').fill('Geef alle doelen voor Kanaleneiland');
    await page.keyboard.press('Enter');
    const list = turns().last().locator('ul.answer-list');
    await expect.poll(() => list.locator('li').count()).toBeGreaterThan(5);
    expect(await list.locator('li').first().textContent()).toMatch(/^Inwoners die hun gezondheid/);
  });

  it('draws the kept answers again in the interface’s new language', async () => {
    const count = await turns().count();
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForLoadState();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => turns().count()).toBe(count);
    const last = turns().last();
    expect(await last.getByRole('button', { name: 'Copy e-mail text' }).count()).toBe(1);
    expect(await last.locator('.badge').textContent()).toBe('Answer');
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await page.waitForLoadState();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await expect.poll(() => turns().last().locator('.badge').textContent()).toBe('Antwoord');
    expect(await turns().count()).toBe(count);
  });

  it('draws a conversation kept before answers came drawn from the server', async () => {
    const count = await turns().count();
    // What the console kept until now: each turn's answer without its markup.
    await page.evaluate(`(() => {
      const saved = JSON.parse(sessionStorage.getItem('charterbot.conversation'));
      for (const turn of saved.turns) { delete turn.html; delete turn.lang; }
      sessionStorage.setItem('charterbot.conversation', JSON.stringify(saved));
    })()`);
    await page.reload();
    await expect.poll(() => turns().count()).toBe(count);
    expect(await turns().first().getByRole('button', { name: 'Kopieer e-mailtekst' }).count()).toBe(1);
    expect(await turns().first().getByRole('button', { name: 'Nuttig', exact: true }).count()).toBe(1);
  });

  it('switches the interface to English and back, and remembers the choice', async () => {
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForLoadState();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByLabel('Your question').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe('Ask the charter');
    await page.getByRole('link', { name: 'Targets' }).click();
    await page.waitForLoadState();
    expect(await page.locator('h1').textContent()).toBe('Targets by wijk');
    expect(await page.locator('tr', { hasText: 'home burglaries' }).count()).toBeGreaterThan(0);
    expect(await page.locator('main').textContent()).not.toContain('woninginbraken');
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await page.waitForLoadState();
    expect(await page.locator('h1').textContent()).toBe('Doelen per wijk');
    expect(new URL(page.url()).pathname).toBe('/targets');
  });

  it('opens the targets page with a chart per target, readable on a phone', async () => {
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(48);
    expect(await page.locator('svg.chart').count()).toBe(48);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: join(SHOTS, 'targets-phone.png'), fullPage: false });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it('shows progress per wijk with statuses in words, chosen by date, on a laptop and a phone', async () => {
    await server.store.saveMeasurements([newMeasurement()], null, new Date().toISOString());
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('link', { name: 'Voortgang' }).click();
    await page.waitForLoadState();
    await page.getByLabel('Peildatum').fill('2010-06-01');
    await page.getByLabel('Wijk').selectOption('ondiep');
    await page.getByRole('button', { name: 'Toon' }).click();
    await expect.poll(() => page.url()).toContain('asOf=2010-06-01');
    const row = page.locator('tr', { hasText: 'woninginbraken' });
    expect(await row.locator('.status').textContent()).toBe('risico');
    expect(await row.textContent()).toContain('Wijkenmonitor 2009');
    expect(await page.locator('section h2').allTextContents()).toEqual(['Ondiep']);
    await page.screenshot({ path: join(SHOTS, 'progress.png'), fullPage: true });
    // Every column visible at 1280 px: neither the page nor a table scrolls sideways; the source column is in view.
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await tableOverflow(page)).toBeLessThanOrEqual(0);
    const source = await page.locator('table.progress thead th').last().boundingBox();
    expect((source?.x ?? 0) + (source?.width ?? 0)).toBeLessThanOrEqual(1280);
    // The same with every wijk and the longer words of today's statuses.
    await page.goto(new URL('/progress', server.url).href);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await tableOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.goto(new URL('/progress?asOf=2010-06-01&wijk=ondiep', server.url).href);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'progress-phone.png'), fullPage: false });
  });

  it('passes an accessibility scan (axe) with no serious or critical violations on every page, on a laptop and a phone', async () => {
    const pages = [
      '/',
      '/targets',
      '/progress?asOf=2010-06-01',
      '/digests',
      '/clauses/veiligheid.ambitie.ondiep.3',
    ];
    const found: string[] = [];
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of pages) {
        await page.goto(new URL(path, server.url).href);
        const result = await new AxeBuilder({ page }).analyze();
        for (const v of result.violations)
          if (v.impact === 'serious' || v.impact === 'critical')
            found.push(`${width}px ${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      }
    }
    expect(found).toEqual([]);
  }, 120_000);
});
