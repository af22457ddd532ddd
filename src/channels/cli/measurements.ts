// `charterbot measurements ...`, `targets revise` and `progress`: measured values in and out of the
// store, and where each target stands. Validation and phrasing live elsewhere; this wires them to files.
import { readFileSync, statSync } from 'node:fs';
import Table from 'cli-table3';
import { queryProgress } from '../../app/progress-query.js';
import { loadKnowledge } from '../../charter/load.js';
import { revisionClauseId } from '../../charter/revision-clause.js';
import type { ThemeKey } from '../../charter/schema.js';
import type { Language } from '../../engine/types.js';
import { defaultLanguage } from '../../env.js';
import {
  MAX_PROBLEMS,
  measurementsToCsv,
  type ParsedCsv,
  parseMeasurementsCsv,
  planImport,
} from '../../measurements/csv.js';
import { createNames } from '../../measurements/names.js';
import { indicatorName } from '../../measurements/validate.js';
import { count } from '../../phrase/catalogue.js';
import { cliProblemText } from '../../phrase/cli-usage.js';
import { dryRunReply, importReply, problemText } from '../../phrase/measurements.js';
import { valueWithUnit } from '../../phrase/numbers.js';
import { explainMethod } from '../../phrase/progress.js';
import {
  noZeroMeasurement,
  proposedReply,
  recordedReply,
  revisionHead,
  revisionRow,
} from '../../phrase/revisions.js';
import { proposeRevisions, toRevision } from '../../progress/revise.js';
import type { TargetRevision } from '../../progress/types.js';
import { toProgressRow } from '../../render/progress-json.js';
import { renderProgressTable } from '../../render/progress-table.js';
import { currentYear, today } from '../../time.js';
import type { CommandIo as Io } from './io.js';
import { UsageError } from './report-failure.js';
import { withStore } from './with-store.js';

/** Thrown for a problem the user can fix: the CLI prints it as one message and exits 1. */

