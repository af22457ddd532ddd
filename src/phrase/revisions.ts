// The replies of `targets revise`, Dutch and English: the proposed revisions as a table and what was recorded.
import type { Lexicon } from '../charter/schema.js';
import type { Language } from '../engine/types.js';
import { indicatorName } from '../measurements/validate.js';
import { measurementUnit } from '../progress/evaluate.js';
import type { RevisionProposal } from '../progress/revise.js';
import type { SaveCounts } from '../store/store.js';
import { count, messages } from './catalogue.js';
import { named } from './measurements.js';
import { num, valueWithUnit } from './numbers.js';

export function revisionHead(basisYear: number, lang: Language): string[] {
  return lang === 'nl'
    ? ['Wijk', 'Indicator', 'Jaar', 'Charter', 'Bijgesteld (zelfde doel/nulmeting)', `Basis (${basisYear})`]
    : ['Wijk', 'Indicator', 'Year', 'Charter', 'Revised (keeps target/baseline)', `Basis (${basisYear})`];
}

/** One proposal as a table row: the charter's milestone, the revised one, and the measurement it rests on. */
export function revisionRow(
  p: RevisionProposal,
  lexicon: Pick<Lexicon, 'indicators'>,
  lang: Language,
): string[] {
  const t = p.target;
  const name = indicatorName(lexicon, t.indicator);
  const change = t.targets.find((v) => v.year === p.year)?.value ?? 0;
  const sign = t.direction === 'down' ? '−' : '+';
  const unit = measurementUnit(t);
  return [
    t.wijk,
    named(name, lang),
    String(p.year),
    p.charterLevel !== null
      ? valueWithUnit(p.charterLevel, t.unit, lang)
      : `${sign}${num(change, lang)}% ${messages(lang).versus} ${t.baseline?.year ?? 2006}`,
    valueWithUnit(p.value, unit, lang),
    `${valueWithUnit(p.basis.value, unit, lang)} (${p.basis.source})`,
  ];
}

export function noZeroMeasurement(year: number, lang: Language): string {
  return lang === 'nl'
    ? `geen enkel doel heeft een meting uit ${year}: importeer eerst de nulmeting`
    : `no target has a ${year} measurement: import the zero measurement first`;
}

export function proposedReply(n: number, lang: Language): string {
  return lang === 'nl'
    ? `${count(n, lang, 'bijstelling', 'bijstellingen')} voorgesteld; voer de opdracht opnieuw uit met --apply om ze vast te leggen`
    : `${count(n, lang, 'revision', 'revisions')} proposed; run again with --apply to record them`;
}

export function recordedReply(counts: SaveCounts, lang: Language): string {
  const nl = lang === 'nl';
  if (counts.added + counts.changed === 0)
    return nl
      ? `niets veranderd: alle ${counts.unchanged} bijstellingen zijn al vastgelegd`
      : `nothing changed: all ${counts.unchanged} revisions are already recorded`;
  return nl
    ? `${counts.added} nieuwe en ${counts.changed} vervangen bijstellingen vastgelegd; ${counts.unchanged} ongewijzigd`
    : `recorded ${counts.added} new and ${counts.changed} replaced revisions; ${counts.unchanged} unchanged`;
}
