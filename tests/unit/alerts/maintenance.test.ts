import { describe, expect, it } from 'vitest';
import { maintenanceAt, occurrenceAt, type MaintenanceWindow } from '../../../electron/core/common/alerts/maintenance.ts';
import { isTimeZone, localToUtc } from '../../../electron/core/common/alerts/time-zone.ts';

const HOUR = 3600 * 1000;
const utc = (iso: string) => Date.parse(iso);

/** "Sunday 02:00–06:00 America/New_York". */
const sundayNight: MaintenanceWindow = {
  kind: 'weekly',
  days: [0],
  start: { hour: 2, minute: 0 },
  durationMs: 4 * HOUR,
  timeZone: 'America/New_York',
};

describe('maintenance windows', () => {
  it('Sunday 02:00–06:00 America/New_York in winter (UTC−5)', () => {
    expect(occurrenceAt(sundayNight, utc('2026-01-04T06:59:59Z'))).toBeNull();
    expect(occurrenceAt(sundayNight, utc('2026-01-04T07:00:00Z'))).toMatchObject({
      start: utc('2026-01-04T07:00:00Z'),
      end: utc('2026-01-04T11:00:00Z'),
    });
    expect(occurrenceAt(sundayNight, utc('2026-01-04T10:59:59Z'))).not.toBeNull();
    expect(occurrenceAt(sundayNight, utc('2026-01-04T11:00:00Z'))).toBeNull();
    // Monday at the same local time is not in it.
    expect(occurrenceAt(sundayNight, utc('2026-01-05T08:00:00Z'))).toBeNull();
  });

  it('Sunday 02:00–06:00 America/New_York in summer (UTC−4)', () => {
    expect(occurrenceAt(sundayNight, utc('2026-07-05T05:59:00Z'))).toBeNull();
    expect(occurrenceAt(sundayNight, utc('2026-07-05T06:00:00Z'))?.start).toBe(utc('2026-07-05T06:00:00Z'));
    expect(occurrenceAt(sundayNight, utc('2026-07-05T10:00:00Z'))).toBeNull();
  });

  it('on the spring-forward Sunday, 02:00 does not exist and the window starts when the clock jumps to 03:00', () => {
    expect(occurrenceAt(sundayNight, utc('2026-03-08T06:59:00Z'))).toBeNull();
    expect(occurrenceAt(sundayNight, utc('2026-03-08T07:00:00Z'))).toMatchObject({
      start: utc('2026-03-08T07:00:00Z'),
      end: utc('2026-03-08T11:00:00Z'),
    });
  });

  it('on the fall-back Sunday, 02:00 is standard time, and an ambiguous 01:30 is the earlier one', () => {
    expect(occurrenceAt(sundayNight, utc('2026-11-01T07:00:00Z'))?.start).toBe(utc('2026-11-01T07:00:00Z'));
    expect(localToUtc({ year: 2026, month: 11, day: 1 }, { hour: 1, minute: 30 }, 'America/New_York')).toBe(utc('2026-11-01T05:30:00Z'));
  });

  it('Wednesday 22:00–02:00 crosses midnight into Thursday', () => {
    const window: MaintenanceWindow = { kind: 'weekly', days: [3], start: { hour: 22, minute: 0 }, durationMs: 4 * HOUR, timeZone: 'Europe/Berlin' };
    // 2026-01-07 is a Wednesday; Berlin is UTC+1 in winter.
    expect(occurrenceAt(window, utc('2026-01-07T20:59:00Z'))).toBeNull();
    expect(occurrenceAt(window, utc('2026-01-07T21:00:00Z'))).not.toBeNull();
    expect(occurrenceAt(window, utc('2026-01-07T23:30:00Z'))).not.toBeNull();
    expect(occurrenceAt(window, utc('2026-01-08T00:59:00Z'))).not.toBeNull();
    expect(occurrenceAt(window, utc('2026-01-08T01:00:00Z'))).toBeNull();
  });

  it('a day of the month, skipping months without that day', () => {
    const window: MaintenanceWindow = { kind: 'monthly', dayOfMonth: 31, start: { hour: 0, minute: 0 }, durationMs: HOUR, timeZone: 'UTC' };
    expect(occurrenceAt(window, utc('2026-01-31T00:30:00Z'))).not.toBeNull();
    expect(occurrenceAt(window, utc('2026-02-28T00:30:00Z'))).toBeNull();
    expect(occurrenceAt(window, utc('2026-03-03T00:30:00Z'))).toBeNull();
    expect(occurrenceAt(window, utc('2026-03-31T00:30:00Z'))).not.toBeNull();
  });

  it('every N days from a start date', () => {
    const window: MaintenanceWindow = {
      kind: 'every-days',
      everyDays: 3,
      from: { year: 2026, month: 1, day: 1 },
      start: { hour: 12, minute: 0 },
      durationMs: HOUR,
      timeZone: 'UTC',
    };
    expect(occurrenceAt(window, utc('2025-12-29T12:30:00Z'))).toBeNull();
    expect(occurrenceAt(window, utc('2026-01-01T12:30:00Z'))).not.toBeNull();
    expect(occurrenceAt(window, utc('2026-01-02T12:30:00Z'))).toBeNull();
    expect(occurrenceAt(window, utc('2026-01-04T12:30:00Z'))).not.toBeNull();
    expect(occurrenceAt(window, utc('2026-03-02T12:30:00Z'))).not.toBeNull();
  });

  it('a one-off window in its own zone', () => {
    const window: MaintenanceWindow = {
      kind: 'once',
      date: { year: 2026, month: 12, day: 24 },
      start: { hour: 18, minute: 0 },
      durationMs: 2 * HOUR,
      timeZone: 'Asia/Tokyo',
    };
    expect(occurrenceAt(window, utc('2026-12-24T08:59:00Z'))).toBeNull();
    expect(occurrenceAt(window, utc('2026-12-24T09:00:00Z'))).not.toBeNull();
    expect(occurrenceAt(window, utc('2026-12-24T11:00:00Z'))).toBeNull();
    expect(occurrenceAt(window, utc('2027-12-24T10:00:00Z'))).toBeNull();
  });

  it('picks the overlapping window that ends last, and knows real zones', () => {
    const short: MaintenanceWindow = { ...sundayNight, durationMs: HOUR };
    expect(maintenanceAt([short, sundayNight], utc('2026-01-04T07:30:00Z'))?.end).toBe(utc('2026-01-04T11:00:00Z'));
    expect(maintenanceAt([], utc('2026-01-04T07:30:00Z'))).toBeNull();
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
