// Replies of `charterbot audit ...` (export, prune, legal hold) and its refusals, Dutch and English.
import type { Language } from '../engine/types.js';
import { count } from './catalogue.js';

/** "1 regel" / "5 regels"; "1 record" / "5 records". */
const records = (n: number, lang: Language) =>
  lang === 'nl' ? count(n, lang, 'regel', 'regels') : count(n, lang, 'record', 'records');

/** Written to stderr after an export, so stdout stays the file. */
export function exportedText(n: number, lang: Language): string {
  return lang === 'nl'
    ? `${records(n, lang)} uit het auditlog geëxporteerd`
    : `${records(n, lang)} exported from the audit log`;
}

/** The export wrote fewer or more records than the database holds for the range. */
export function exportIncompleteText(written: number, held: number, lang: Language): string {
  return lang === 'nl'
    ? `${records(written, lang)} geëxporteerd, maar de database bevat er ${held}`
    : `exported ${records(written, lang)} but the database holds ${held}`;
}

export function prunedText(deleted: number, before: string, lang: Language): string {
  return lang === 'nl'
    ? `${records(deleted, lang)} van vóór ${before} verwijderd (regels onder juridische bewaarplicht bewaard)`
    : `${records(deleted, lang)} older than ${before} deleted (records under legal hold kept)`;
}

export function heldText(changed: number, asked: number, release: boolean, lang: Language): string {
  if (lang === 'nl')
    return `${changed} van ${records(asked, lang)} ${release ? 'vrijgegeven van de' : 'onder'} juridische bewaarplicht${release ? '' : ' gezet'}`;
  return `${changed} of ${records(asked, lang)} ${release ? 'released from' : 'put under'} legal hold`;
}

/** What is wrong with an audit command's options. */
export type AuditProblem =
  | { kind: 'date'; option: '--since' | '--until'; given: string }
  | { kind: 'days'; given: string }
  | { kind: 'excel_csv' };

export function auditProblemText(p: AuditProblem, lang: Language): string {
  const nl = lang === 'nl';
  switch (p.kind) {
    case 'date':
      return nl
        ? `${p.option} "${p.given}" is geen datum: gebruik er een zoals 2026-01-31 of 2026-01-31T12:00:00Z`
        : `${p.option} "${p.given}" is not a date: use one like 2026-01-31 or 2026-01-31T12:00:00Z`;
    case 'days':
      return nl
        ? `--older-than-days "${p.given}" is geen geheel aantal dagen (1 of meer)`
        : `--older-than-days "${p.given}" is not a whole number of days (1 or more)`;
    case 'excel_csv':
      return nl ? '--excel hoort bij --format csv' : '--excel goes with --format csv';
  }
}
