// Measurement files as they come out of Excel (often Dutch Excel): `;` or `,` between columns, a byte-order
// mark, UTF-8 or Windows-1252, decimal commas, `#` comment lines, an optional header row in Dutch or
// English. Every row is validated; the caller stores nothing unless no row has a problem.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import type { Knowledge } from '../charter/load.js';
import type { Target } from '../charter/schema.js';
import { csvNumber, csvOptions, protectCell } from '../csv-cell.js';
import type { Measurement } from '../progress/types.js';
import type { NewMeasurement } from '../store/store.js';
import type { Names } from './names.js';
import { type Field, type Problem, type RawMeasurement, validateMeasurement } from './validate.js';

export type CsvProblem = { line: number; column: number | null; field: Field | null; problem: Problem };

export type ParsedCsv = {
  rows: Array<{ line: number; row: NewMeasurement; target: Target }>;
  problems: CsvProblem[];
  /** Rows that repeat an earlier row exactly: harmless, counted once. */
  repeated: number;
  encoding: 'utf-8' | 'utf-16le' | 'windows-1252';
  delimiter: ',' | ';';
};

const COLUMNS: Field[] = ['wijk', 'indicator', 'year', 'value', 'source', 'note'];
const HEADER_NAMES: Record<string, Field> = {
  wijk: 'wijk',
  wijken: 'wijk',
  district: 'wijk',
  neighbourhood: 'wijk',
  neighborhood: 'wijk',
  indicator: 'indicator',
  indicatoren: 'indicator',
  year: 'year',
  jaar: 'year',
  value: 'value',
  waarde: 'value',
  source: 'source',
  bron: 'source',
  note: 'note',
  notes: 'note',
  notitie: 'note',
  opmerking: 'note',
  toelichting: 'note',
};

/** Bytes to text: UTF-16 and UTF-8 by their marks or validity, else Windows-1252 (Excel's "CSV" on Windows). */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: ParsedCsv['encoding'] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Node's own decoder maps 0x80-0x9F to control characters; iconv-lite has the real code page.
    return { text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'windows-1252' };
  }
}

/** The first line that is not a comment decides: Dutch Excel separates with `;` when it writes `7,5`. */
function detectDelimiter(text: string): ',' | ';' {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#')) ?? '';
  return first.replace(/"[^"]*"/g, '').includes(';') ? ';' : ',';
}

const headerField = (cell: string): Field | undefined =>
  HEADER_NAMES[
    cell
      .trim()
      .toLowerCase()
      .replace(/^\uFEFF/, '')
  ];

export function parseMeasurementsCsv(
  input: Uint8Array | string,
  ctx: { knowledge: Knowledge; names: Names; currentYear: number },
): ParsedCsv {
  const { text, encoding } =
    typeof input === 'string' ? { text: input, encoding: 'utf-8' as const } : decodeCsv(input);
  const delimiter = detectDelimiter(text);
  const out: ParsedCsv = { rows: [], problems: [], repeated: 0, encoding, delimiter };
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      comment: '#',
      comment_no_infix: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1;
    out.problems.push({
      line,
      column: null,
      field: null,
      problem: { code: 'unreadable', detail: (e as Error).message.split('\n')[0] ?? '' },
    });
    return out;
  }

  let order: Field[] = COLUMNS;
  const first = records[0];
  if (
    first?.record.some((c) => headerField(c) === 'wijk') &&
    first.record.some((c) => headerField(c) === 'year')
  ) {
    records = records.slice(1);
    const fields = first.record.map(headerField);
    const unknown = first.record.findIndex((_, i) => fields[i] === undefined);
    const missing = COLUMNS.slice(0, 5).filter((f) => !fields.includes(f));
    if (unknown >= 0 || missing.length > 0) {
      out.problems.push({
        line: first.info.lines,
        column: unknown >= 0 ? unknown + 1 : null,
        field: null,
        problem: { code: 'header', unknown: unknown >= 0 ? (first.record[unknown] ?? '') : null, missing },
      });
      return out;
    }
    order = fields as Field[];
  }
  if (records.length === 0) {
    out.problems.push({ line: 1, column: null, field: null, problem: { code: 'empty_file' } });
    return out;
  }

  const seen = new Map<string, { line: number; row: NewMeasurement }>();
  for (const { record, info } of records) {
    const line = info.lines;
    if (record.length < 5 || record.length > order.length) {
      out.problems.push({
        line,
        column: null,
        field: null,
        problem: { code: 'columns', count: record.length },
      });
      continue;
    }
    const raw: RawMeasurement = { wijk: '', indicator: '', year: '', value: '', source: '', note: '' };
    record.forEach((cell, i) => {
      const field = order[i];
      if (field) raw[field] = cell;
    });
    const v = validateMeasurement(raw, ctx);
    if (!v.ok) {
      for (const p of v.problems) {
        const column = p.field ? order.indexOf(p.field) + 1 : null;
        out.problems.push({ line, column: column || null, field: p.field, problem: p.problem });
      }
      continue;
    }
    const key = `${v.row.wijk}|${v.row.indicator}|${v.row.year}`;
    const earlier = seen.get(key);
    if (earlier) {
      const same =
        earlier.row.value === v.row.value &&
        earlier.row.source === v.row.source &&
        earlier.row.note === v.row.note;
      if (same) out.repeated += 1;
      else
        out.problems.push({
          line,
          column: null,
          field: null,
          problem: { code: 'duplicate', line: earlier.line },
        });
      continue;
    }
    seen.set(key, { line, row: v.row });
    out.rows.push({ line, row: v.row, target: v.target });
  }
  return out;
}

/** CSV that `measurements import` reads back unchanged: a header, one row per current value. */
/** The current values as CSV that imports again unchanged; `excel` for Dutch Excel (see csvOptions). */
export function measurementsToCsv(rows: Measurement[], options: { excel?: boolean } = {}): string {
  const excel = options.excel === true;
  return stringify(
    [
      ['wijk', 'indicator', 'year', 'value', 'source', 'note'],
      ...rows.map((m) =>
        [m.wijk, m.indicator, String(m.year), csvNumber(m.value, excel), m.source, m.note ?? ''].map(
          protectCell,
        ),
      ),
    ],
    csvOptions(excel),
  );
}

export type ImportPlan = {
  added: NewMeasurement[];
  changed: Array<{ before: Measurement; after: NewMeasurement }>;
  unchanged: NewMeasurement[];
};

/** What an import would do to the current values: the dry run's report, and the real run's summary. */
export function planImport(rows: NewMeasurement[], current: Measurement[]): ImportPlan {
  const byKey = new Map(current.map((m) => [`${m.wijk}|${m.indicator}|${m.year}`, m]));
  const plan: ImportPlan = { added: [], changed: [], unchanged: [] };
  for (const r of rows) {
    const before = byKey.get(`${r.wijk}|${r.indicator}|${r.year}`);
    if (!before) plan.added.push(r);
    else if (
      before.value === r.value &&
      before.unit === r.unit &&
      before.source === r.source &&
      (before.note ?? null) === (r.note ?? null)
    )
      plan.unchanged.push(r);
    else plan.changed.push({ before, after: r });
  }
  return plan;
}
