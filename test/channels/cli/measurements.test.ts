// `charterbot measurements`, `targets revise` and `progress` as a user runs them: real files, a real
// SQLite file per test, the CLI's run() in this process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';

const EXAMPLE = join(import.meta.dirname, '../../../examples/measurements-example.csv');

/** A fresh database and folder for each test: no test sees another's data. */
function sandbox() {
  const dir = mkdtempSync(join(tmpdir(), 'cb-m-'));
  // English messages: these tests are about what the commands do (test/phrase/language.test.ts: the language).
  const env = { DATABASE_URL: join(dir, 'data', 'charterbot.db'), DEFAULT_LANGUAGE: 'en' };
  const cli = (...args: string[]) => runCli(args, env, { cwd: dir });
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return { cli, file };
}

describe('charterbot measurements import', () => {
  it('stores the example file, and a second import changes nothing and says so', async () => {
    const { cli } = sandbox();
    const first = await cli('measurements', 'import', EXAMPLE);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/stored 104 new and 0 corrected values/);
    const second = await cli('measurements', 'import', EXAMPLE);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/nothing changed: all 104 values are already stored/);
    const list = JSON.parse(
      (await cli('measurements', 'list', '--json', '--wijk', 'zuilen oost', '--indicator', 'autokraken'))
        .stdout,
    );
    expect(list.map((m: { year: number; value: number }) => [m.year, m.value])).toEqual([
      [2007, 37],
      [2009, 39.5],
      [2011, 33],
      [2013, 27],
      [2015, 22],
      [2017, 19],
    ]);
  });

  it('stores nothing when one line is bad, and names every problem with its line and column', async () => {
    const { cli, file } = sandbox();
    const bad = file(
      'bad.csv',
      [
        'Ondiep,burglary,2009,30,Wijkenmonitor 2009',
        'Ondiep,inbrak,2010,28,Wijkenmonitor 2010',
        'Hoograven,burglary,2010,28,Wijkenmonitor 2010',
        'Ondiep,burglary,2045,28,Wijkenmonitor 2045',
        'Ondiep,feeling_unsafe,2010,140,Wijkenmonitor 2010',
        'Overvecht,neighbourhood_rating,2010,11,Wijkenmonitor 2010',
        'Ondiep,violence,2010,-3,Wijkenmonitor 2010',
        'Ondiep,violence,2011,8,   ',
        'Kanaleneiland,burglary,2010,20,Wijkenmonitor',
        'Ondiep,burglary,2009,31,Wijkenmonitor 2009 (other)',
        'Ondiep,burglary',
      ].join('\n'),
    );
    const r = await cli('measurements', 'import', bad);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.replace(bad, 'bad.csv')).toMatchInlineSnapshot(`
      "bad.csv: 10 problems, nothing stored:
        line 2, column 2 (indicator): "inbrak" is not an indicator of the charter; did you mean burglary?
        line 3, column 1 (wijk): Hoograven is outside the charter: it has targets for Kanaleneiland, Ondiep, Overvecht and Zuilen-Oost only
        line 4, column 3 (year): 2045 is not between 2006 and 2026
        line 5, column 4 (value): 140 is not plausible for a value in %: expected 0 to 100
        line 6, column 4 (value): 11 is not plausible for a value in rapportcijfer: expected 1 to 10
        line 7, column 4 (value): "-3" is not a number (write for example 7.5 or 7,5)
        line 8, column 5 (source): the source is missing (for example "Wijkenmonitor 2009")
        line 9, column 2 (indicator): the charter has no home burglaries target for Kanaleneiland; its target there is burglaries and car break-ins combined
        line 10: the same wijk, indicator and year as line 1, with a different value
        line 11: 2 columns; expected 5 or 6: wijk, indicator, year, value, source[, note]
      "
    `);
    expect((await cli('measurements', 'list', '--json')).stdout.trim()).toBe('[]');
  });

  it('reads Dutch Excel: semicolons, a byte-order mark, decimal commas, Dutch names and aliases', async () => {
    const { cli, file } = sandbox();
    const csv = file(
      'nl.csv',
      '\uFEFFwijk;indicator;jaar;waarde;bron;toelichting\r\nZuilen Oost;inbraak;2009;22,5;Wijkenmonitor 2009;voorlopig\r\nOVERVECHT;Algemeen oordeel over de buurt;2010;5,4;Wijkenmonitor 2010;\r\n',
    );
    expect((await cli('measurements', 'import', csv)).stdout).toMatch(/stored 2 new/);
    const rows = JSON.parse((await cli('measurements', 'list', '--json')).stdout);
    expect(
      rows.map((m: Record<string, unknown>) => [m.wijk, m.indicator, m.year, m.value, m.unit, m.note]),
    ).toEqual([
      ['Overvecht', 'neighbourhood_rating', 2010, 5.4, 'rapportcijfer', null],
      ['Zuilen-Oost', 'burglary', 2009, 22.5, 'per 1000 woningen', 'voorlopig'],
    ]);
  });

  it('reads a Windows-1252 file (Excel "CSV" on Windows) and says so', async () => {
    const { cli, file } = sandbox();
    // "Wijkenmonitor 2009 – eerste meting" with an en dash (0x96) and "ë" (0xEB), not valid UTF-8.
    const bytes = Buffer.concat([
      Buffer.from('Ondiep;burglary;2009;30;Wijkenmonitor 2009 '),
      Buffer.from([0x96]),
      Buffer.from(' co'),
      Buffer.from([0xeb]),
      Buffer.from('ffici\n'),
    ]);
    const r = await cli('measurements', 'import', file('win.csv', bytes));
    expect(r.stdout).toMatch(/stored 1 new .*read as windows-1252/);
    expect(JSON.parse((await cli('measurements', 'list', '--json')).stdout)[0].source).toBe(
      'Wijkenmonitor 2009 – coëffici',
    );
  });

  it('lists the first 100 problems of a file full of them, then how many more, and stores nothing', async () => {
    const { cli, file } = sandbox();
    const lines = Array.from({ length: 250 }, (_, i) => `Hoograven,burglary,2010,${i},Wijkenmonitor 2010`);
    const r = await cli('measurements', 'import', file('many.csv', lines.join('\n')));
    expect(r.status).toBe(1);
    const out = r.stderr.trim().split('\n');
    expect(out[0]).toMatch(/many\.csv: 250 problems, nothing stored:$/);
    expect(out.filter((l) => /^ {2}line \d+/.test(l))).toHaveLength(100);
    expect(out.at(-1)).toBe('  ... and 150 more (fix these first, then import again)');
    expect((await cli('measurements', 'list', '--json')).stdout.trim()).toBe('[]');
  });

  it('shows a dry run, then keeps a corrected value in the history', async () => {
    const { cli, file } = sandbox();
    await cli('measurements', 'import', file('a.csv', 'Ondiep,burglary,2009,30,Wijkenmonitor 2009\n'));
    const fix = file(
      'b.csv',
      'Ondiep,burglary,2009,29,Wijkenmonitor 2009 (correctie)\nOndiep,burglary,2010,26,Wijkenmonitor 2010\n',
    );
    const dry = await cli('measurements', 'import', '--dry-run', fix);
    expect(dry.stdout.replace(fix, 'b.csv')).toMatchInlineSnapshot(`
      "b.csv: 2 values (dry run, nothing stored)
      would add 1, change 1, leave 0 unchanged
      + Ondiep, home burglaries, 2010: 26 per 1000 homes (Wijkenmonitor 2010)
      ~ Ondiep, home burglaries, 2009: 29 per 1000 homes (Wijkenmonitor 2009 (correctie)); was 30 per 1000 homes (Wijkenmonitor 2009)
      "
    `);
    expect(JSON.parse((await cli('measurements', 'list', '--json')).stdout)).toHaveLength(1);
    expect((await cli('measurements', 'import', fix)).stdout).toMatch(/stored 1 new and 1 corrected/);
    const { current, history } = JSON.parse(
      (await cli('measurements', 'list', '--json', '--history')).stdout,
    );
    expect(current.map((m: { value: number }) => m.value)).toEqual([29, 26]);
    expect(history).toMatchObject([{ year: 2009, value: 30, source: 'Wijkenmonitor 2009' }]);
    expect((await cli('measurements', 'list', '--history')).stdout).toMatch(/replaced \d{4}-\d{2}-\d{2}/);
  });

  it('exports CSV that imports again unchanged, with formula-looking cells kept as text', async () => {
    const { cli, file } = sandbox();
    await cli(
      'measurements',
      'import',
      file(
        'a.csv',
        'Ondiep,burglary,2009,30,"=HYPERLINK(""x"")",note\nOndiep,violence,2010,"9,5",Monitor;2010,\n',
      ),
    );
    const exported = (await cli('measurements', 'export')).stdout;
    expect(exported).toContain(`'=HYPERLINK`);
    const r = await cli('measurements', 'import', file('round.csv', exported));
    expect(r.stdout).toMatch(/nothing changed: all 2 values are already stored/);
  });

  it('refuses a missing, empty or binary file with a clear message', async () => {
    const { cli, file } = sandbox();
    expect((await cli('measurements', 'import', 'nope.csv')).stderr).toMatch(
      /^charterbot: cannot read nope\.csv: no such file/,
    );
    expect(
      (await cli('measurements', 'import', 'nope.csv', '--language', 'nl')).stderr,
    ).toMatchInlineSnapshot(`
      "charterbot: nope.csv bestaat niet of is niet te lezen
      "
    `);
    expect((await cli('measurements', 'import', file('empty.csv', '# only a comment\n'))).stderr).toMatch(
      /line 1: the file holds no measurements/,
    );
    const bin = await cli('measurements', 'import', file('x.csv', Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 10])));
    expect(bin.status).toBe(1);
    expect(bin.stderr).toMatch(/nothing stored/);
  });
});

