import * as z from 'zod';
import type { MaintenanceWindow } from './maintenance.ts';
import { isTimeZone } from './time-zone.ts';
import type { AlertPolicy } from './types.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

function int(min: number, max: number, unit = '') {
  return z
    .number()
    .int('must be a whole number')
    .min(min, `must be at least ${min}${unit}`)
    .max(max, `must be at most ${max}${unit}`);
}

/**
 * A check's own alert thresholds as the user may set them; anything left out keeps the
 * default. The floors keep a typo from paging every second: reminders at least a minute
 * apart, at least one failure to fire and one success to resolve.
 */
export const alertPolicySchema = z
  .strictObject({
    failures: int(1, 100),
    forMs: int(0, DAY_MS, ' ms'),
    successes: int(1, 100),
    ackTimeoutMs: int(MINUTE_MS, DAY_MS, ' ms'),
    repeatMs: int(MINUTE_MS, 7 * DAY_MS, ' ms'),
    escalateAfterMs: int(MINUTE_MS, 7 * DAY_MS, ' ms').nullable(),
  })
  .partial() satisfies z.ZodType<Partial<AlertPolicy>>;

const localTime = z.strictObject({ hour: int(0, 23), minute: int(0, 59) });

const localDate = z
  .strictObject({ year: int(1970, 9999), month: int(1, 12), day: int(1, 31) })
  .refine(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day, 'must be a real calendar date');

const windowBase = {
  start: localTime,
  // A week at most: a longer "maintenance" is a disabled check, and should look like one.
  durationMs: int(MINUTE_MS, 7 * DAY_MS, ' ms'),
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as America/New_York'),
};

/** A maintenance window as the user defines it; errors name the field and the reason. */
export const maintenanceWindowSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('once'), date: localDate, ...windowBase }),
  z.strictObject({ kind: z.literal('weekly'), days: z.array(int(0, 6)).min(1, 'must name at least one day'), ...windowBase }),
  z.strictObject({ kind: z.literal('monthly'), dayOfMonth: int(1, 31), ...windowBase }),
  z.strictObject({ kind: z.literal('every-days'), everyDays: int(1, 366), from: localDate, ...windowBase }),
]) satisfies z.ZodType<MaintenanceWindow>;
