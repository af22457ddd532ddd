// Schedule arithmetic, tested directly (not by advancing a fake clock): local time across both DST
// changes, Dutch public holidays, downtime, and new subscriptions.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE,
  duePeriod,
  nextRun,
  parseTime,
  parseWeekday,
  scheduledFor,
} from '../../src/digest/schedule.js';

const ms = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();
const local = (t: DateTime) => t.setZone('Europe/Amsterdam').toISO({ suppressMilliseconds: true });
const LONG_AGO = ms('2000-01-01T00:00:00Z');

describe('when a weekly digest is due', () => {
  it('is Monday 09:00 Amsterdam in winter and in summer (08:00 and 07:00 UTC)', () => {
    expect(local(scheduledFor(DEFAULT_SCHEDULE, DateTime.fromISO('2027-01-13T12:00:00Z')))).toBe(
      '2027-01-11T09:00:00+01:00',
    );
    expect(local(scheduledFor(DEFAULT_SCHEDULE, DateTime.fromISO('2027-06-09T12:00:00Z')))).toBe(
      '2027-06-07T09:00:00+02:00',
    );
  });

  it('goes out once a week around the March and October clock changes, at 09:00 local each time', () => {
    // Every 15 minutes from 2027-03-20 to 2027-04-06 and 2027-10-23 to 2027-11-09, as a scheduler ticks.
    for (const [from, to] of [
      ['2027-03-20T00:00:00Z', '2027-04-06T00:00:00Z'],
      ['2027-10-23T00:00:00Z', '2027-11-09T00:00:00Z'],
    ]) {
      const posted = new Map<string, string>();
      for (let t = ms(from as string); t < ms(to as string); t += 15 * 60_000) {
        const due = duePeriod(DEFAULT_SCHEDULE, t, ms(from as string));
        if (due && !posted.has(due.period)) posted.set(due.period, local(DateTime.fromMillis(t)) as string);
      }
      expect([...posted.values()].every((when) => when.includes('T09:00:00'))).toBe(true);
      expect(posted.size).toBe(3);
    }
  });

  it('runs a time inside the spring-forward gap after the change, and the doubled autumn hour once', () => {
    // Holidays off: 28 March 2027 is Easter Sunday, which would move it.
    const night = { ...DEFAULT_SCHEDULE, weekday: 7, time: '02:30', holidays: false };
    expect(local(scheduledFor(night, DateTime.fromISO('2027-03-27T12:00:00Z')))).toBe(
      '2027-03-28T03:30:00+02:00',
    );
    // 02:30 happens twice on 2027-10-31: the first one (+02:00) is the time.
    expect(local(scheduledFor(night, DateTime.fromISO('2027-10-30T12:00:00Z')))).toBe(
      '2027-10-31T02:30:00+02:00',
    );
    const ticks: string[] = [];
    for (let t = ms('2027-10-31T00:00:00+02:00'); t < ms('2027-10-31T04:00:00+01:00'); t += 60_000) {
      const due = duePeriod(night, t, LONG_AGO);
      if (due && due.period === '2027-W43' && !ticks.includes(due.period)) ticks.push(due.period);
    }
    expect(ticks).toEqual(['2027-W43']);
  });

  it('moves a digest off Whit Monday 2009 (1 June) and King’s Day to the next working day, unless turned off', () => {
    expect(local(scheduledFor(DEFAULT_SCHEDULE, DateTime.fromISO('2009-06-03T12:00:00Z')))).toBe(
      '2009-06-02T09:00:00+02:00',
    );
    expect(
      local(scheduledFor({ ...DEFAULT_SCHEDULE, holidays: false }, DateTime.fromISO('2009-06-03T12:00:00Z'))),
    ).toBe('2009-06-01T09:00:00+02:00');
    const tuesday = { ...DEFAULT_SCHEDULE, weekday: 2 };
    expect(local(scheduledFor(tuesday, DateTime.fromISO('2027-04-26T12:00:00Z')))).toBe(
      '2027-04-28T09:00:00+02:00',
    );
    // Liberation Day (5 May) is not a day off for most: no move.
    const wednesday = { ...DEFAULT_SCHEDULE, weekday: 3 };
    expect(local(scheduledFor(wednesday, DateTime.fromISO('2027-05-05T12:00:00Z')))).toBe(
      '2027-05-05T09:00:00+02:00',
    );
    expect(duePeriod(DEFAULT_SCHEDULE, ms('2009-06-01T10:00:00+02:00'), LONG_AGO)?.period).toBe('2009-W22');
    expect(
      duePeriod(DEFAULT_SCHEDULE, ms('2009-06-01T10:00:00+02:00'), ms('2009-05-26T00:00:00Z')),
    ).toBeNull();
    expect(
      duePeriod(DEFAULT_SCHEDULE, ms('2009-06-02T09:00:00+02:00'), ms('2009-05-26T00:00:00Z'))?.period,
    ).toBe('2009-W23');
  });

  it('gives one period after three weeks of downtime: the latest whose time has passed', () => {
    expect(
      duePeriod(DEFAULT_SCHEDULE, ms('2027-06-30T15:00:00+02:00'), ms('2027-06-01T00:00:00Z')),
    ).toMatchObject({
      period: '2027-W26',
    });
  });

  it('lets a new subscription wait for its first time', () => {
    const created = ms('2027-06-09T12:00:00+02:00'); // a Wednesday
    expect(duePeriod(DEFAULT_SCHEDULE, ms('2027-06-10T12:00:00+02:00'), created)).toBeNull();
    expect(local(nextRun(DEFAULT_SCHEDULE, created))).toBe('2027-06-14T09:00:00+02:00');
    expect(duePeriod(DEFAULT_SCHEDULE, ms('2027-06-14T09:00:00+02:00'), created)?.period).toBe('2027-W24');
  });

  it('reads weekdays and times in both languages', () => {
    expect(['monday', 'Maandag', 'ma', 'FRI', 'zondag'].map(parseWeekday)).toEqual([1, 1, 1, 5, 7]);
    expect(parseWeekday('someday')).toBeNull();
    expect(['9:00', '09:00', '17.30', '24:00', '9'].map(parseTime)).toEqual([
      '09:00',
      '09:00',
      '17:30',
      null,
      null,
    ]);
  });
});
