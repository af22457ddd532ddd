// One measurement as typed (a CSV row, a chat command) checked against the charter: a wijk and indicator
// that have a target, a year from the baseline to now, a value plausible for the unit, a source.
// Problems are data (a code and its facts); src/phrase/measurements.ts puts them into words.
import type { Knowledge } from '../charter/load.js';
import type { Lexicon, Target } from '../charter/schema.js';
import { measurementUnit } from '../progress/evaluate.js';
import type { NewMeasurement } from '../store/store.js';
import type { Names } from './names.js';

export type Field = 'wijk' | 'indicator' | 'year' | 'value' | 'source' | 'note';

/** An indicator as messages name it: the lexicon's words, never the internal key alone. */
export type IndicatorName = { key: string; nl: string; en: string; combined: boolean };

export function indicatorName(lexicon: Pick<Lexicon, 'indicators'>, key: string): IndicatorName {
  const i = lexicon.indicators.find((x) => x.key === key);
  return {
    key,
    nl: i?.nl.name ?? key,
    en: i?.en.name ?? key,
    combined: (i?.standsInFor.length ?? 0) > 0,
  };
}

export type Problem =
  | { code: 'wijk_unknown'; text: string; suggestion: string | null }
  | { code: 'wijk_outside'; text: string; name: string }
  | { code: 'indicator_unknown'; text: string; suggestion: string | null }
  | { code: 'indicator_ambiguous'; text: string; options: IndicatorName[] }
  | { code: 'no_target'; wijk: string; indicator: IndicatorName; instead: IndicatorName[] }
  | { code: 'year_invalid'; text: string }
  /** A revision for a year in which the target has no milestone. */
  | { code: 'year_no_milestone'; year: number; wijk: string; indicator: IndicatorName; years: number[] }
  | { code: 'year_range'; year: number; min: number; max: number }
  | { code: 'value_invalid'; text: string }
  /** "16,8%" for a target measured in another unit than percent. */
  | { code: 'value_percent'; text: string; unit: string }
  | { code: 'value_range'; value: number; unit: string; min: number; max: number }
  | { code: 'source_missing' }
  | { code: 'text_too_long'; max: number }
  | { code: 'columns'; count: number }
  | { code: 'duplicate'; line: number }
  | { code: 'empty_file' }
  | { code: 'header'; unknown: string | null; missing: Field[] }
  | { code: 'unreadable'; detail: string }
  /** The line is not UTF-8 while others are: the file mixes UTF-8 and Windows-1252. */
  | { code: 'encoding_mixed' }
  /** A NUL byte: not text (a binary file, or UTF-16 without its byte-order mark). */
  | { code: 'nul_byte' }
  /** A quoted field opens on this line and is never closed. */
  | { code: 'quote_unclosed' };

export type FieldProblem = { field: Field | null; problem: Problem };

export type RawMeasurement = Record<Field, string>;

export type Validated =
  | { ok: true; row: NewMeasurement; target: Target }
  | { ok: false; problems: FieldProblem[] };

export const MAX_SOURCE = 200;
export const MAX_NOTE = 500;
export const FIRST_YEAR = 2006;

/** What a value may be, by unit: percentages 0-100, report marks 1-10, rates not negative. */
export function plausibleRange(unit: string): { min: number; max: number } {
  if (unit === '%') return { min: 0, max: 100 };
  if (unit === 'rapportcijfer') return { min: 1, max: 10 };
  if (/^per \d+ /.test(unit)) return { min: 0, max: Number(unit.split(' ')[1]) };
  return { min: 0, max: 1_000_000 };
}

/**
 * A number as Excel writes it: "7,5" and "7.5" are both seven and a half (Dutch Excel writes a decimal comma);
 * thousands separators ("1.234,5", "1,234.5", "1 234") and spaces, also non-breaking ones, are read; a
 * percentage cell ("16,8%") gives 16.8 with `percent` set, for the caller to accept only for a percentage.
 */
export function readNumber(text: string): { value: number; percent: boolean } | null {
  let t = text.replace(/[\s\u00a0\u202f\u2007\u2009]/g, '');
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1);
  let plain: string | null = null;
  if (/^\d{1,7}(?:[.,]\d{1,6})?$/.test(t)) plain = t.replace(',', '.');
  else {
    // Thousands grouped by one separator, a decimal part after the other one (or none).
    const m = t.match(/^(\d{1,3}(?:([.,])\d{3})(?:\2\d{3})*)(?:([.,])(\d{1,6}))?$/);
    if (
      m &&
      (m[3] === undefined || m[3] !== m[2]) &&
      (m[3] !== undefined || m[0].split(m[2] as string).length > 2)
    )
      plain = `${(m[1] as string).split(m[2] as string).join('')}${m[4] !== undefined ? `.${m[4]}` : ''}`;
  }
  if (plain === null || plain.replace('.', '').length > 13) return null;
  return { value: Number(plain), percent };
}

