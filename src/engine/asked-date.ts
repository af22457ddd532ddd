// The date a progress question asks about: "in 2010", "eind 2011", "per 1 juni 2010", "vorig jaar". Relative
// phrases count from the as-of date the caller gives (today, from the store's reader); the engine reads no
// clock. A year that names a target ("het doel voor 2017", "the 2011 target") is not a date asked about.
import { DateTime } from 'luxon';

export type AskedDate = {
  /** The as-of date to use, "2010-12-31". */
  asOf: string;
  /** How the question put it: the end of a year, or a day. */
  kind: 'year_end' | 'day';
};

const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  february: 2,
  feb: 2,
  maart: 3,
  march: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  augustus: 8,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH = Object.keys(MONTHS).join('|');

const day = (y: number, m: number, d: number): AskedDate | null => {
  const date = DateTime.fromObject({ year: y, month: m, day: d });
  return date.isValid ? { asOf: date.toISODate() as string, kind: 'day' } : null;
};
const yearEnd = (y: number): AskedDate => ({ asOf: `${y}-12-31`, kind: 'year_end' });

/** Words that make a following year a target's year, not the date asked about. */
const TARGET_BEFORE =
  /(doel|doelen|doelstelling|streefwaarde|streefcijfer|ambitie|mijlpaal|target|targets|goal|goals|milestone)\s*$/i;

/**
 * The date the question asks about, or null when it names none. `today` is the as-of date the answer would
 * otherwise use; a date after it is not used (the answer is as of today).
 */
export function askedDate(question: string, today: string): AskedDate | null {
  const q = ` ${question
    .toLowerCase()
    .replace(/[?!.,;:]/g, ' ')
    .replace(/\s+/g, ' ')} `;
  const todayYear = Number(today.slice(0, 4));
  const notAfterToday = (d: AskedDate | null) => (d && d.asOf <= today ? d : null);

  const iso = q.match(/ (\d{4})-(\d{2})-(\d{2}) /);
  if (iso) return notAfterToday(day(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  // "per 1 juni 2010", "on 1 June 2010", "1 juni 2010"
  const dmy = q.match(new RegExp(` (\\d{1,2}) (${MONTH}) ((?:19|20)\\d\\d) `));
  if (dmy) return notAfterToday(day(Number(dmy[3]), MONTHS[dmy[2] as string] as number, Number(dmy[1])));
  // "June 1, 2010"
  const mdy = q.match(new RegExp(` (${MONTH}) (\\d{1,2}) ((?:19|20)\\d\\d) `));
  if (mdy) return notAfterToday(day(Number(mdy[3]), MONTHS[mdy[1] as string] as number, Number(mdy[2])));
  // "eind 2011", "end of 2011", "begin 2012", "medio 2010"
  const edge = q.match(
    / (eind|einde|eind van|het einde van|ultimo|end of|the end of|begin|begin van|het begin van|start of|the start of|the beginning of|medio|halverwege|mid|midden) ((?:19|20)\d\d) /,
  );
  if (edge) {
    const y = Number(edge[2]);
    const which = edge[1] as string;
    const d = /^(begin|begin van|het begin van|start of|the start of|the beginning of)$/.test(which)
      ? day(y, 1, 1)
      : /^(medio|halverwege|mid|midden)$/.test(which)
        ? day(y, 7, 1)
        : yearEnd(y);
    return notAfterToday(d);
  }
  // "vorig jaar", "last year"
  if (
    / (vorig jaar|vorige jaar|afgelopen jaar|verleden jaar|last year|the previous year|previous year) /.test(
      q,
    )
  )
    return yearEnd(todayYear - 1);
  // "in 2010", "during 2010": the end of that year, unless the year is a target's ("het doel in 2017").
  for (const m of q.matchAll(/ (in|during|gedurende|tijdens|anno|as of|per) ((?:19|20)\d\d) /g)) {
    if (TARGET_BEFORE.test(q.slice(0, m.index))) continue;
    const y = Number(m[2]);
    if (y >= todayYear) continue;
    return yearEnd(y);
  }
  return null;
}

/** What opens a follow-up before its date: "en", "and what about", "hoe zat het". */
const DATE_OPENER =
  /^(?:(?:and|en|ok|oke|so|dus) )?(?:(?:what|how) about |(?:en )?hoe zat het |(?:en )?hoe zit het |wat dacht je van |then |dan )?/;
const YEAR = '(?:19|20)\\d\\d';
/** A date and nothing else: the forms askedDate reads, with a preposition before them at most. */
const ONLY_DATE = new RegExp(
  `^(?:(?:per|op|on|at|as of|by|tegen|aan) )?(?:${[
    '\\d{4}-\\d{2}-\\d{2}',
    `\\d{1,2} (?:${MONTH}) ${YEAR}`,
    `(?:${MONTH}) \\d{1,2} ${YEAR}`,
    `(?:het |the )?(?:eind van|einde van|eind|einde|ultimo|end of|begin van|begin|start of|beginning of|medio|halverwege|mid|midden) ${YEAR}`,
    `(?:in|during|gedurende|tijdens|anno|as of|per) ${YEAR}`,
    'vorig jaar|vorige jaar|afgelopen jaar|verleden jaar|last year|the previous year|previous year',
  ].join('|')})(?: (?:dan|then))?$`,
);

/**
 * The message names a date and nothing else ("en eind 2011?", "and at the end of 2010?", "per 1 juni
 * 2010?"): in a conversation about progress it asks the same question as of that date, not a target's year.
 */
export function onlyADate(question: string): boolean {
  const q = question
    .toLowerCase()
    .replace(/[?!.,;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(DATE_OPENER, '');
  return ONLY_DATE.test(q);
}
