import { describe, expect, it } from 'vitest';
import { parseMaintenanceWindow } from '../../../electron/core/common/alerts/maintenance-text.ts';
import { alertPolicySchema, maintenanceWindowSchema } from '../../../electron/core/common/alerts/schema.ts';

const HOUR = 3600 * 1000;

describe('parseMaintenanceWindow', () => {
  it('reads "Sunday 02:00–06:00 America/New_York"', () => {
    expect(parseMaintenanceWindow('Sunday 02:00–06:00 America/New_York', 'UTC')).toEqual({
      ok: true,
      value: { kind: 'weekly', days: [0], start: { hour: 2, minute: 0 }, durationMs: 4 * HOUR, timeZone: 'America/New_York' },
    });
  });

  it('reads "Wednesday 22:00–02:00" as 4 h crossing midnight, in the default zone', () => {
    const parsed = parseMaintenanceWindow('Wednesday 22:00–02:00', 'Europe/Berlin');
    expect(parsed).toMatchObject({ ok: true, value: { days: [3], start: { hour: 22, minute: 0 }, durationMs: 4 * HOUR, timeZone: 'Europe/Berlin' } });
  });

  it('reads day lists, ranges, daily, a day of the month, every N days and a date', () => {
    expect(parseMaintenanceWindow('Mon-Fri 12:00-12:30', 'UTC')).toMatchObject({ value: { days: [1, 2, 3, 4, 5], durationMs: HOUR / 2 } });
    expect(parseMaintenanceWindow('Fri-Mon 01:00 to 02:00', 'UTC')).toMatchObject({ value: { days: [0, 1, 5, 6] } });
    expect(parseMaintenanceWindow('Sat and Sun 01:00-02:00', 'UTC')).toMatchObject({ value: { days: [0, 6] } });
    expect(parseMaintenanceWindow('daily 03:00-03:15', 'UTC')).toMatchObject({ value: { days: [0, 1, 2, 3, 4, 5, 6] } });
    expect(parseMaintenanceWindow('day 15 00:00-02:00', 'UTC')).toMatchObject({ value: { kind: 'monthly', dayOfMonth: 15 } });
    expect(parseMaintenanceWindow('every 3 days from 2026-01-01 04:00-05:00', 'UTC')).toMatchObject({
      value: { kind: 'every-days', everyDays: 3, from: { year: 2026, month: 1, day: 1 } },
    });
    expect(parseMaintenanceWindow('2026-12-24 18:00-20:00 Asia/Tokyo', 'UTC')).toMatchObject({
      value: { kind: 'once', date: { year: 2026, month: 12, day: 24 }, durationMs: 2 * HOUR },
    });
  });

  it('names what is wrong', () => {
    expect(parseMaintenanceWindow('whenever', 'UTC')).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const message = (text: string) => {
      const parsed = parseMaintenanceWindow(text, 'UTC');
      return parsed.ok ? null : parsed.error.message;
    };
    expect(message('Funday 02:00-03:00')).toContain('"Funday"');
    expect(message('Sunday 02:00-03:00 Mars/Base')).toContain('timeZone');
    expect(message('Sunday 25:00-03:00')).toContain('start.hour');
    expect(message('2026-02-30 01:00-02:00')).toContain('real calendar date');
  });
});

describe('schemas', () => {
  it('accept a partial policy and refuse one that would page every second', () => {
    expect(alertPolicySchema.safeParse({ failures: 5 }).success).toBe(true);
    expect(alertPolicySchema.safeParse({ repeatMs: 1000 }).success).toBe(false);
    expect(alertPolicySchema.safeParse({ failures: 0 }).success).toBe(false);
    expect(alertPolicySchema.safeParse({ surprise: true }).success).toBe(false);
  });

  it('refuse a window without days or with an unknown kind', () => {
    const base = { start: { hour: 1, minute: 0 }, durationMs: HOUR, timeZone: 'UTC' };
    expect(maintenanceWindowSchema.safeParse({ kind: 'weekly', days: [], ...base }).success).toBe(false);
    expect(maintenanceWindowSchema.safeParse({ kind: 'yearly', ...base }).success).toBe(false);
    expect(maintenanceWindowSchema.safeParse({ kind: 'monthly', dayOfMonth: 31, ...base }).success).toBe(true);
  });
});