/** Control characters and invisible formatting go; a spreadsheet's protective apostrophe before = + - @ too. */
function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Cc}|\p{Cf}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'(?=[=+\-@])/, '');
}

export function validateMeasurement(
  raw: RawMeasurement,
  ctx: { knowledge: Knowledge; names: Names; currentYear: number },
): Validated {
  const problems: FieldProblem[] = [];
  const push = (field: Field | null, problem: Problem) => problems.push({ field, problem });

  const wijkText = cleanText(raw.wijk);
  const w = ctx.names.wijk(wijkText);
  let wijk: string | null = null;
  if (!w) push('wijk', { code: 'wijk_unknown', text: wijkText, suggestion: ctx.names.suggestWijk(wijkText) });
  else if ('outside' in w) push('wijk', { code: 'wijk_outside', text: wijkText, name: w.outside });
  else wijk = w.name;

  const indicatorText = cleanText(raw.indicator);
  let keys = ctx.names.indicators(indicatorText);
  // An ambiguous name is fine when only one of its meanings has a target in the wijk.
  if (keys.length > 1 && wijk) {
    const inWijk = keys.filter((k) =>
      ctx.knowledge.targets.some((t) => t.wijk === wijk && t.indicator === k),
    );
    if (inWijk.length === 1) keys = inWijk;
  }
  let indicator: string | null = null;
  if (keys.length === 0)
    push('indicator', {
      code: 'indicator_unknown',
      text: indicatorText,
      suggestion: ctx.names.suggestIndicator(indicatorText),
    });
  else if (keys.length > 1)
    push('indicator', {
      code: 'indicator_ambiguous',
      text: indicatorText,
      options: keys.sort().map((k) => indicatorName(ctx.knowledge.lexicon, k)),
    });
  else indicator = keys[0] ?? null;

  let target: Target | undefined;
  if (wijk && indicator) {
    target = ctx.knowledge.targets.find((t) => t.wijk === wijk && t.indicator === indicator);
    if (!target) {
      // Kanaleneiland counts burglaries and car break-ins together: point to the target that exists.
      const lex = ctx.knowledge.lexicon.indicators;
      const instead = ctx.knowledge.targets
        .filter(
          (t) =>
            t.wijk === wijk &&
            (lex.find((i) => i.key === t.indicator)?.standsInFor.includes(indicator as string) ||
              lex.find((i) => i.key === indicator)?.standsInFor.includes(t.indicator)),
        )
        .map((t) => indicatorName(ctx.knowledge.lexicon, t.indicator));
      push('indicator', {
        code: 'no_target',
        wijk,
        indicator: indicatorName(ctx.knowledge.lexicon, indicator),
        instead,
      });
    }
  }

  const yearText = raw.year.trim();
  let year: number | null = null;
  if (!/^\d{4}$/.test(yearText)) push('year', { code: 'year_invalid', text: yearText });
  else {
    year = Number(yearText);
    if (year < FIRST_YEAR || year > ctx.currentYear) {
      push('year', { code: 'year_range', year, min: FIRST_YEAR, max: ctx.currentYear });
      year = null;
    }
  }

  const read = readNumber(raw.value);
  const unit = target ? measurementUnit(target) : null;
  let value = read?.value ?? null;
  if (read === null) push('value', { code: 'value_invalid', text: raw.value.trim() });
  else if (read.percent && unit !== null && unit !== '%') {
    push('value', { code: 'value_percent', text: raw.value.trim(), unit });
    value = null;
  }
  if (value !== null && unit) {
    const { min, max } = plausibleRange(unit);
    if (value < min || value > max) push('value', { code: 'value_range', value, unit, min, max });
  }

  const source = cleanText(raw.source);
  if (!source) push('source', { code: 'source_missing' });
  else if (source.length > MAX_SOURCE) push('source', { code: 'text_too_long', max: MAX_SOURCE });
  const note = cleanText(raw.note);
  if (note.length > MAX_NOTE) push('note', { code: 'text_too_long', max: MAX_NOTE });

  if (problems.length > 0 || !target || year === null || value === null || !unit) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    target,
    row: {
      wijk: target.wijk,
      indicator: target.indicator,
      year,
      value,
      unit,
      source,
      note: note || null,
    },
  };
}
