// The `charterbot` command line. Loads only what a command needs: asking a question never loads
// Slack, Teams, HTTP or database code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { ProgressSource } from '../../app/progress-data.js';
import { loadKnowledgeCached } from '../../charter/load-cached.js';
import { PROJECT_ROOT } from '../../charter/paths.js';
import type { ThemeKey } from '../../charter/schema.js';
import { themeChoices, themeKey } from '../../charter/themes.js';
import type { Engine } from '../../engine/engine.js';
import type { Answer } from '../../engine/types.js';
import { defaultLanguage, readDotenv } from '../../env.js';
import { auditProblemText, exportedText, heldText, prunedText } from '../../phrase/audit.js';
import { cliProblemText, optionHint, usageErrorLine } from '../../phrase/cli-usage.js';
import { renderCliText } from '../../render/cli-text.js';
import { noEmailMessage, renderEmail } from '../../render/email.js';
import { toTargetRows } from '../../render/target-rows.js';
import type { Store } from '../../store/store.js';
import type { CommandIo } from './io.js';
import { cliFailure, UsageError } from './report-failure.js';

/** --language nl|en; without it, DEFAULT_LANGUAGE (default nl). */
const languageOption = () =>
  new Option('--language <language>', 'nl or en (default: DEFAULT_LANGUAGE, else nl)').choices(['nl', 'en']);

/**
 * The language of commander's own messages and the option parsers' hints, known before any action runs:
 * --language on the command line, else DEFAULT_LANGUAGE (the environment or .env), else nl.
 */
function languageOf(argv: string[], env: NodeJS.ProcessEnv): 'nl' | 'en' {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const v = a === '--language' ? argv[i + 1] : a.startsWith('--language=') ? a.slice(11) : undefined;
    if (v === 'nl' || v === 'en') return v;
  }
  try {
    return defaultLanguage(env);
  } catch {
    // An invalid DEFAULT_LANGUAGE is reported by the command that reads the configuration.
    return 'nl';
  }
}

/** Bad usage found by a command itself: the one error handler reports it (one line, exit 1). */
function fail(message: string): never {
  throw new UsageError(message);
}