/** Measurement files are small; a bigger file is almost certainly the wrong one. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

function readCsvFile(file: string, lang: Language): Uint8Array {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UsageError(cliProblemText({ kind: 'no_file', file }, lang));
  }
  if (size > MAX_FILE_BYTES) throw new UsageError(cliProblemText({ kind: 'file_too_large', file }, lang));
  return readFileSync(file);
}

function context() {
  const knowledge = loadKnowledge();
  return { knowledge, names: createNames(knowledge), currentYear: currentYear() };
}

const FIELDS_NL: Record<string, string> = {
  wijk: 'wijk',
  indicator: 'indicator',
  year: 'jaar',
  value: 'waarde',
  source: 'bron',
  note: 'toelichting',
};

function problemsReport(file: string, parsed: ParsedCsv, lang: Language): string {
  const nl = lang === 'nl';
  const lines = parsed.problems.map((p) => {
    const field = p.field ? ` (${nl ? (FIELDS_NL[p.field] ?? p.field) : p.field})` : '';
    const where = nl
      ? `regel ${p.line}${p.column ? `, kolom ${p.column}${field}` : ''}`
      : `line ${p.line}${p.column ? `, column ${p.column}${field}` : ''}`;
    return `  ${where}: ${problemText(p.problem, lang)}`;
  });
  const n = parsed.problems.length + parsed.omitted;
  if (parsed.omitted > 0)
    lines.push(
      nl
        ? `  ... en nog ${parsed.omitted} (los deze eerst op en importeer opnieuw)`
        : `  ... and ${parsed.omitted} more (fix these first, then import again)`,
    );
  return nl
    ? `${file}: ${count(n, lang, 'probleem', 'problemen')}, niets opgeslagen:\n${lines.join('\n')}\n`
    : `${file}: ${count(n, lang, 'problem', 'problems')}, nothing stored:\n${lines.join('\n')}\n`;
}

export async function importMeasurementsFile(
  file: string,
  opts: { dryRun?: boolean; language?: Language },
  io: Io,
): Promise<number> {
  const ctx = context();
  const lang = opts.language ?? defaultLanguage(io.env);
  const parsed = parseMeasurementsCsv(readCsvFile(file, lang), ctx);
  if (parsed.problems.length > 0) {
    io.err(problemsReport(file, parsed, lang));
    return 1;
  }
  const notes = { encoding: parsed.encoding, repeated: parsed.repeated };
  const rows = parsed.rows.map((r) => r.row);
  return withStore(io.env, async (store) => {
    if (opts.dryRun) {
      const plan = planImport(rows, await store.listMeasurements());
      io.out(`${dryRunReply(file, plan, notes, ctx.knowledge.lexicon, lang)}\n`);
      return 0;
    }
    const counts = await store.saveMeasurements(rows, null, new Date().toISOString());
    io.out(`${importReply(file, counts, notes, lang)}\n`);
    return 0;
  });
}

function resolveFilter(wijk: string | undefined, indicator: string | undefined, lang: Language) {
  const ctx = context();
  const filter: { wijk?: string; indicator?: string } = {};
  if (wijk) {
    const w = ctx.names.wijk(wijk);
    if (!w || 'outside' in w)
      throw new UsageError(
        problemText(
          w
            ? { code: 'wijk_outside', text: wijk, name: w.outside }
            : { code: 'wijk_unknown', text: wijk, suggestion: ctx.names.suggestWijk(wijk) },
          lang,
        ),
      );
    filter.wijk = w.name;
  }
  if (indicator) {
    const keys = ctx.names.indicators(indicator);
    if (keys.length !== 1)
      throw new UsageError(
        problemText(
          keys.length === 0
            ? {
                code: 'indicator_unknown',
                text: indicator,
                suggestion: ctx.names.suggestIndicator(indicator),
              }
            : {
                code: 'indicator_ambiguous',
                text: indicator,
                options: keys.map((key) => indicatorName(ctx.knowledge.lexicon, key)),
              },
          lang,
        ),
      );
    filter.indicator = keys[0];
  }
  return { ctx, filter };
}

export async function listMeasurements(
  opts: { wijk?: string; indicator?: string; history?: boolean; json?: boolean; language?: Language },
  io: Io,
): Promise<number> {
  const { filter } = resolveFilter(opts.wijk, opts.indicator, opts.language ?? defaultLanguage(io.env));
  return withStore(io.env, async (store, config) => {
    const lang = opts.language ?? config.defaultLanguage;
    const nl = lang === 'nl';
    const lexicon = loadKnowledge().lexicon;
    const current = await store.listMeasurements(filter);
    const history = opts.history ? await store.measurementHistory(filter) : [];
    if (opts.json) {
      io.out(`${JSON.stringify(opts.history ? { current, history } : current, null, 2)}\n`);
      return 0;
    }
    if (current.length === 0 && history.length === 0) {
      io.out(
        nl
          ? 'nog geen metingen vastgelegd: importeer een bestand met `charterbot measurements import BESTAND.csv`\n'
          : 'no measurements stored yet: import a file with `charterbot measurements import FILE.csv`\n',
      );
      return 0;
    }
    const table = new Table({
      head: nl
        ? ['Wijk', 'Indicator', 'Jaar', 'Waarde', 'Bron', 'Toelichting', 'Vastgelegd']
        : ['Wijk', 'Indicator', 'Year', 'Value', 'Source', 'Note', 'Recorded'],
      style: { head: [], border: [] },
    });
    const rows = [
      ...current.map((m) => ({ m, at: m.recordedAt, replaced: null as string | null })),
      ...history.map((h) => ({ m: h, at: h.recordedAt, replaced: h.replacedAt })),
    ].sort(
      (a, b) =>
        a.m.wijk.localeCompare(b.m.wijk) ||
        a.m.indicator.localeCompare(b.m.indicator) ||
        a.m.year - b.m.year ||
        a.at.localeCompare(b.at),
    );
    for (const { m, at, replaced } of rows) {
      table.push([
        m.wijk,
        indicatorName(lexicon, m.indicator)[lang],
        String(m.year),
        valueWithUnit(m.value, m.unit, lang),
        m.source,
        m.note ?? '',
        replaced
          ? `${at.slice(0, 10)} (${nl ? 'vervangen' : 'replaced'} ${replaced.slice(0, 10)})`
          : at.slice(0, 10),
      ]);
    }
    io.out(
      nl
        ? `${table.toString()}\n${current.length} huidige waarden${opts.history ? `, ${history.length} vervangen` : ''}\n`
        : `${table.toString()}\n${current.length} current values${opts.history ? `, ${history.length} replaced` : ''}\n`,
    );
    return 0;
  });
}

export async function exportMeasurements(opts: { excel?: boolean }, io: Io): Promise<number> {
  return withStore(io.env, async (store) => {
    io.out(measurementsToCsv(await store.listMeasurements(), opts));
    return 0;
  });
}

export async function reviseTargets(
  opts: {
    fromNulmeting?: number;
    importFile?: string;
    apply?: boolean;
    source?: string;
    language?: Language;
  },
  io: Io,
): Promise<number> {
  const ctx = context();
  return withStore(io.env, async (store, config) => {
    const lang = opts.language ?? config.defaultLanguage;
    let revisions: TargetRevision[];
    const at = new Date().toISOString();
    if (opts.importFile) {
      const parsed = parseMeasurementsCsv(readCsvFile(opts.importFile, lang), ctx);
      for (const r of parsed.rows) {
        if (r.target.targets.some((v) => v.year === r.row.year)) continue;
        if (parsed.problems.length >= MAX_PROBLEMS) parsed.omitted += 1;
        else
          parsed.problems.push({
            line: r.line,
            column: 3,
            field: 'year',
            problem: {
              code: 'year_no_milestone',
              year: r.row.year,
              wijk: r.target.wijk,
              indicator: indicatorName(ctx.knowledge.lexicon, r.row.indicator),
              years: r.target.targets.map((v) => v.year),
            },
          });
      }
      if (parsed.problems.length > 0) {
        io.err(problemsReport(opts.importFile, parsed, lang));
        return 1;
      }
      revisions = parsed.rows.map((r) => ({
        wijk: r.row.wijk,
        indicator: r.row.indicator,
        year: r.row.year,
        value: r.row.value,
        source: r.row.source,
        basis: null,
        recordedBy: null,
        recordedAt: at,
      }));
    } else {
      const year = opts.fromNulmeting ?? 2007;
      const proposals = proposeRevisions(ctx.knowledge.targets, await store.listMeasurements(), year);
      if (proposals.length === 0) {
        io.out(`${noZeroMeasurement(year, lang)}\n`);
        return 0;
      }
      const table = new Table({ head: revisionHead(year, lang), style: { head: [], border: [] } });
      for (const p of proposals) table.push(revisionRow(p, ctx.knowledge.lexicon, lang));
      io.out(`${table.toString()}\n`);
      const source =
        opts.source ?? `Bijgesteld op de nulmeting ${year}, relatieve hoogte van de ambitie gehandhaafd`;
      revisions = proposals.map((p) => toRevision(p, source, at, null));
      if (!opts.apply) {
        io.out(`${proposedReply(proposals.length, lang)}\n`);
        return 0;
      }
    }
    const counts = await store.saveRevisions(revisions);
    io.out(`${recordedReply(counts, lang)}\n`);
    return 0;
  });
}

export async function showProgress(
  opts: {
    wijk?: string;
    theme?: ThemeKey;
    asOf?: string;
    json?: boolean;
    explain?: boolean;
    language?: Language;
  },
  io: Io,
): Promise<number> {
  const { ctx, filter } = resolveFilter(opts.wijk, undefined, opts.language ?? defaultLanguage(io.env));
  return withStore(io.env, async (store, config) => {
    const language = opts.language ?? config.defaultLanguage;
    const { asOf, progress, measurements, revisions } = await queryProgress(
      { knowledge: ctx.knowledge, store, progress: config.progress },
      {
        asOf: opts.asOf ?? today(),
        scope: { wijken: filter.wijk ? [filter.wijk] : [], themes: opts.theme ? [opts.theme] : [] },
      },
    );
    if (opts.json) {
      io.out(
        `${JSON.stringify(
          progress.map((p) => toProgressRow(p, ctx.knowledge.lexicon, language)),
          null,
          2,
        )}\n`,
      );
      return 0;
    }
    if (opts.explain) {
      const years = measurements.map((m) => m.year).filter((y) => y <= Number(asOf.slice(0, 4)));
      io.out(
        `${explainMethod(config.progress, language, {
          asOf,
          measured: years.length,
          firstYear: years.length ? Math.min(...years) : null,
          lastYear: years.length ? Math.max(...years) : null,
          revisions: revisions.length,
        })}\n\n`,
      );
    }
    io.out(
      renderProgressTable(progress, ctx.knowledge.lexicon, language, {
        explain: opts.explain,
        revisionClause: revisionClauseId(ctx.knowledge),
      }),
    );
    return 0;
  });
}
