// Excel both ways: numbers as Excel writes them (percent cells, thousands separators, non-breaking spaces)
// import, and `--excel` exports open in Dutch Excel and import again unchanged. The CLI's run(), real files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../src/measurements/validate.js';
import { runCli } from '../../support/cli.js';

const EXAMPLE = join(import.meta.dirname, '../../../examples/measurements-example.csv');

function sandbox() {
  const dir = mkdtempSync(join(tmpdir(), 'cb-xl-'));
  const env = { DATABASE_URL: join(dir, 'charterbot.db'), DEFAULT_LANGUAGE: 'nl' };
  /** The output as bytes (a byte-order mark, CRLF), as a file redirected from stdout would hold them. */
  const cli = async (...args: string[]) => ({ stdout: (await runCli(args, env, { cwd: dir })).bytes });
  const text = (...args: string[]) => runCli(args, env, { cwd: dir });
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return { cli, text, file };
}

describe('numbers as Excel writes them', () => {
  it.each([
    ['7,5', 7.5, false],
    ['7.5', 7.5, false],
    ['16,8%', 16.8, true],
    ['16,8 %', 16.8, true],
    ['1.234,5', 1234.5, false],
    ['1,234.5', 1234.5, false],
    ['1.234.567', 1234567, false],
    ['1 234', 1234, false],
    ['1\u00a0234,5', 1234.5, false],
    ['\u00a012,5\u00a0', 12.5, false],
  ] as const)('reads %j', (text, value, percent) => {
    expect(readNumber(text)).toEqual({ value, percent });
  });

  it.each(['1,2,3', '1.234,5,6', '12%%', 'abc', '', '-3', '1.23.4'])('refuses %j', (text) => {
    expect(readNumber(text)).toBeNull();
  });

  it('imports a percentage cell for a percentage target, and refuses one elsewhere, naming the unit', async () => {
    const { text, file } = sandbox();
    const ok = file('ok.csv', 'Overvecht;uitkeringen;2009;"13,9%";Wijkenmonitor 2009\r\n');
    expect((await text('measurements', 'import', ok)).status).toBe(0);
    expect((await text('measurements', 'list', '--json')).stdout).toContain('"value": 13.9');
    const bad = file('bad.csv', 'Ondiep;woninginbraken;2009;30%;Wijkenmonitor 2009\r\n');
    const r = await text('measurements', 'import', bad);
    expect(r.status).toBe(1);
    expect(r.stderr.replace(bad, 'bad.csv')).toMatchInlineSnapshot(`
      "bad.csv: 1 probleem, niets opgeslagen:
        regel 1, kolom 4 (waarde): "30%" is een percentage, maar dit doel wordt gemeten in per 1000 woningen: laat het %-teken weg als de waarde klopt
      "
    `);
  });

  it('imports thousands separators and non-breaking spaces', async () => {
    const { text, file } = sandbox();
    // Every charter unit tops out at 1000 (per 1000 residents), so 1.000,0 is the largest grouped value.
    const f = file(
      'k.csv',
      'Ondiep;geweld;2008;"1.000,0";Wijkenmonitor 2008\nOndiep;geweld;2009;\u00a09,5\u00a0;Wijkenmonitor 2009\nOndiep;geweld;2010;"1\u00a0000";Wijkenmonitor 2010\n',
    );
    expect((await text('measurements', 'import', f)).status).toBe(0);
    const values = (
      JSON.parse((await text('measurements', 'list', '--json')).stdout) as Array<{ value: number }>
    ).map((m) => m.value);
    expect(values).toEqual([1000, 9.5, 1000]);
  });
});

describe('--excel exports', () => {
  it('write semicolons, decimal commas, a byte-order mark and CRLF, and import again unchanged', async () => {
    const { cli, text, file } = sandbox();
    expect((await text('measurements', 'import', EXAMPLE)).status).toBe(0);
    const out = (await cli('measurements', 'export', '--excel')).stdout;
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = out.toString('utf8').slice(1);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('wijk;indicator;year;value;source;note');
    expect(lines).toContain('Ondiep;violence;2007;10,1;Voorbeeld Wijkenmonitor 2007;');
    expect(csv).not.toMatch(/[^\r]\n/);
    const again = file('again.csv', out);
    expect((await text('measurements', 'import', again)).stdout).toMatch(/niets veranderd|nothing changed/);
    // The plain export is unchanged: commas, decimal points, no byte-order mark, LF.
    const plain = (await text('measurements', 'export')).stdout;
    expect(plain.startsWith('wijk,indicator,year,value,source,note\n')).toBe(true);
    expect(plain).toContain('Ondiep,violence,2007,10.1,');
    expect(readFileSync(again).length).toBe(out.length);
  });

  it('write the audit log for Excel too, and say so in --help', async () => {
    const { cli, text } = sandbox();
    await text('ask', 'wat is het doel voor inbraken in Ondiep in 2011?');
    const out = (await cli('audit', 'export', '--excel')).stdout;
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(out.toString('utf8').split('\r\n')[0]).toMatch(/^\uFEFFid;at;channel;/);
    expect((await text('audit', 'export', '--help')).stdout).toContain('--excel');
    expect((await text('measurements', 'export', '--help')).stdout).toMatch(/--excel .*decimal comma/s);
    expect((await text('audit', 'export', '--excel', '--format', 'jsonl')).stderr).toContain(
      '--excel hoort bij',
    );
    expect(
      (await text('audit', 'export', '--excel', '--format', 'jsonl', '--language', 'en')).stderr,
    ).toContain('--excel goes with');
  });
});