function packageVersion(): string {
  const file = join(PROJECT_ROOT, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * What one run of the CLI reads and writes. bin/charterbot.js hands in the process's own streams and
 * environment; tests hand in buffers and an environment of their own, and run the CLI in their process.
 */
export type CliIo = {
  stdout: Writable;
  stderr: Writable;
  /** Piped input (`ask --jsonl`, `chat`); empty when left out. */
  stdin?: Readable & { isTTY?: boolean };
  /** The environment; `.env` in `cwd` fills in what it does not set. */
  env: NodeJS.ProcessEnv;
  /** Where `.env` is read from (default: the current directory). */
  cwd?: string;
};

/** One run: its streams, its environment (.env included), the language of usage errors, its exit code. */
type RunContext = {
  out: (text: string) => void;
  err: (text: string) => void;
  stdout: Writable;
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  language: 'nl' | 'en';
  exitCode: number;
  /** What the command modules get: output, errors, the environment, and stderr for a log. */
  io: CommandIo;
  composition: () => Promise<Composition>;
};

function createProgram(ctx: RunContext): Command {
  const { out, err, env, io, language: cliLanguage } = ctx;

  /** The language of a command's replies: --language, else DEFAULT_LANGUAGE (the environment or .env), else nl. */
  const replyLanguage = (language: 'nl' | 'en' | undefined): 'nl' | 'en' => language ?? defaultLanguage(env);

  const program = new Command()
    .name('charterbot')
    .description(
      'Answers questions about the 2008 Utrecht krachtwijken charter, quoting the clause word for word.',
    )
    .version(packageVersion(), '-V, --version', 'print the version')
    // Bad usage gets one line: what is wrong, and where help is, in the command's language.
    .configureOutput({
      writeOut: out,
      writeErr: err,
      outputError: (str, write) => write(`${usageErrorLine(str, cliLanguage)}\n`),
    })
    .exitOverride();

  /** A command that returns its exit code; what it throws goes to the one error handler in run(). */
  const run_ = (fn: () => Promise<number>) => async () => {
    ctx.exitCode = await fn();
  };

  const year = (value: string) => {
    if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(optionHint({ kind: 'year' }, cliLanguage));
    return Number(value);
  };

  const asOfDate = (value: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
      throw new InvalidArgumentError(optionHint({ kind: 'date' }, cliLanguage));
    const d = new Date(`${value}T12:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
      throw new InvalidArgumentError(optionHint({ kind: 'real_date' }, cliLanguage));
    return value;
  };

  const knowledge = program.command('knowledge').description('generate or verify knowledge/ from seeds/');

  knowledge
    .command('build')
    .description('parse the charter in seeds/ and (re)write the generated knowledge/*.json files')
    .action(async () => {
      const { buildKnowledge, readLexicon, readSeed, writeKnowledge } = await import(
        '../../charter/build-knowledge.js'
      );
      const files = buildKnowledge(readSeed(), readLexicon());
      writeKnowledge(files);
      const meta = JSON.parse(files['meta.json'] ?? '{}');
      out(
        `knowledge ${meta.version}: ${meta.counts.clauses} clauses, ${meta.counts.targets} targets, ${meta.counts.citywide} city-wide averages, ${meta.counts.facts} other figures\n`,
      );
    });

  knowledge
    .command('check')
    .description('exit non-zero when the checked-in knowledge/ differs from what the generator produces')
    .action(async () => {
      const { buildKnowledge, readLexicon, readSeed, staleKnowledge } = await import(
        '../../charter/build-knowledge.js'
      );
      const { loadKnowledge } = await import('../../charter/load.js');
      const stale = staleKnowledge(buildKnowledge(readSeed(), readLexicon()));
      if (stale.length > 0)
        fail(`knowledge/ is out of date (${stale.join(', ')}): run \`npx charterbot knowledge build\``);
      loadKnowledge();
      out('knowledge/ is up to date and valid\n');
    });

  /** A theme in Dutch or English ("veiligheid", "safety"), as its key. */
  const theme = (value: string) => {
    const key = themeKey(value);
    if (!key)
      throw new InvalidArgumentError(
        optionHint({ kind: 'theme', given: value, choices: themeChoices() }, cliLanguage),
      );
    return key;
  };
  const themeOption = new Option('--theme <theme>', 'only this theme (veiligheid or safety, ...)').argParser(
    theme,
  );

  const targets = program.command('targets');
  targets
    .command('revise')
    .description(
      'revise targets on a later zero measurement (keeping target/baseline), or from a CSV with a source',
    )
    .option('--from-nulmeting <year>', 'the zero measurement year the revision rests on', year)
    .option('--import <file>', 'revisions from CSV: wijk,indicator,year,value,source')
    .option('--apply', 'record the proposed revisions (without it: only show them)')
    .option('--source <text>', 'the source recorded with the revisions')
    .addOption(languageOption())
    .action(
      (opts: {
        fromNulmeting?: number;
        import?: string;
        apply?: boolean;
        source?: string;
        language?: 'nl' | 'en';
      }) =>
        run_(async () =>
          (await import('./measurements.js')).reviseTargets({ ...opts, importFile: opts.import }, io),
        )(),
    );
  targets
    .command('list', { isDefault: true })
    .description('list the charter’s wijk targets')
    .option('--wijk <wijk>', 'only this wijk (e.g. Ondiep, zuilen-oost)')
    .addOption(themeOption)
    .addOption(languageOption())
    .option('--json', 'print a JSON array')
    .action(async (opts: { wijk?: string; theme?: string; language?: 'nl' | 'en'; json?: boolean }) => {
      const k = await loadKnowledgeCached();
      const wanted = opts.wijk?.toLowerCase().replace(/[\s_]+/g, '-');
      if (wanted && !k.targets.some((t) => t.wijk.toLowerCase() === wanted)) {
        const wijken = [...new Set(k.targets.map((t) => t.wijk))];
        fail(
          cliProblemText(
            { kind: 'unknown_wijk', given: opts.wijk ?? '', wijken },
            replyLanguage(opts.language),
          ),
        );
      }
      const chosen = k.targets.filter(
        (t) => (!wanted || t.wijk.toLowerCase() === wanted) && (!opts.theme || t.theme === opts.theme),
      );
      if (opts.json) {
        out(`${JSON.stringify(toTargetRows(chosen), null, 2)}\n`);
        return;
      }
      const { renderTargetsTable } = await import('../../render/targets-table.js');
      out(renderTargetsTable(chosen, k.lexicon, opts.language ?? defaultLanguage(env)));
    });

  const measurements = program
    .command('measurements')
    .description('measured values of the targets’ indicators (import, list, export)');

  measurements
    .command('import')
    .description(
      'store measurements from a CSV file: wijk,indicator,year,value,source[,note] (all or nothing)',
    )
    .argument('<file>', 'CSV with `,` or `;` between columns, UTF-8 or Windows-1252, decimal comma or point')
    .option('--dry-run', 'show what would be added or changed, store nothing')
    .addOption(languageOption())
    .action((file: string, opts: { dryRun?: boolean; language?: 'nl' | 'en' }) =>
      run_(async () => (await import('./measurements.js')).importMeasurementsFile(file, opts, io))(),
    );

  measurements
    .command('list')
    .description('the current measured values (and with --history the values corrections replaced)')
    .option('--wijk <wijk>', 'only this wijk')
    .option('--indicator <indicator>', 'only this indicator (key or name, e.g. burglary, inbraak)')
    .option('--history', 'also show replaced values')
    .option('--json', 'print JSON')
    .addOption(languageOption())
    .action(
      (opts: {
        wijk?: string;
        indicator?: string;
        history?: boolean;
        json?: boolean;
        language?: 'nl' | 'en';
      }) => run_(async () => (await import('./measurements.js')).listMeasurements(opts, io))(),
    );

  measurements
    .command('export')
    .description('write the current values as CSV to stdout (imports again unchanged)')
    .option(
      '--excel',
      'for Dutch Excel: `;` between columns, decimal comma, UTF-8 with byte-order mark, CRLF line ends',
    )
    .action((opts: { excel?: boolean }) =>
      run_(async () => (await import('./measurements.js')).exportMeasurements(opts, io))(),
    );

  program
    .command('progress')
    .description('where each target stands against the measurements (rate ratio method, see --explain)')
    .option('--wijk <wijk>', 'only this wijk')
    .addOption(new Option('--theme <theme>', 'only this theme (veiligheid or safety, ...)').argParser(theme))
    .option('--as-of <date>', 'evaluate as of this date (default: today)', asOfDate)
    .option('--json', 'print a JSON array, one object per target')
    .option('--explain', 'explain the method, the thresholds and the data, and each status')
    .addOption(languageOption())
    .action(
      (opts: {
        wijk?: string;
        theme?: ThemeKey;
        asOf?: string;
        json?: boolean;
        explain?: boolean;
        language?: 'nl' | 'en';
      }) => run_(async () => (await import('./measurements.js')).showProgress(opts, io))(),
    );

  program
    .command('record')
    .description(
      'record one measured value, as /charter record does in Slack (operator: admin); the reply follows source (en) or bron (nl)',
    )
    .argument(
      '<text...>',
      '<wijk> <indicator> <year> <value> source|bron <text>, e.g. Ondiep inbraak 2009 30 bron Wijkenmonitor 2009',
    )
    // A negative value ("-2,5") or a source with dashes is the command's words, not an option.
    .allowUnknownOption()
    .action((words: string[]) => run_(async () => (await import('./record.js')).record(words, io))());

  const collect = (value: string, previous: string[] = []) => [...previous, value];

  const digest = program.command('digest').description('weekly progress digests in Slack and Teams channels');

  digest
    .command('subscribe')
    .description(
      'subscribe a Slack channel or Teams conversation to the weekly digest (default Monday 09:00); subscribing it again changes only the options given',
    )
    .option('--slack-channel <id>', 'Slack channel id (C0123ABCD)')
    .option('--slack-team <id>', 'Slack workspace (team) id')
    .option('--teams-conversation <id>', 'Teams conversation id (the bot must be installed there)')
    .option('--weekday <day>', 'monday ... sunday (default monday)')
    .option('--time <HH:MM>', 'local time (default 09:00)')
    .option('--zone <zone>', 'time zone (default Europe/Amsterdam)')
    .option('--wijk <wijk>', 'only this wijk (repeat for more)', collect)
    // Themes and wijken are checked by the command, so a wrong one is refused in the command's language.
    .option('--theme <theme>', 'only this theme, in Dutch or English (repeat for more)', collect)
    .addOption(
      new Option(
        '--language <language>',
        "the digest's language and this command's replies: nl or en (default: DEFAULT_LANGUAGE, else nl)",
      ).choices(['nl', 'en']),
    )
    .option('--quiet', 'post nothing when nothing changed (default: a one-line heartbeat)')
    .option('--no-quiet', 'post a one-line heartbeat when nothing changed')
    .option('--holidays', 'move a digest on a Dutch public holiday to the next working day (default)')
    .option('--no-holidays', 'post on Dutch public holidays too')
    .option('--alerts', 'also post once when a target changes status')
    .option('--no-alerts', 'no status-change alerts (default)')
    .option('--subscriber <id>', 'platform user id told if delivery stops')
    .option(
      '--owner <indicator=userid>',
      'remind this user when the indicator’s figures are overdue (repeat)',
      collect,
    )
    .action((opts) => run_(async () => (await import('./digest.js')).subscribe(opts, io))());

  digest
    .command('subscriptions')
    .description('list subscriptions, their state (waiting, active, paused), next run and last run')
    .option('--json', 'print JSON')
    .addOption(languageOption())
    .action((opts: { json?: boolean; language?: 'nl' | 'en' }) =>
      run_(async () => (await import('./digest.js')).listSubscriptions(opts, io))(),
    );

  digest
    .command('unsubscribe')
    .description('remove a subscription')
    .argument('<id>', 'subscription id (see digest subscriptions)')
    .addOption(languageOption())
    .action((id: string, opts: { language?: 'nl' | 'en' }) =>
      run_(async () => (await import('./digest.js')).unsubscribe(id, opts, io))(),
    );

  digest
    .command('preview')
    .description('the digest as it would be now (or as of a date), in any format')
    .option('--subscription <id>', 'the digest of this subscription')
    .option('--wijk <wijk>', 'only this wijk (repeat for more)', collect)
    .option('--theme <theme>', 'only this theme, in Dutch or English (repeat for more)', collect)
    .option('--as-of <date>', 'as of this date (default: today)', asOfDate)
    .addOption(languageOption())
    .addOption(
      new Option('--format <format>', 'output')
        .choices(['text', 'slack', 'teams', 'email', 'json'])
        .default('text'),
    )
    .action((opts) => run_(async () => (await import('./digest.js')).preview(opts, io))());

  digest
    .command('run-due')
    .description('one scheduler tick: post every digest that is due (each one once), then exit')
    .option('--now <time>', 'the clock to use, e.g. 2027-06-07T09:00:00+02:00 (default: now)')
    .addOption(languageOption())
    .action((opts: { now?: string; language?: 'nl' | 'en' }) =>
      run_(async () => (await import('./digest.js')).runDue(opts, io, await ctx.composition()))(),
    );

  const parseFormat = (value: string) => {
    if (!['text', 'json', 'email'].includes(value))
      throw new InvalidArgumentError(optionHint({ kind: 'format' }, cliLanguage));
    return value;
  };

  program
    .command('ask')
    .description('answer one question, or JSON lines on stdin with --jsonl')
    .argument('[question...]', 'the question, in Dutch or English')
    .option('--json', 'print the Answer as JSON (same as --format json)')
    .option('--jsonl', 'read {"id","question","thread"?} lines on stdin, write one Answer per line')
    .option('--format <format>', 'text (the default), json or email', parseFormat)
    .addOption(
      new Option('--email-language <language>', 'with --format email: the e-mail in nl or en').choices([
        'nl',
        'en',
      ]),
    )
    .option('--no-audit', 'do not record the answers in the audit log (test questions only; see README)')
    .action(
      async (
        words: string[],
        opts: {
          json?: boolean;
          jsonl?: boolean;
          format?: string;
          emailLanguage?: 'nl' | 'en';
          audit: boolean;
        },
      ) => {
        const question = words.join(' ');
        if (opts.json && opts.format && opts.format !== 'json')
          fail(cliProblemText({ kind: 'json_and_format', format: opts.format }, cliLanguage));
        const format = opts.json ? 'json' : (opts.format ?? 'text');
        if (opts.emailLanguage && format !== 'email')
          fail(cliProblemText({ kind: 'email_language' }, cliLanguage));
        if (opts.jsonl && opts.format) fail(cliProblemText({ kind: 'jsonl_format' }, cliLanguage));
        if (!opts.jsonl && !question.trim()) fail(cliProblemText({ kind: 'no_question' }, cliLanguage));
        const k = await loadKnowledgeCached();
        const { startEngine } = await import('../../app/engine-start.js');
        const engine = await startEngine(k);
        await withAsker(ctx, engine, opts.audit, async (ask) => {
          if (opts.jsonl) {
            await askLines(ctx, ask);
            return;
          }
          const answer = await ask(question);
          if (format === 'json') out(`${JSON.stringify(answer)}\n`);
          else if (format === 'email') {
            const { emailLetter } = await import('../../env.js');
            const email = renderEmail(answer, k.meta, {
              language: opts.emailLanguage,
              letter: emailLetter(env),
            });
            if (email.ok) out(email.text);
            else {
              // The answer itself, then why there is no e-mail: a script sees the exit code.
              out(renderCliText(answer, k.meta));
              err(`charterbot: ${noEmailMessage(email.reason, answer.language)}\n`);
              ctx.exitCode = 1;
            }
          } else out(renderCliText(answer, k.meta));
        });
      },
    );

  program
    .command('chat')
    .description('ask questions in the terminal, one conversation with follow-ups, until Ctrl-D or "exit"')
    .option('--no-audit', 'do not record the answers in the audit log (test questions only; see README)')
    .action(async (opts: { audit: boolean }) => {
      const k = await loadKnowledgeCached();
      const { startEngine } = await import('../../app/engine-start.js');
      const engine = await startEngine(k);
      const rl = createInterface({
        input: ctx.stdin,
        output: ctx.stdout,
        terminal: ctx.stdin.isTTY,
      });
      // Read lines from the start: piped input may end before the store is open, and no line may be lost.
      const lines = rl[Symbol.asyncIterator]();
      const thread = `chat-${process.pid}`;
      if (ctx.stdin.isTTY) {
        out('charterbot: ask about the Utrecht krachtwijken charter in Dutch or English ("exit" to stop).\n');
        rl.setPrompt('? ');
        rl.prompt();
      }
      await withAsker(ctx, engine, opts.audit, async (ask) => {
        for (let next = await lines.next(); !next.done; next = await lines.next()) {
          const line = next.value;
          if (/^\s*(exit|quit|stop)\s*$/i.test(line)) break;
          if (line.trim())
            out(`${ctx.stdin.isTTY ? '\n' : ''}${renderCliText(await ask(line, thread), k.meta)}\n`);
          if (ctx.stdin.isTTY) rl.prompt();
        }
      });
      rl.close();
    });

  program
    .command('serve')
    .description(
      'run the HTTP server: web console, JSON API (configuration from the environment, see README)',
    )
    .action(async () => {
      const { main } = await ctx.composition();
      await main();
    });

  const audit = program
    .command('audit')
    .description('the audit log of answers (records requests under the Woo)');

  /** --since/--until as typed, checked by the command so a wrong one is refused in its language. */
  function isoDate(option: '--since' | '--until', value: string | undefined, lang: 'nl' | 'en') {
    if (value === undefined) return undefined;
    const d = new Date(value);
    if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(d.getTime()))
      fail(auditProblemText({ kind: 'date', option, given: value }, lang));
    return d.toISOString();
  }

  audit
    .command('export')
    .description('write audit records as CSV or JSON lines to stdout')
    .option('--since <date>', 'from this UTC date or time (inclusive), e.g. 2026-01-31')
    .option('--until <date>', 'up to this UTC date or time (exclusive)')
    .addOption(new Option('--format <format>', 'csv or jsonl').choices(['csv', 'jsonl']).default('csv'))
    .option(
      '--excel',
      'CSV for Dutch Excel: `;` between columns, decimal comma, UTF-8 with byte-order mark, CRLF line ends',
    )
    .addOption(languageOption())
    .action(
      async (opts: {
        since?: string;
        until?: string;
        format: 'csv' | 'jsonl';
        excel?: boolean;
        language?: 'nl' | 'en';
      }) => {
        const language = replyLanguage(opts.language);
        const since = isoDate('--since', opts.since, language);
        const until = isoDate('--until', opts.until, language);
        if (opts.excel && opts.format !== 'csv') fail(auditProblemText({ kind: 'excel_csv' }, language));
        const { exportAudit } = await import('./audit.js');
        const n = await exportAudit({ ...opts, since, until, language }, ctx.stdout, env);
        err(`${exportedText(n, language)}\n`);
      },
    );

  audit
    .command('prune')
    .description('delete audit records older than the retention period, except those under legal hold')
    .option('--older-than-days <days>', 'override AUDIT_RETENTION_DAYS')
    .addOption(languageOption())
    .action(async (opts: { olderThanDays?: string; language?: 'nl' | 'en' }) => {
      const language = replyLanguage(opts.language);
      const days = opts.olderThanDays === undefined ? undefined : Number(opts.olderThanDays);
      if (days !== undefined && (!Number.isInteger(days) || days < 1))
        fail(auditProblemText({ kind: 'days', given: opts.olderThanDays ?? '' }, language));
      const { pruneAudit } = await import('./audit.js');
      const { deleted, before } = await pruneAudit(days, env);
      out(`${prunedText(deleted, before, language)}\n`);
    });

  audit
    .command('hold')
    .description('put audit records under legal hold (or release them), so pruning keeps them')
    .argument('<ids...>', 'audit record ids')
    .option('--release', 'release the hold instead')
    .addOption(languageOption())
    .action(async (ids: string[], opts: { release?: boolean; language?: 'nl' | 'en' }) => {
      const language = replyLanguage(opts.language);
      const { holdAudit } = await import('./audit.js');
      const n = await holdAudit(ids, !opts.release, env);
      out(`${heldText(n, ids.length, opts.release === true, language)}\n`);
      if (n < ids.length) ctx.exitCode = 1;
    });

  const db = program
    .command('db')
    .description('the store: apply its migrations, or copy an embedded SQLite installation to PostgreSQL');

  db.command('migrate')
    .description('apply the schema migrations to DATABASE_URL (start-up does this too, under a lock)')
    .action(() => run_(async () => (await import('./db.js')).migrate(io))());

  db.command('copy')
    .description('copy every row of a SQLite file to an empty PostgreSQL database, in one transaction')
    .requiredOption('--from <file>', 'the SQLite file, e.g. ./data/charterbot.db')
    .requiredOption('--to <url>', 'the PostgreSQL URL, e.g. postgres://bot@db:5432/charterbot')
    .action((opts: { from: string; to: string }) =>
      run_(async () => (await import('./db.js')).copy(opts, io))(),
    );

  program
    .command('teams-package')
    .description(
      'build the Teams app zip (manifest with MICROSOFT_APP_ID and TEAMS_APP_HOST filled in, icons)',
    )
    .option('--out <file>', 'where to write the zip', 'dist/charterbot-teams.zip')
    .action(async (opts: { out: string }) => {
      const { mkdirSync, writeFileSync } = await import('node:fs');
      const { dirname } = await import('node:path');
      const { teamsPackageSettings } = await import('../../config.js');
      const { buildTeamsPackage } = await import('../../packaging/teams-app.js');
      const zip = buildTeamsPackage(teamsPackageSettings(env));
      mkdirSync(dirname(opts.out), { recursive: true });
      writeFileSync(opts.out, zip);
      out(`${opts.out}: ${zip.length} bytes; upload it in Teams (Apps > Manage your apps > Upload an app)\n`);
    });

  return program;
}