describe('charterbot progress and targets revise', () => {
  it('gives each target its status as of 2010-06-01 as JSON', async () => {
    const { cli } = sandbox();
    await cli('measurements', 'import', EXAMPLE);
    const r = await cli('progress', '--json', '--as-of', '2010-06-01');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(48);
    const burglary = rows.find((p) => p.wijk === 'Ondiep' && p.indicator === 'burglary');
    expect(burglary).toMatchObject({
      status: 'at_risk',
      ratio: 0.68,
      baseline: { year: 2006, value: 38 },
      latest: { year: 2009, value: 30, source: 'Voorbeeld Wijkenmonitor 2009' },
      milestone: { year: 2011, value: 21 },
      expected: 23.64,
      clauseId: 'veiligheid.ambitie.ondiep.3',
    });
    expect(Object.keys(burglary ?? {})).toEqual(
      expect.arrayContaining([
        'wijk',
        'theme',
        'indicator',
        'label',
        'status',
        'stale',
        'ratio',
        'baseline',
        'latest',
        'milestone',
        'expected',
        'milestones',
        'clauseId',
        'reason',
      ]),
    );
    const statuses = Object.fromEntries(rows.map((p) => [`${p.wijk}/${p.indicator}`, p.status]));
    expect(statuses).toMatchObject({
      'Zuilen-Oost/car_breakins': 'off_track',
      'Zuilen-Oost/negative_outlook': 'achieved',
      'Kanaleneiland/burglary_car_combined': 'at_risk',
      'Overvecht/havo_vwo': 'no_data',
      'Ondiep/kindergarten_intake': 'no_data',
    });
  });

  it('explains the method and each status, in Dutch on request', async () => {
    const { cli } = sandbox();
    await cli('measurements', 'import', EXAMPLE);
    const r = await cli(
      'progress',
      '--wijk',
      'ondiep',
      '--theme',
      'safety',
      '--as-of',
      '2010-06-01',
      '--explain',
      '--language',
      'nl',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Methode: de snelheidsverhouding van Statistics Canada/);
    expect(r.stdout).toMatch(/R ≥ 0,95: op koers; 0,6 tot 0,95: risico/);
    expect(r.stdout).toMatch(
      /Ondiep, woninginbraken \[veiligheid\.ambitie\.ondiep\.3\]: risico\. Van 38 per 1000 woningen \(2006\) naar 30 per 1000 woningen \(2009, Voorbeeld Wijkenmonitor 2009\)/,
    );
    expect(r.stdout).not.toMatch(/Zuilen-Oost/);
  });

  it('refuses a bad date or wijk in one line', async () => {
    const { cli } = sandbox();
    expect((await cli('progress', '--as-of', '2010-02-30')).stderr).toMatch(/use a real date/);
    expect((await cli('progress', '--wijk', 'Lombok')).stderr).toMatch(
      /^charterbot: Lombok is outside the charter/,
    );
  });

  it('proposes revisions on the 2007 zero measurement and records them with --apply', async () => {
    const { cli } = sandbox();
    await cli('measurements', 'import', EXAMPLE);
    const proposed = await cli('targets', 'revise', '--from-nulmeting', '2007');
    expect(proposed.stdout).toMatch(/revisions proposed; run again with --apply/);
    // Ondiep burglary: 21 * 36 / 38 = 19.9 and 15 * 36 / 38 = 14.2.
    expect(proposed.stdout).toMatch(
      /Ondiep .* home burglaries .* 2011 .* 21 per 1000 homes .* 19\.9 per 1000 homes .* 36 per 1000 homes \(Voorbeeld Wijkenmonitor 2007\)/,
    );
    expect(
      JSON.parse((await cli('progress', '--json', '--as-of', '2010-06-01')).stdout).some(
        (p: { revised: boolean }) => p.revised,
      ),
    ).toBe(false);
    expect((await cli('targets', 'revise', '--from-nulmeting', '2007', '--apply')).stdout).toMatch(
      /recorded \d+ new/,
    );
    expect((await cli('targets', 'revise', '--from-nulmeting', '2007', '--apply')).stdout).toMatch(
      /nothing changed/,
    );
    const rows = JSON.parse((await cli('progress', '--json', '--as-of', '2010-06-01')).stdout);
    const b = rows.find(
      (p: { wijk: string; indicator: string }) => p.wijk === 'Ondiep' && p.indicator === 'burglary',
    );
    expect(b).toMatchObject({
      revised: true,
      baseline: { year: 2007, value: 36 },
      milestone: { year: 2011, value: 19.9 },
    });
    expect(b.milestones[0]).toMatchObject({
      charter: { value: 21, kind: 'level' },
      revision: { value: 19.9 },
    });
  });

  it('imports revisions from CSV with a source, for milestone years only', async () => {
    const { cli, file } = sandbox();
    expect(
      (await cli('targets', 'revise', '--import', file('r.csv', 'Ondiep,burglary,2012,20,Raadsbrief 2009\n')))
        .stderr,
    ).toMatch(
      /line 1, column 3 \(year\): Ondiep has no home burglaries milestone in 2012; it has one in 2011 and 2017/,
    );
    expect(
      (
        await cli(
          'targets',
          'revise',
          '--import',
          file('r2.csv', 'Ondiep,burglary,2011,20,Raadsbrief 2009\n'),
        )
      ).stdout,
    ).toMatch(/recorded 1 new/);
  });
});

