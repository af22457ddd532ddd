// Dates as the municipality means them: the day and year in Amsterdam, whatever the server's zone.
import { DateTime } from 'luxon';

export const ZONE = 'Europe/Amsterdam';

/** Today's date in Amsterdam, "2026-11-28". */
export function today(now: number = Date.now()): string {
  return DateTime.fromMillis(now, { zone: ZONE }).toISODate() as string;
}

export function currentYear(now: number = Date.now()): number {
  return DateTime.fromMillis(now, { zone: ZONE }).year;
}

/** An as-of date ("2010-06-01") from user input; null when it is not a real calendar date. */
export function parseAsOf(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return null;
  const d = DateTime.fromISO(text.trim(), { zone: ZONE });
  return d.isValid && d.year >= 2000 && d.year <= 2100 ? (d.toISODate() as string) : null;
}