/**
 * Answers use the measurements in the configured store (progress questions, actual figures). The store is
 * opened only when a question needs it, so most questions never load database code.
 */
type Ask = (question: unknown, thread?: string) => Promise<Answer>;

/**
 * Answers as every channel answers: recorded in the audit log (channel `cli`), unless `--no-audit` is
 * given. Measurements are read from the same store, and only when a question is about progress, so most
 * questions never load the full configuration.
 */
async function withAsker(
  ctx: RunContext,
  engine: Engine,
  audit: boolean,
  fn: (ask: Ask) => Promise<void>,
): Promise<void> {
  const { auditSettings } = await import('../../env.js');
  const settings = auditSettings(ctx.env);
  const { openStore } = await import('../../store/open.js');
  let store: Store | null = null;
  const open = async (): Promise<Store> => {
    store ??= await openStore(settings.database);
    return store;
  };
  let progress: ProgressSource | null = null;
  const data: ProgressSource = async () => {
    if (!progress) {
      const { loadConfig } = await import('../../config.js');
      const { createProgressSource } = await import('../../app/progress-data.js');
      progress = createProgressSource(await open(), loadConfig(ctx.env).progress);
    }
    return progress();
  };
  let ask: Ask = (question, thread) => engine.ask(question, { thread, data });
  if (audit) {
    const { createAskAndRecord } = await import('../../app/ask-and-record.js');
    const { createPseudonymizer } = await import('../../app/pseudonymize.js');
    const { operatorUser } = await import('./operator.js');
    const quiet = { child: () => ({ info: () => undefined }) };
    const record = createAskAndRecord({
      engine,
      store: await open(),
      pseudonymize: createPseudonymizer(settings.pseudonymKey),
      logger: quiet,
      progress: data,
    });
    // The person at the terminal, pseudonymised like every other channel's users when a key is set.
    const user = operatorUser(settings.pseudonymKey);
    ask = async (question, thread) =>
      (await record({ question, thread, channel: 'cli', userId: user })).answer;
  }
  try {
    await fn(ask);
  } finally {
    await (store as Store | null)?.close();
  }
}

