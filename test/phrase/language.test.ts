// One language per person, and the user's words accepted everywhere: theme names in Dutch or English in every
// command and API parameter, DEFAULT_LANGUAGE (default nl) for the CLI and server, replies in the language of
// the command, no internal keys or untranslated words. The CLI's run() in this process, the real server over HTTP.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import { THEME_NAMES, themeKey } from '../../src/charter/themes.js';
import { composeDigest } from '../../src/digest/compose.js';
import { commandLanguage } from '../../src/phrase/digest-command.js';
import { digestsPage } from '../../src/render/digests-page.js';
import { runCli } from '../support/cli.js';
import { newMeasurement } from '../support/measurements.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { newSubscription } from '../support/subscriptions.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/measurements-example.csv');
const k = loadKnowledge();

function sandbox(extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cb-lang-'));
  const env = { DATABASE_URL: join(dir, 'charterbot.db'), DEFAULT_LANGUAGE: '', ...extra };
  const cli = (...args: string[]) => runCli(args, env, { cwd: dir });
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return { cli, file };
}

describe('theme names in Dutch and English', () => {
  it('are the lexicon’s names', () => {
    for (const t of k.lexicon.themes) {
      expect(THEME_NAMES[t.key]).toEqual({ nl: t.nl.name, en: t.en.name });
      expect(themeKey(t.nl.name.toUpperCase())).toBe(t.key);
    }
  });

  it('are accepted by progress, targets and digest preview, and a wrong one lists them', async () => {
    const { cli } = sandbox();
    const nl = await cli('progress', '--theme', 'veiligheid', '--json');
    expect(nl.status).toBe(0);
    const en = await cli('progress', '--theme', 'safety', '--json');
    expect(nl.stdout).toBe(en.stdout);
    expect((JSON.parse(nl.stdout) as Array<{ theme: string }>).every((r) => r.theme === 'safety')).toBe(true);
    expect((await cli('targets', '--theme', 'Veiligheid', '--json')).status).toBe(0);
    expect((await cli('digest', 'preview', '--theme', 'onderwijs')).status).toBe(0);
    const wrong = await cli('progress', '--theme', 'crime');
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatchInlineSnapshot(`
      "fout: 'crime' past niet bij de optie '--theme <theme>'. "crime" is geen thema: gebruik gezondheid/health, onderwijs/education, veiligheid/safety, wonen/housing, werk/work (zie --help)
      "
    `);
    expect((await cli('progress', '--theme', 'crime', '--language', 'en')).stderr).toMatchInlineSnapshot(`
      "error: option '--theme <theme>' argument 'crime' is invalid. "crime" is not a theme: use gezondheid/health, onderwijs/education, veiligheid/safety, wonen/housing, werk/work (see --help)
      "
    `);
  });
});

describe('one default language', () => {
  it('is Dutch for progress, measurements list and targets; DEFAULT_LANGUAGE=en makes it English', async () => {
    const { cli } = sandbox();
    expect((await cli('measurements', 'import', EXAMPLE)).status).toBe(0);
    const progress = (await cli('progress', '--wijk', 'Ondiep', '--theme', 'veiligheid')).stdout;
    expect(progress).toMatch(/woninginbraken/);
    expect(progress).not.toMatch(/home burglaries|no data|on track/);
    const list = (await cli('measurements', 'list', '--wijk', 'Ondiep')).stdout;
    expect(list).toMatch(/Jaar.*Waarde.*Bron/);
    expect(list).toMatch(/woninginbraken/);
    expect(list).not.toMatch(/\bburglary\b/);
    const { cli: en } = sandbox({ DEFAULT_LANGUAGE: 'en' });
    expect((await en('measurements', 'import', EXAMPLE)).status).toBe(0);
    expect((await en('progress', '--wijk', 'Ondiep')).stdout).toMatch(/home burglaries/);
    expect((await en('measurements', 'list')).stdout).toMatch(/Year.*Value.*Source/);
    expect((await en('targets')).stdout).toMatch(/home burglaries/);
  });

  it('names the combined target in words in an import error, in the user’s language', async () => {
    const { cli, file } = sandbox();
    const csv = file('kanaleneiland.csv', 'Kanaleneiland;inbraak;2009;30;Wijkenmonitor 2009\n');
    const r = await cli('measurements', 'import', csv);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain('burglary_car_combined');
    expect(r.stderr).toContain('inbraken/autokraken samen (gecombineerd doel)');
    expect(r.stderr).toMatch(/regel 1, kolom 2/);
  });
});

describe('replies in the language of the command', () => {
  it.each([
    ['digest subscribe maandag 09:00 veiligheid', 'nl'],
    ['digest subscribe veiligheid', 'nl'],
    ['digest abonneer', 'nl'],
    ['digest subscribe', 'nl'],
    ['digest subscribe monday 09:00', 'en'],
    ['digest subscribe safety Ondiep', 'en'],
    ['digest subscribe maandag en', 'en'],
    ['digest status', 'nl'],
  ])('%s -> %s', (text, lang) => {
    expect(commandLanguage(text)).toBe(lang);
  });

  it('falls back to DEFAULT_LANGUAGE where the words do not say', () => {
    expect(commandLanguage('digest status', 'en')).toBe('en');
    expect(commandLanguage('digest subscribe veiligheid', 'en')).toBe('nl');
  });

  it('shows digest runs in words on the Dutch digests page', () => {
    const digest = composeDigest({
      progress: [],
      asOf: '2026-12-02',
      period: '2026-W49',
      language: 'nl',
      scope: { wijken: [], themes: [] },
      previous: null,
      lastMeasurementAt: null,
    });
    const html = digestsPage(
      [
        {
          subscription: newSubscription(),
          next: '2026-12-07T09:00',
          last: {
            subscriptionId: 'x',
            period: '2026-W48',
            status: 'posted',
            attempts: 1,
            postedAt: null,
            messageRef: null,
            error: null,
            claimedAt: '2026-11-30T08:00:00.000Z',
          } as never,
        },
      ],
      digest,
      k.lexicon,
      {},
      { lang: 'nl', staff: null, path: '/digests' },
    );
    expect(html).toContain('2026-W48: geplaatst');
    expect(html).not.toMatch(/: posted/);
  });
});

describe('the HTTP API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.store.saveMeasurements([newMeasurement()], null, new Date().toISOString());
  });
  afterAll(async () => {
    await server.close();
  });

  it('takes a theme in Dutch or English and answers in the default language', async () => {
    const nl = await fetch(new URL('/api/progress?theme=veiligheid&wijk=Ondiep', server.url));
    expect(nl.status).toBe(200);
    const rows = (await nl.json()) as Array<{ theme: string; name: string }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.theme === 'safety')).toBe(true);
    expect(rows.map((r) => r.name)).toContain('woninginbraken');
    const en = await fetch(new URL('/api/progress?theme=safety&wijk=Ondiep&language=en', server.url));
    expect(((await en.json()) as Array<{ name: string }>).map((r) => r.name)).toContain('home burglaries');
    const bad = await fetch(new URL('/api/progress?theme=crime', server.url));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/veiligheid/);
    const preview = await fetch(new URL('/api/digest/preview?theme=veiligheid&format=text', server.url));
    expect(preview.status).toBe(200);
  });
});
