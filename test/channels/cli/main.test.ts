import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../../support/cli.js';

// The CLI's run(argv, io), as bin/charterbot.js calls it, in this process. The built CLI, exactly as
// `npx charterbot` runs it (`npm test` builds first), where the process is the point: its exit code, a closed
// pipe, a port in use.
// Each run of these tests records its answers in a database of its own, never the project's data/.
const DB = join(mkdtempSync(join(tmpdir(), 'cb-cli-')), 'audit.db');
const cli = (args: string[], input?: string, env: Record<string, string> = {}) =>
  runCli(args, { DATABASE_URL: DB, ...env }, { input });
const processCli = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: DB },
  });

describe('charterbot CLI', () => {
  it.each([
    [[]],
    [['knowledge']],
    [['knowledge', 'build']],
    [['knowledge', 'check']],
    [['targets']],
    [['ask']],
    [['chat']],
    [['serve']],
    [['audit']],
    [['audit', 'export']],
    [['audit', 'prune']],
    [['audit', 'hold']],
    [['measurements']],
    [['measurements', 'import']],
    [['measurements', 'list']],
    [['measurements', 'export']],
    [['progress']],
    [['targets', 'revise']],
    [['record']],
    [['digest', 'subscribe']],
    [['digest', 'preview']],
  ])('prints --help for %j', async (args) => {
    const r = await cli([...args, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: charterbot/);
  });

  it('exits non-zero with a one-line message on bad usage', async () => {
    const r = await cli(['targets', '--theme', 'weather']);
    expect(r.status).not.toBe(0);
    // Commander's own message, in the default language (Dutch) or the one --language names.
    expect(r.stderr).toMatchInlineSnapshot(`
      "fout: 'weather' past niet bij de optie '--theme <theme>'. "weather" is geen thema: gebruik gezondheid/health, onderwijs/education, veiligheid/safety, wonen/housing, werk/work (zie --help)
      "
    `);
    expect((await cli(['targets', '--theme', 'weather', '--language', 'en'])).stderr).toMatchInlineSnapshot(`
      "error: option '--theme <theme>' argument 'weather' is invalid. "weather" is not a theme: use gezondheid/health, onderwijs/education, veiligheid/safety, wonen/housing, werk/work (see --help)
      "
    `);
    const unknown = await cli(['frobnicate']);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toMatchInlineSnapshot(`
      "fout: onbekende opdracht 'frobnicate' (zie --help)
      "
    `);
    expect((await cli(['digest', 'unsubscribe'])).stderr).toMatchInlineSnapshot(`
      "fout: het argument 'id' ontbreekt (zie --help)
      "
    `);
    expect((await cli(['digest', 'subscribe', '--language', 'fr'])).stderr).toMatchInlineSnapshot(`
      "fout: 'fr' past niet bij de optie '--language <language>'. Kies uit nl, en. (zie --help)
      "
    `);
    expect((await cli(['digest', 'subscribe', '--frequency', 'daily'])).stderr).toMatchInlineSnapshot(`
      "fout: onbekende optie '--frequency' (zie --help)
      "
    `);
    expect(
      (await cli(['digest', 'subscribe', '--frequency', 'daily', '--language=en'])).stderr,
    ).toMatchInlineSnapshot(`
      "error: unknown option '--frequency' (see --help)
      "
    `);
    const wijk = await cli(['targets', '--wijk', 'Atlantis']);
    expect(wijk.status).toBe(1);
    expect(wijk.stderr).toMatchInlineSnapshot(`
      "charterbot: onbekende wijk "Atlantis": kies Kanaleneiland, Ondiep, Overvecht of Zuilen-Oost
      "
    `);
    expect((await cli(['targets', '--wijk', 'Atlantis', '--language', 'en'])).stderr).toMatchInlineSnapshot(`
      "charterbot: unknown wijk "Atlantis": choose Kanaleneiland, Ondiep, Overvecht, or Zuilen-Oost
      "
    `);
  });

  it('without a command prints a one-line hint and exits non-zero; --version prints the version', async () => {
    // The process's own exit code: bin/charterbot.js exits with what run() returns.
    const none = processCli([]);
    expect(none.status).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(none.stderr).toMatchInlineSnapshot(`
      "charterbot: geef een opdracht, bijvoorbeeld charterbot ask "Wat is het doel voor woninginbraken in Ondiep in 2011?" (zie --help)
      "
    `);
    expect((await cli([], undefined, { DEFAULT_LANGUAGE: 'en' })).stderr).toMatchInlineSnapshot(`
      "charterbot: give a command, e.g. charterbot ask "What is the Ondiep burglary target for 2011?" (see --help)
      "
    `);
    const version = await cli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(
      `${JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')).version}\n`,
    );
  });

  it('prints the targets as a table with a header row, labels in one language and signed changes', async () => {
    const nl = await cli(['targets', '--wijk', 'Kanaleneiland', '--theme', 'safety']);
    expect(nl.status).toBe(0);
    expect(nl.stdout).toMatchInlineSnapshot(`
      "┌───────────────┬────────────┬────────────────────────────────────────────┬─────────────┬──────┬──────────────────┬──────────────────┐
      │ Wijk          │ Thema      │ Indicator                                  │ Eenheid     │ 2006 │ 2011             │ 2017             │
      │ Kanaleneiland │ veiligheid │ inwoners die overlast van jongeren ervaren │ %           │ 65%  │ 50% (−15 %-punt) │ 35% (−30 %-punt) │
      │ Kanaleneiland │ veiligheid │ inbraken/autokraken samen                  │ verandering │ —    │ −33% t.o.v. 2006 │ −45% t.o.v. 2006 │
      └───────────────┴────────────┴────────────────────────────────────────────┴─────────────┴──────┴──────────────────┴──────────────────┘
      "
    `);
    const en = await cli(['targets', '--wijk', 'ondiep', '--theme', 'safety', '--language', 'en']);
    expect(en.stdout).toMatchInlineSnapshot(`
      "┌────────┬────────┬─────────────────────────────────────────────────────┬────────────────────┬──────┬───────────────┬───────────────┐
      │ Wijk   │ Theme  │ Indicator                                           │ Unit               │ 2006 │ 2011          │ 2017          │
      │ Ondiep │ safety │ residents who experience nuisance from young people │ %                  │ 33%  │ 25% (−8 pts)  │ 16% (−17 pts) │
      │ Ondiep │ safety │ residents who feel unsafe in their neighbourhood    │ %                  │ 43%  │ 33% (−10 pts) │ 20% (−23 pts) │
      │ Ondiep │ safety │ home burglaries                                     │ per 1000 homes     │ 38   │ 21 (−45%)     │ 15 (−61%)     │
      │ Ondiep │ safety │ car break-ins                                       │ per 1000 residents │ 38   │ 30 (−21%)     │ 20 (−47%)     │
      │ Ondiep │ safety │ people confronted with violence                     │ per 1000 residents │ 10.5 │ 7.5 (−29%)    │ 5 (−52%)      │
      └────────┴────────┴─────────────────────────────────────────────────────┴────────────────────┴──────┴───────────────┴───────────────┘
      "
    `);
  });

  it('stops quietly when the reader of its output goes away (| head)', async () => {
    const child = spawn(process.execPath, [BIN, 'targets'], { env: { ...process.env, DATABASE_URL: DB } });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });

  it('lists all 48 targets as JSON with numbers as numbers', async () => {
    const r = await cli(['targets', '--json']);
    const rows = JSON.parse(r.stdout);
    expect(rows).toHaveLength(48);
    expect(
      rows.find(
        (t: { wijk: string; indicator: string }) => t.wijk === 'Zuilen-Oost' && t.indicator === 'violence',
      ),
    ).toMatchObject({
      baseline: { year: 2006, value: 9.2 },
      targets: [
        { year: 2011, value: 7.5 },
        { year: 2017, value: 5 },
      ],
    });
  });

  it('filters targets by wijk and theme', async () => {
    const rows = JSON.parse(
      (await cli(['targets', '--wijk', 'zuilen-oost', '--theme', 'housing', '--json'])).stdout,
    );
    expect(rows.map((r: { indicator: string }) => r.indicator)).toEqual([
      'negative_outlook',
      'dislike_neighbourhood',
      'insufficient_social_contacts',
    ]);
  });

  it('reports the checked-in knowledge as up to date', async () => {
    expect((await cli(['knowledge', 'check'])).status).toBe(0);
  });

  it('answers one question as text with the quote and its section', async () => {
    const r = await cli(['ask', 'What is the Ondiep burglary target for 2011?']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('21 per 1000 homes');
    expect(r.stdout).toContain('“In 2006 is het aantal woninginbraken per 1000 woningen 38.');
    expect(r.stdout).toContain('2. Op het gebied van veiligheid › a. Gezamenlijke ambitie › Ondiep');
  });

  it('writes a paste-ready e-mail: greeting, answer, quote, source, closing', async () => {
    const nl = (
      await cli(['ask', '--format', 'email', 'Wat is het doel voor woninginbraken in Ondiep in 2017?'])
    ).stdout;
    expect(nl).toMatch(
      /^Geachte heer\/mevrouw,\n\nVolgens het charter krachtwijken Utrecht geldt het volgende\./,
    );
    expect(nl).toContain('In het charter staat letterlijk:');
    expect(nl).toMatch(
      /Bron: Charter betreffende de aanpak van wijken .* ondertekend op 9 juni 2008.*Ondiep\.\n\nMet vriendelijke groet,\n$/s,
    );
    const en = (await cli(['ask', '--format', 'email', 'What is the Ondiep burglary target for 2011?']))
      .stdout;
    expect(en).toMatch(/Source: Charter .* signed on 9 June 2008/);
    // Asked in English for a Dutch-speaking citizen, with the organisation's own signature.
    const dutch = await cli(
      ['ask', '--format', 'email', '--email-language', 'nl', 'What is the Ondiep burglary target for 2011?'],
      undefined,
      { EMAIL_SIGNATURE: 'Met vriendelijke groet,\\nGemeente Utrecht' },
    );
    expect(dutch.status).toBe(0);
    expect(dutch.stdout).toContain(
      'Het doel voor 2011 voor woninginbraken in Ondiep is 21 per 1000 woningen',
    );
    expect(dutch.stdout.endsWith('Met vriendelijke groet,\nGemeente Utrecht\n')).toBe(true);
  });

  it('gives no e-mail for a question the charter does not answer, and says why', async () => {
    const r = await cli(['ask', '--format', 'email', 'wanneer speelt FC Utrecht weer thuis?']);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('Geachte');
    expect(r.stderr).toContain('geen e-mailversie');
  });

  it('says what is wrong with an ask command line in DEFAULT_LANGUAGE', async () => {
    const wrong = [
      ['--json', '--format', 'email', 'x'],
      ['--format', 'text', '--email-language', 'nl', 'x'],
      ['--jsonl', '--format', 'json'],
      [],
    ];
    const refusals = async (env: Record<string, string>) => {
      const lines: string[] = [];
      for (const args of wrong) lines.push((await cli(['ask', ...args], undefined, env)).stderr.trim());
      return lines;
    };
    expect(await refusals({})).toMatchInlineSnapshot(`
      [
        "charterbot: --json en --format email spreken elkaar tegen: geef er één",
        "charterbot: --email-language hoort bij --format email",
        "charterbot: --jsonl schrijft altijd één JSON-antwoord per regel: laat --format weg",
        "charterbot: stel een vraag, bijvoorbeeld charterbot ask "Wat is het doel voor woninginbraken in Ondiep in 2011?"",
      ]
    `);
    expect(await refusals({ DEFAULT_LANGUAGE: 'en' })).toMatchInlineSnapshot(`
      [
        "charterbot: --json and --format email contradict each other: give one of them",
        "charterbot: --email-language goes with --format email",
        "charterbot: --jsonl always writes one JSON Answer per line: leave out --format",
        "charterbot: give a question, e.g. charterbot ask "What is the Ondiep burglary target for 2011?"",
      ]
    `);
  });

  it.each([
    [['--json', '--format', 'email'], '--json en --format email spreken elkaar tegen'],
    [['--format', 'text', '--email-language', 'nl'], '--email-language hoort bij --format email'],
    [['--email-language', 'de', '--format', 'email'], "'de' past niet bij de optie '--email-language"],
  ])('refuses contradictory options %j', async (options, message) => {
    const r = await cli(['ask', ...options, 'Ondiep burglary 2011']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('answers JSON lines in order, with ids and threads', async () => {
    const input = [
      { id: 'a', question: 'What is the Zuilen-Oost violence target for 2011?', thread: 'x' },
      { id: 'b', question: 'And for Ondiep?', thread: 'x' },
      'not json',
      { id: 'c', question: '' },
    ]
      .map((l) => (typeof l === 'string' ? l : JSON.stringify(l)))
      .join('\n');
    const lines = (await cli(['ask', '--jsonl'], `${input}\n`)).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.status])).toEqual([
      ['a', 'answered'],
      ['b', 'answered'],
      [undefined, 'clarify'],
      ['c', 'clarify'],
    ]);
    expect(lines[1].citations[0].id).toBe('veiligheid.ambitie.ondiep.5');
  });

  it('prints the Answer contract with --json', async () => {
    const a = JSON.parse((await cli(['ask', '--json', 'Ondiep violence target 2017'])).stdout);
    expect(Object.keys(a).sort()).toEqual([
      'answer',
      'citations',
      'facts',
      'language',
      'status',
      'translation',
    ]);
    expect(a.translation).toMatchObject({ language: 'nl' });
    expect(a.facts[0]).toMatchObject({
      wijk: 'Ondiep',
      indicator: 'violence',
      kind: 'level',
      clauseId: 'veiligheid.ambitie.ondiep.5',
    });
  });
});

describe('what `charterbot ask` loads', () => {
  // Follows static imports from the CLI entry; `serve` and `audit` load their code with import() on demand.
  function staticClosure(entry: string): { files: Set<string>; packages: Set<string> } {
    const files = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^\s*import\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)) {
        const spec = m[1] ?? '';
        if (spec.startsWith('.')) {
          const ts = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
          if (existsSync(ts)) visit(ts);
        } else packages.add(spec);
      }
    };
    visit(entry);
    return { files, packages };
  }

  it('does not load Slack, Teams, HTTP or database code', () => {
    const { packages } = staticClosure(join(import.meta.dirname, '../../../src/channels/cli/main.ts'));
    const heavy = [...packages].filter((p) =>
      /^(@slack\/|botbuilder|botframework|express|helmet|pino|better-sqlite3|pg$|node:http)/.test(p),
    );
    expect(heavy).toEqual([]);
  });

  it('says in one line which port is taken and how to choose another', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const r = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'serve'], {
        env: {
          ...process.env,
          PORT: String(port),
          DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'cb-port-')), 'x.db'),
          LOG_LEVEL: 'silent',
        },
      });
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      // A server that starts anyway must not outlive the test.
      const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.on('close', (status) => {
        clearTimeout(guard);
        resolve({ status, stderr });
      });
    });
    blocker.close();
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `charterbot: port ${port} on 127.0.0.1 is already in use. Stop the other process, or choose another port: PORT=${port + 1} npm start\n`,
    );
  });

  it('records every answer in the audit log as channel cli, and none with --no-audit', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'cb-cli-audit-')), 'audit.db');
    const env = { DATABASE_URL: db, AUDIT_PSEUDONYM_KEY: 'k'.repeat(40) };
    expect((await cli(['ask', 'What is the Ondiep burglary target for 2011?'], undefined, env)).status).toBe(
      0,
    );
    const lines =
      '{"id":"1","question":"bedankt!"}\n{"id":"2","question":"wanneer is het charter ondertekend?"}\n';
    expect((await cli(['ask', '--jsonl'], lines, env)).status).toBe(0);
    expect((await cli(['ask', '--no-audit', 'When was the charter signed?'], undefined, env)).status).toBe(0);
    const { createSqliteStore } = await import('../../../src/store/sqlite.js');
    const store = await createSqliteStore(db);
    try {
      const records = await store.listAudit();
      expect(records.map((r) => [r.channel, r.status, r.question])).toEqual(
        expect.arrayContaining([
          ['cli', 'answered', 'What is the Ondiep burglary target for 2011?'],
          ['cli', 'clarify', 'bedankt!'],
          ['cli', 'answered', 'wanneer is het charter ondertekend?'],
        ]),
      );
      expect(records).toHaveLength(3);
      // The person at the terminal is a pseudonym, never the login name.
      const user = records[0]?.user ?? '';
      expect(user).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      await store.close();
    }
  });
});