async function askLines(ctx: RunContext, ask: Ask): Promise<void> {
  const lines = createInterface({ input: ctx.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (!line.trim()) continue;
    let id: string | undefined;
    let answer: Answer;
    try {
      const input = JSON.parse(line) as { id?: unknown; question?: unknown; thread?: unknown };
      id = input.id === undefined || input.id === null ? undefined : String(input.id);
      const thread = typeof input.thread === 'string' && input.thread ? input.thread : undefined;
      answer = await ask(input.question, thread);
    } catch {
      answer = {
        status: 'clarify',
        language: 'en',
        answer: `Line ${n} is not a JSON object like {"id": "1", "question": "..."}.`,
        facts: [],
        citations: [],
      };
    }
    ctx.out(`${JSON.stringify(id === undefined ? answer : { id, ...answer })}\n`);
  }
}

/** The composition root (src/main.ts), handed in by the entry point: main.ts alone wires; no channel imports it. */
export type Composition = typeof import('../../main.js');

/**
 * Runs one command line and returns its exit code. Whatever a command throws is reported here, in one line
 * on stderr; nothing here exits the process (bin/charterbot.js does, with the code returned).
 */
export async function run(
  argv: string[],
  io: CliIo,
  wiring: { compose?: () => Promise<Composition> } = {},
): Promise<number> {
  const err = (text: string) => void io.stderr.write(text);
  try {
    // DEFAULT_LANGUAGE may be set in .env: read before parsing, so commander's own messages follow it.
    const env = { ...(await readDotenv(join(io.cwd ?? '.', '.env'))), ...io.env };
    const out = (text: string) => void io.stdout.write(text);
    const ctx: RunContext = {
      out,
      err,
      stdout: io.stdout,
      // Read only by a command that takes piped input: touching the process's stdin can keep it alive.
      get stdin() {
        return io.stdin ?? Readable.from([]);
      },
      env,
      language: languageOf(argv.slice(2), env),
      exitCode: 0,
      io: { out, err, env, stderr: io.stderr },
      composition: async () => {
        if (!wiring.compose) fail('this command needs the server: run it through bin/charterbot.js');
        return wiring.compose();
      },
    };
    if (argv.length <= 2) fail(cliProblemText({ kind: 'no_command' }, ctx.language));
    await createProgram(ctx).parseAsync(argv);
    return ctx.exitCode;
  } catch (e) {
    // Commander has already said what is wrong with the command line.
    if (e instanceof CommanderError) return e.exitCode;
    const { exitCode, message } = cliFailure(e);
    err(`${message}\n`);
    return exitCode;
  }
}
