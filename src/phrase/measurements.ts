// Problems with a measurement (a CSV row, a chat command) in words, Dutch and English.
import type { Lexicon } from '../charter/schema.js';
import type { Language } from '../engine/types.js';
import { type IndicatorName, indicatorName, type Problem } from '../measurements/validate.js';
import type { Measurement } from '../progress/types.js';
import type { NewMeasurement, SaveCounts } from '../store/store.js';
import { count } from './catalogue.js';
import { num, valueWithUnit } from './numbers.js';
import { joinList } from './wording.js';

/** "inbraken/autokraken samen (gecombineerd doel)": the indicator's name in the language, never its key. */
export const named = (i: IndicatorName, lang: Language) =>
  `${i[lang]}${i.combined && lang === 'nl' ? ' (gecombineerd doel)' : ''}`;

const q = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;

export function problemText(p: Problem, lang: Language): string {
  const nl = lang === 'nl';
  switch (p.code) {
    case 'wijk_unknown':
      return nl
        ? `${q(p.text)} is geen wijk van het charter${p.suggestion ? `; bedoelt u ${p.suggestion}?` : ''} (Kanaleneiland, Ondiep, Overvecht of Zuilen-Oost)`
        : `${q(p.text)} is not a wijk of the charter${p.suggestion ? `; did you mean ${p.suggestion}?` : ''} (Kanaleneiland, Ondiep, Overvecht or Zuilen-Oost)`;
    case 'wijk_outside':
      return nl
        ? `${p.name} valt buiten het charter: het heeft alleen doelen voor Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost`
        : `${p.name} is outside the charter: it has targets for Kanaleneiland, Ondiep, Overvecht and Zuilen-Oost only`;
    case 'indicator_unknown':
      return nl
        ? `${q(p.text)} is geen indicator van het charter${p.suggestion ? `; bedoelt u ${p.suggestion}?` : ''}`
        : `${q(p.text)} is not an indicator of the charter${p.suggestion ? `; did you mean ${p.suggestion}?` : ''}`;
    case 'indicator_ambiguous':
      return nl
        ? `${q(p.text)} kan meerdere indicatoren zijn: gebruik ${joinList(
            p.options.map((o) => q(o.nl)),
            lang,
            'disjunction',
          )}`
        : `${q(p.text)} can mean more than one indicator: use ${joinList(
            p.options.map((o) => q(o.en)),
            lang,
            'disjunction',
          )}`;
    case 'no_target':
      return nl
        ? `het charter heeft voor ${p.wijk} geen doel voor ${named(p.indicator, lang)}${p.instead.length ? `; het doel daar is ${p.instead.map((i) => named(i, lang)).join(', ')}` : ''}`
        : `the charter has no ${named(p.indicator, lang)} target for ${p.wijk}${p.instead.length ? `; its target there is ${p.instead.map((i) => named(i, lang)).join(', ')}` : ''}`;
    case 'year_invalid':
      return nl ? `${q(p.text)} is geen jaartal` : `${q(p.text)} is not a year`;
    case 'year_no_milestone':
      return nl
        ? `${p.wijk} heeft in ${p.year} geen mijlpaal voor ${named(p.indicator, lang)}; wel in ${joinList(p.years.map(String), lang)}`
        : `${p.wijk} has no ${named(p.indicator, lang)} milestone in ${p.year}; it has one in ${joinList(p.years.map(String), lang)}`;
    case 'year_range':
      return nl
        ? `${p.year} ligt niet tussen ${p.min} en ${p.max}`
        : `${p.year} is not between ${p.min} and ${p.max}`;
    case 'value_invalid':
      return nl
        ? `${q(p.text)} is geen getal (schrijf bijvoorbeeld 7,5 of 7.5)`
        : `${q(p.text)} is not a number (write for example 7.5 or 7,5)`;
    case 'value_range':
      return nl
        ? `${num(p.value, lang)} kan niet voor een waarde in ${p.unit}: verwacht ${num(p.min, lang)} tot ${num(p.max, lang)}`
        : `${num(p.value, lang)} is not plausible for a value in ${p.unit}: expected ${num(p.min, lang)} to ${num(p.max, lang)}`;
    case 'value_percent':
      return nl
        ? `${q(p.text)} is een percentage, maar dit doel wordt gemeten in ${p.unit}: laat het %-teken weg als de waarde klopt`
        : `${q(p.text)} is a percentage, but this target is measured in ${p.unit}: leave out the % sign if the value is right`;
    case 'source_missing':
      return nl
        ? 'de bron ontbreekt (bijvoorbeeld "Wijkenmonitor 2009")'
        : 'the source is missing (for example "Wijkenmonitor 2009")';
    case 'text_too_long':
      return nl ? `langer dan ${p.max} tekens` : `longer than ${p.max} characters`;
    case 'columns':
      return nl
        ? `${p.count} kolommen; verwacht 5 of 6: wijk, indicator, jaar, waarde, bron[, toelichting]`
        : `${p.count} columns; expected 5 or 6: wijk, indicator, year, value, source[, note]`;
    case 'duplicate':
      return nl
        ? `dezelfde wijk, indicator en jaar als regel ${p.line}, met een andere waarde`
        : `the same wijk, indicator and year as line ${p.line}, with a different value`;
    case 'empty_file':
      return nl ? 'het bestand bevat geen metingen' : 'the file holds no measurements';
    case 'header':
      return nl
        ? `kopregel: ${p.unknown !== null ? `onbekende kolom ${q(p.unknown)}` : `${p.missing.join(', ')} ontbreekt`}; gebruik wijk, indicator, year, value, source[, note]`
        : `header row: ${p.unknown !== null ? `unknown column ${q(p.unknown)}` : `${p.missing.join(', ')} missing`}; use wijk, indicator, year, value, source[, note]`;
    case 'unreadable':
      return nl ? `geen leesbare CSV (${p.detail})` : `not readable as CSV (${p.detail})`;
    case 'encoding_mixed':
      return nl
        ? 'deze regel is geen UTF-8 en andere regels wel: het bestand mengt UTF-8 en Windows-1252; sla het opnieuw op als "CSV UTF-8"'
        : 'this line is not UTF-8 while other lines are: the file mixes UTF-8 and Windows-1252; save it again as "CSV UTF-8"';
    case 'nul_byte':
      return nl
        ? 'een NUL-byte: geen tekst (een binair bestand, of UTF-16 zonder byte-order mark); sla het op als "CSV UTF-8"'
        : 'a NUL byte: not text (a binary file, or UTF-16 without its byte-order mark); save it as "CSV UTF-8"';
    case 'quote_unclosed':
      return nl
        ? 'hier begint een aanhalingsteken (") dat nergens wordt gesloten'
        : 'a quote (") opens here and is never closed';
  }
}

