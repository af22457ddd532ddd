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
  /** The first MAX_PROBLEMS problems, in line order; `omitted` counts the rest. */
  problems: CsvProblem[];
  omitted: number;
  /** Rows that repeat an earlier row exactly: harmless, counted once. */
  repeated: number;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
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

/** A file with thousands of bad lines is reported by its first problems and a count, not line by line. */
export const MAX_PROBLEMS = 100;

const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Lines as bytes (split at LF, which no encoding read here uses inside a character), numbered from 1. */
function byteLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return lines;
}

/**
 * Bytes to text: UTF-16 (either byte order) by its byte-order mark; UTF-8 when it is valid; Windows-1252
 * (Excel's "CSV" on Windows) when no line is UTF-8. A file whose lines disagree (some UTF-8 with accents,
 * some not) would be stored garbled either way: it is refused at the first line that is not UTF-8.
 */
export function decodeCsv(
  bytes: Uint8Array,
): { text: string; encoding: ParsedCsv['encoding'] } | { line: number; problem: Problem } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  const lines = byteLines(bytes);
  const utf8WithAccents = lines.some((l) => l.some((b) => b >= 0x80) && isUtf8(l));
  if (utf8WithAccents) {
    const first = lines.findIndex((l) => !isUtf8(l));
    return { line: first + 1, problem: { code: 'encoding_mixed' } };
  }
  // Node's own decoder maps 0x80-0x9F to control characters; iconv-lite has the real code page.
  return { text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'windows-1252' };
}

/** Where an unterminated quoted field begins: the first line with content after the last complete record. */
function openingLine(text: string, lastRecordLine: number): number {
  const lines = text.split('\n');
  for (let i = lastRecordLine; i < lines.length; i++) {
    const l = (lines[i] ?? '').trim();
    if (l !== '' && !l.startsWith('#')) return i + 1;
  }
  return lastRecordLine + 1;
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
  const decoded = typeof input === 'string' ? { text: input, encoding: 'utf-8' as const } : decodeCsv(input);
  if ('problem' in decoded)
    return {
      rows: [],
      problems: [{ line: decoded.line, column: null, field: null, problem: decoded.problem }],
      omitted: 0,
      repeated: 0,
      encoding: 'utf-8',
      delimiter: ',',
    };
  const { text, encoding } = decoded;
  const delimiter = detectDelimiter(text);
  const out: ParsedCsv = { rows: [], problems: [], omitted: 0, repeated: 0, encoding, delimiter };
  const report = (p: CsvProblem) => {
    if (out.problems.length < MAX_PROBLEMS) out.problems.push(p);
    else out.omitted += 1;
  };
  // A NUL is not text: a binary file, or UTF-16 saved without its byte-order mark. Never a space.
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    report({
      line: text.slice(0, nul).split('\n').length,
      column: null,
      field: null,
      problem: { code: 'nul_byte' },
    });
    return out;
  }
  let records: Array<{ record: string[]; info: { lines: number } }>;
  let lastRecordLine = 0;
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
      on_record: (record, context) => {
        lastRecordLine = context.lines;
        return record;
      },
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (e) {
    const err = e as Error & { code?: string; lines?: number };
    // csv-parse names the line where the file ended; the person needs the line where the quote opened.
    if (err.code === 'CSV_QUOTE_NOT_CLOSED')
      report({
        line: openingLine(text, lastRecordLine),
        column: null,
        field: null,
        problem: { code: 'quote_unclosed' },
      });
    else
      report({
        line: err.lines ?? 1,
        column: null,
        field: null,
        problem: { code: 'unreadable', detail: err.message.split('\n')[0] ?? '' },
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
      report({
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
    report({ line: 1, column: null, field: null, problem: { code: 'empty_file' } });
    return out;
  }

  const seen = new Map<string, { line: number; row: NewMeasurement }>();
  for (const { record, info } of records) {
    const line = info.lines;
    if (record.length < 5 || record.length > order.length) {
      report({
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
        report({ line, column: column || null, field: p.field, problem: p.problem });
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
        report({
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