describe('replies in the language of the command (--language, else DEFAULT_LANGUAGE)', () => {
  /** Each reply with the sandbox's paths and today's dates taken out, so a snapshot holds only the words. */
  const plain = (text: string, file: string) =>
    text.replaceAll(file, 'FILE.csv').replace(/\d{4}-\d{2}-\d{2}/g, 'YYYY-MM-DD');

  it('says what an import stored, and what a dry run would do, in Dutch and English, with no internal keys', async () => {
    const { cli, file } = sandbox();
    await cli('measurements', 'import', file('a.csv', 'Ondiep,burglary,2009,30,Wijkenmonitor 2009\n'));
    const fix = file(
      'b.csv',
      [
        'Ondiep,burglary,2009,29,Wijkenmonitor 2009 (correctie)',
        'Kanaleneiland,inbraken en autokraken,2010,"16,5",Wijkenmonitor 2010',
        'Ondiep,burglary,2009,29,Wijkenmonitor 2009 (correctie)',
      ].join('\n'),
    );
    const dry = async (lang: string) =>
      plain((await cli('measurements', 'import', '--dry-run', '--language', lang, fix)).stdout, fix);
    expect(await dry('nl')).toMatchInlineSnapshot(`
      "FILE.csv: 2 waarden (proefimport, niets opgeslagen; 1 herhaalde regel één keer geteld)
      zou 1 toevoegen, 1 wijzigen en 0 ongewijzigd laten
      + Kanaleneiland, inbraken/autokraken samen (gecombineerd doel), 2010: 16,5% (Wijkenmonitor 2010)
      ~ Ondiep, woninginbraken, 2009: 29 per 1000 woningen (Wijkenmonitor 2009 (correctie)); was 30 per 1000 woningen (Wijkenmonitor 2009)
      "
    `);
    expect(await dry('en')).toMatchInlineSnapshot(`
      "FILE.csv: 2 values (dry run, nothing stored; 1 repeated row counted once)
      would add 1, change 1, leave 0 unchanged
      + Kanaleneiland, burglaries and car break-ins combined, 2010: 16.5% (Wijkenmonitor 2010)
      ~ Ondiep, home burglaries, 2009: 29 per 1000 homes (Wijkenmonitor 2009 (correctie)); was 30 per 1000 homes (Wijkenmonitor 2009)
      "
    `);
    const stored = await cli('measurements', 'import', '--language', 'nl', fix);
    expect(plain(stored.stdout, fix)).toMatchInlineSnapshot(`
      "FILE.csv: 1 nieuwe en 1 gecorrigeerde waarden opgeslagen (eerdere waarden blijven in de geschiedenis); 0 ongewijzigd (1 herhaalde regel één keer geteld)
      "
    `);
    const again = async (lang: string) =>
      plain((await cli('measurements', 'import', '--language', lang, fix)).stdout, fix);
    expect(await again('nl')).toMatchInlineSnapshot(`
      "FILE.csv: niets veranderd: alle 2 waarden zijn al opgeslagen (1 herhaalde regel één keer geteld)
      "
    `);
    expect(await again('en')).toMatchInlineSnapshot(`
      "FILE.csv: nothing changed: all 2 values are already stored (1 repeated row counted once)
      "
    `);
    for (const out of [await dry('nl'), await dry('en'), stored.stdout])
      expect(out).not.toMatch(/burglary|_/);
  });

  it('stores in English by DEFAULT_LANGUAGE, in Dutch with --language nl', async () => {
    const { cli, file } = sandbox();
    const csv = file('c.csv', 'Ondiep,burglary,2010,26,Wijkenmonitor 2010\n');
    expect(plain((await cli('measurements', 'import', csv)).stdout, csv)).toMatchInlineSnapshot(`
      "FILE.csv: stored 1 new and 0 corrected values (earlier values kept in the history); 0 unchanged
      "
    `);
  });

  it('proposes and records target revisions in Dutch and English', async () => {
    const { cli, file } = sandbox();
    await cli(
      'measurements',
      'import',
      file(
        'nul.csv',
        'Ondiep,burglary,2007,36,Wijkenmonitor 2007\nKanaleneiland,burglary_car_combined,2007,40,Wijkenmonitor 2007\n',
      ),
    );
    const revise = async (...args: string[]) =>
      (await cli('targets', 'revise', '--from-nulmeting', '2007', ...args)).stdout;
    expect(await revise('--language', 'nl')).toMatchInlineSnapshot(`
      "┌───────────────┬───────────────────────────────────────────────┬──────┬──────────────────────┬────────────────────────────────────┬───────────────────────────────────────────┐
      │ Wijk          │ Indicator                                     │ Jaar │ Charter              │ Bijgesteld (zelfde doel/nulmeting) │ Basis (2007)                              │
      ├───────────────┼───────────────────────────────────────────────┼──────┼──────────────────────┼────────────────────────────────────┼───────────────────────────────────────────┤
      │ Kanaleneiland │ inbraken/autokraken samen (gecombineerd doel) │ 2011 │ −33% t.o.v. 2006     │ 26,8%                              │ 40% (Wijkenmonitor 2007)                  │
      ├───────────────┼───────────────────────────────────────────────┼──────┼──────────────────────┼────────────────────────────────────┼───────────────────────────────────────────┤
      │ Kanaleneiland │ inbraken/autokraken samen (gecombineerd doel) │ 2017 │ −45% t.o.v. 2006     │ 22%                                │ 40% (Wijkenmonitor 2007)                  │
      ├───────────────┼───────────────────────────────────────────────┼──────┼──────────────────────┼────────────────────────────────────┼───────────────────────────────────────────┤
      │ Ondiep        │ woninginbraken                                │ 2011 │ 21 per 1000 woningen │ 19,9 per 1000 woningen             │ 36 per 1000 woningen (Wijkenmonitor 2007) │
      ├───────────────┼───────────────────────────────────────────────┼──────┼──────────────────────┼────────────────────────────────────┼───────────────────────────────────────────┤
      │ Ondiep        │ woninginbraken                                │ 2017 │ 15 per 1000 woningen │ 14,2 per 1000 woningen             │ 36 per 1000 woningen (Wijkenmonitor 2007) │
      └───────────────┴───────────────────────────────────────────────┴──────┴──────────────────────┴────────────────────────────────────┴───────────────────────────────────────────┘
      4 bijstellingen voorgesteld; voer de opdracht opnieuw uit met --apply om ze vast te leggen
      "
    `);
    expect(await revise('--language', 'en')).toMatchInlineSnapshot(`
      "┌───────────────┬───────────────────────────────────────┬──────┬───────────────────┬─────────────────────────────────┬────────────────────────────────────────┐
      │ Wijk          │ Indicator                             │ Year │ Charter           │ Revised (keeps target/baseline) │ Basis (2007)                           │
      ├───────────────┼───────────────────────────────────────┼──────┼───────────────────┼─────────────────────────────────┼────────────────────────────────────────┤
      │ Kanaleneiland │ burglaries and car break-ins combined │ 2011 │ −33% vs 2006      │ 26.8%                           │ 40% (Wijkenmonitor 2007)               │
      ├───────────────┼───────────────────────────────────────┼──────┼───────────────────┼─────────────────────────────────┼────────────────────────────────────────┤
      │ Kanaleneiland │ burglaries and car break-ins combined │ 2017 │ −45% vs 2006      │ 22%                             │ 40% (Wijkenmonitor 2007)               │
      ├───────────────┼───────────────────────────────────────┼──────┼───────────────────┼─────────────────────────────────┼────────────────────────────────────────┤
      │ Ondiep        │ home burglaries                       │ 2011 │ 21 per 1000 homes │ 19.9 per 1000 homes             │ 36 per 1000 homes (Wijkenmonitor 2007) │
      ├───────────────┼───────────────────────────────────────┼──────┼───────────────────┼─────────────────────────────────┼────────────────────────────────────────┤
      │ Ondiep        │ home burglaries                       │ 2017 │ 15 per 1000 homes │ 14.2 per 1000 homes             │ 36 per 1000 homes (Wijkenmonitor 2007) │
      └───────────────┴───────────────────────────────────────┴──────┴───────────────────┴─────────────────────────────────┴────────────────────────────────────────┘
      4 revisions proposed; run again with --apply to record them
      "
    `);
    const last = (text: string) => text.trim().split('\n').at(-1);
    expect(last(await revise('--apply', '--language', 'nl'))).toMatchInlineSnapshot(
      `"4 nieuwe en 0 vervangen bijstellingen vastgelegd; 0 ongewijzigd"`,
    );
    expect(last(await revise('--apply', '--language', 'en'))).toMatchInlineSnapshot(
      `"nothing changed: all 4 revisions are already recorded"`,
    );
    expect(last(await revise('--apply', '--language', 'nl'))).toMatchInlineSnapshot(
      `"niets veranderd: alle 4 bijstellingen zijn al vastgelegd"`,
    );
    const none = async (lang: string) =>
      (await cli('targets', 'revise', '--from-nulmeting', '2008', '--language', lang)).stdout;
    expect(await none('nl')).toMatchInlineSnapshot(`
      "geen enkel doel heeft een meting uit 2008: importeer eerst de nulmeting
      "
    `);
    expect(await none('en')).toMatchInlineSnapshot(`
      "no target has a 2008 measurement: import the zero measurement first
      "
    `);
    const wrongYear = file('r.csv', 'Ondiep,burglary,2012,20,Raadsbrief 2009\n');
    const refused = async (lang: string) =>
      plain((await cli('targets', 'revise', '--import', wrongYear, '--language', lang)).stderr, wrongYear);
    expect(await refused('nl')).toMatchInlineSnapshot(`
      "FILE.csv: 1 probleem, niets opgeslagen:
        regel 1, kolom 3 (jaar): Ondiep heeft in 2012 geen mijlpaal voor woninginbraken; wel in 2011 en 2017
      "
    `);
    expect(await refused('en')).toMatchInlineSnapshot(`
      "FILE.csv: 1 problem, nothing stored:
        line 1, column 3 (year): Ondiep has no home burglaries milestone in 2012; it has one in 2011 and 2017
      "
    `);
  });
});
