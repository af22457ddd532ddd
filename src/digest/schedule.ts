// When a weekly digest is due: a weekday and time in a zone (default Monday 09:00 Europe/Amsterdam), correct
// across daylight-saving changes, moved off Dutch public holidays to the next working day unless turned off.
// One period per ISO week ("2027-W23"); after downtime only the latest passed period counts.
import Holidays from 'date-holidays';
import { DateTime, type WeekdayNumbers } from 'luxon';

export type Schedule = {
  /** 1 = Monday ... 7 = Sunday (ISO). */
  weekday: number;
  /** "09:00", local time in `zone`. */
  time: string;
  zone: string;
  /** Move a digest that falls on a Dutch public holiday to the next working day. */
  holidays: boolean;
};

export const DEFAULT_SCHEDULE: Schedule = {
  weekday: 1,
  time: '09:00',
  zone: 'Europe/Amsterdam',
  holidays: true,
};

const nl = new Holidays('NL');

const holidayMemo = new Map<string, boolean>();

/** Public holidays only: Bevrijdingsdag is a school holiday in date-holidays, not a day off for most. */
export function isPublicHoliday(day: DateTime): boolean {
  const key = day.toISODate() ?? '';
  let known = holidayMemo.get(key);
  if (known === undefined) {
    const found = nl.isHoliday(day.set({ hour: 12 }).toJSDate());
    known = Array.isArray(found) && found.some((h) => h.type === 'public');
    if (holidayMemo.size < 20_000) holidayMemo.set(key, known);
  }
  return known;
}

const isWorkingDay = (day: DateTime) => day.weekday <= 5 && !isPublicHoliday(day);

/**
 * The wall-clock time on a day in the zone. Inside the spring-forward gap (02:00-03:00 does not exist) it
 * is the same time after the change (02:30 -> 03:30); in the doubled autumn hour it is the first 02:30.
 */
function at(day: DateTime, time: string, zone: string): DateTime {
  const [hour, minute] = time.split(':').map(Number);
  const t = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone });
  const hourEarlier = t.minus({ hours: 1 });
  return hourEarlier.hour === t.hour && hourEarlier.minute === t.minute ? hourEarlier : t;
}

/** The period a week is: its ISO week ("2027-W23"). */
export function periodOf(day: DateTime): string {
  return `${day.weekYear}-W${String(day.weekNumber).padStart(2, '0')}`;
}

/** When the digest of the ISO week that holds `day` goes out. */
export function scheduledFor(s: Schedule, day: DateTime): DateTime {
  const local = day.setZone(s.zone);
  let date = DateTime.fromObject(
    { weekYear: local.weekYear, weekNumber: local.weekNumber, weekday: s.weekday as WeekdayNumbers },
    { zone: s.zone },
  );
  if (s.holidays && isPublicHoliday(date)) {
    do date = date.plus({ days: 1 });
    while (!isWorkingDay(date));
  }
  return at(date, s.time, s.zone);
}

/**
 * The period due at `now`, if any: the latest week whose digest time has passed (this week's, or last week's
 * when a holiday moved it into this week), and not before `since` (a new subscription waits for its first time).
 */
export function duePeriod(s: Schedule, now: number, since: number): { period: string; at: DateTime } | null {
  const local = DateTime.fromMillis(now, { zone: s.zone });
  const candidates = [local, local.minus({ weeks: 1 })].map((d) => ({
    period: periodOf(d.setZone(s.zone)),
    at: scheduledFor(s, d),
  }));
  const passed = candidates.filter((c) => c.at.toMillis() <= now && c.at.toMillis() >= since);
  passed.sort((a, b) => b.at.toMillis() - a.at.toMillis());
  return passed[0] ?? null;
}

/** The next time a digest goes out after `now`. */
export function nextRun(s: Schedule, now: number): DateTime {
  const local = DateTime.fromMillis(now, { zone: s.zone });
  for (let w = 0; w < 3; w++) {
    const t = scheduledFor(s, local.plus({ weeks: w }));
    if (t.toMillis() > now) return t;
  }
  return scheduledFor(s, local.plus({ weeks: 3 }));
}

/** "monday" / "maandag" / "mon" / "ma" -> 1; null when it is not a weekday. */
export function parseWeekday(text: string): number | null {
  const t = text.trim().toLowerCase();
  const names = [
    ['monday', 'mon', 'maandag', 'ma'],
    ['tuesday', 'tue', 'dinsdag', 'di'],
    ['wednesday', 'wed', 'woensdag', 'wo'],
    ['thursday', 'thu', 'donderdag', 'do'],
    ['friday', 'fri', 'vrijdag', 'vr'],
    ['saturday', 'sat', 'zaterdag', 'za'],
    ['sunday', 'sun', 'zondag', 'zo'],
  ];
  const i = names.findIndex((n) => n.includes(t));
  return i >= 0 ? i + 1 : null;
}

/** "9:00" / "09:00" -> "09:00"; null when it is not a time of day. */
export function parseTime(text: string): string | null {
  const m = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(text.trim());
  return m ? `${(m[1] ?? '').padStart(2, '0')}:${m[2]}` : null;
}

export const isZone = (zone: string) => DateTime.local().setZone(zone).isValid;