/** "Ondiep, woninginbraken, 2010: 26 per 1000 woningen (Wijkenmonitor 2010)": a measurement in words. */
function measurementText(r: NewMeasurement, lexicon: Pick<Lexicon, 'indicators'>, lang: Language): string {
  const note = r.note ? `; ${r.note}` : '';
  return `${r.wijk}, ${named(indicatorName(lexicon, r.indicator), lang)}, ${r.year}: ${valueWithUnit(r.value, r.unit, lang)} (${r.source}${note})`;
}

/** What an import noticed about the file itself: its encoding, rows it counted once. */
type ImportNotes = { encoding: string; repeated: number };

function notesText(n: ImportNotes, lang: Language): string[] {
  const nl = lang === 'nl';
  const notes: string[] = [];
  if (n.encoding !== 'utf-8') notes.push(nl ? `gelezen als ${n.encoding}` : `read as ${n.encoding}`);
  if (n.repeated > 0)
    notes.push(
      nl
        ? `${count(n.repeated, lang, 'herhaalde regel', 'herhaalde regels')} één keer geteld`
        : `${count(n.repeated, lang, 'repeated row', 'repeated rows')} counted once`,
    );
  return notes;
}

/** The reply to `measurements import`: what was stored, changed and left alone. */
export function importReply(file: string, counts: SaveCounts, n: ImportNotes, lang: Language): string {
  const nl = lang === 'nl';
  const notes = notesText(n, lang);
  const tail = notes.length ? ` (${notes.join('; ')})` : '';
  if (counts.added === 0 && counts.changed === 0)
    return nl
      ? `${file}: niets veranderd: alle ${counts.unchanged} waarden zijn al opgeslagen${tail}`
      : `${file}: nothing changed: all ${counts.unchanged} values are already stored${tail}`;
  return nl
    ? `${file}: ${counts.added} nieuwe en ${counts.changed} gecorrigeerde waarden opgeslagen (eerdere waarden blijven in de geschiedenis); ${counts.unchanged} ongewijzigd${tail}`
    : `${file}: stored ${counts.added} new and ${counts.changed} corrected values (earlier values kept in the history); ${counts.unchanged} unchanged${tail}`;
}

/** The reply to `measurements import --dry-run`: what an import would add and change, line by line. */
export function dryRunReply(
  file: string,
  plan: {
    added: NewMeasurement[];
    changed: Array<{ before: Measurement; after: NewMeasurement }>;
    unchanged: NewMeasurement[];
  },
  n: ImportNotes,
  lexicon: Pick<Lexicon, 'indicators'>,
  lang: Language,
): string {
  const nl = lang === 'nl';
  const notes = notesText(n, lang);
  const total = plan.added.length + plan.changed.length + plan.unchanged.length;
  const more = notes.length ? `; ${notes.join('; ')}` : '';
  return [
    nl
      ? `${file}: ${total} waarden (proefimport, niets opgeslagen${more})`
      : `${file}: ${total} values (dry run, nothing stored${more})`,
    nl
      ? `zou ${plan.added.length} toevoegen, ${plan.changed.length} wijzigen en ${plan.unchanged.length} ongewijzigd laten`
      : `would add ${plan.added.length}, change ${plan.changed.length}, leave ${plan.unchanged.length} unchanged`,
    ...plan.added.map((r) => `+ ${measurementText(r, lexicon, lang)}`),
    ...plan.changed.map(
      (c) =>
        `~ ${measurementText(c.after, lexicon, lang)}; was ${valueWithUnit(c.before.value, c.before.unit, lang)} (${c.before.source})`,
    ),
  ].join('\n');
}
