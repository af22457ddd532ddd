// The reply to a chat "record" command, in Dutch or English: what was stored, the target it belongs to,
// and that target's status now.
import type { RecordOutcome } from '../app/record-measurement.js';
import type { Lexicon } from '../charter/schema.js';
import { problemText } from './measurements.js';
import { valueWithUnit } from './numbers.js';
import { indicatorLabel, reasonText, statusWord } from './progress.js';

export function recordUsage(command: string, lang: 'nl' | 'en'): string {
  return lang === 'nl'
    ? `Gebruik: ${command} <wijk> <indicator> <jaar> <waarde> bron <tekst>, bijvoorbeeld: ${command} Ondiep woninginbraken 2009 30 bron Wijkenmonitor 2009`
    : `Usage: ${command} <wijk> <indicator> <year> <value> source <text>, for example: ${command} Ondiep burglary 2009 30 source Wijkenmonitor 2009`;
}

export function recordReply(outcome: RecordOutcome, lexicon: Lexicon, command: string): string {
  const nl = outcome.lang === 'nl';
  switch (outcome.kind) {
    case 'usage':
      return recordUsage(command, outcome.lang);
    case 'refused':
      return nl
        ? 'Alleen beheerders kunnen metingen vastleggen. Er is niets opgeslagen. Vraag een beheerder om u toe te voegen aan ADMINS.'
        : 'Only admins can record measurements. Nothing was stored. Ask an administrator to add you to ADMINS.';
    case 'invalid':
      return `${nl ? 'Niet opgeslagen' : 'Not stored'}: ${outcome.problems.map((p) => problemText(p.problem, outcome.lang)).join('; ')}.\n${recordUsage(command, outcome.lang)}`;
    case 'recorded': {
      const { row, target, progress } = outcome;
      const lang = outcome.lang;
      const value = valueWithUnit(row.value, row.unit, lang);
      const what = `${row.wijk}, ${indicatorLabel(lexicon, target, lang)}, ${row.year}: ${value} (${nl ? 'bron' : 'source'}: ${row.source})`;
      const head =
        outcome.change === 'unchanged'
          ? nl
            ? `Al vastgelegd, niets gewijzigd: ${what}.`
            : `Already recorded, nothing changed: ${what}.`
          : outcome.change === 'changed' && outcome.previous
            ? nl
              ? `Gecorrigeerd: ${what}. De eerdere waarde ${valueWithUnit(outcome.previous.value, row.unit, lang)} (${outcome.previous.source}) blijft in de geschiedenis.`
              : `Corrected: ${what}. The earlier value ${valueWithUnit(outcome.previous.value, row.unit, lang)} (${outcome.previous.source}) stays in the history.`
            : nl
              ? `Vastgelegd: ${what}.`
              : `Recorded: ${what}.`;
      const belongs = nl
        ? `Het hoort bij het doel in het charter: “${target.quote}” [${target.clauseId}].`
        : `It belongs to the charter's target: “${target.quote}” [${target.clauseId}].`;
      const status = nl
        ? `Status nu: ${statusWord(progress.status, lang)}. ${reasonText(progress, lang)}`
        : `Status now: ${statusWord(progress.status, lang)}. ${reasonText(progress, lang)}`;
      return `${head}\n${belongs}\n${status}`;
    }
  }
}
