import { addDays, dayNumber, DAY_MS, localParts, localToUtc, weekday, type LocalDate, type LocalTime } from './time-zone.ts';

/** What every maintenance window has: when it starts on its day, how long, and where. */
interface WindowBase {
  /** Wall-clock start in `timeZone`. */
  readonly start: LocalTime;
  /**
   * Elapsed length. "Wednesday 22:00–02:00" is 22:00 for 4 h: it crosses midnight. On a
   * DST day the window still lasts this long, so its wall-clock end moves by the change.
   */
  readonly durationMs: number;
  /** IANA zone the start is written in, e.g. 'America/New_York'. */
  readonly timeZone: string;
}

/**
 * When checks are expected to fail: results inside count as 'maintenance' and do not
 * alert. `once` on a date; `weekly` on some weekdays (0 = Sunday); `monthly` on a day of
 * the month (months without that day are skipped, as cron does); `every-days` every N
 * days counting from `from`.
 */
export type MaintenanceWindow =
  | (WindowBase & { readonly kind: 'once'; readonly date: LocalDate })
  | (WindowBase & { readonly kind: 'weekly'; readonly days: readonly number[] })
  | (WindowBase & { readonly kind: 'monthly'; readonly dayOfMonth: number })
  | (WindowBase & { readonly kind: 'every-days'; readonly everyDays: number; readonly from: LocalDate });

/** One occurrence of a window, in UTC ms. */
export interface MaintenanceSpan {
  readonly window: MaintenanceWindow;
  readonly start: number;
  readonly end: number;
}

/** Whether a window has an occurrence starting on local calendar date `date`. */
function occursOn(window: MaintenanceWindow, date: LocalDate): boolean {
  switch (window.kind) {
    case 'once':
      return dayNumber(window.date) === dayNumber(date);
    case 'weekly':
      return window.days.includes(weekday(date));
    case 'monthly':
      return date.day === window.dayOfMonth;
    case 'every-days': {
      const since = dayNumber(date) - dayNumber(window.from);
      return since >= 0 && window.everyDays > 0 && since % window.everyDays === 0;
    }
    default:
      return assertNever(window);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled maintenance window: ${JSON.stringify(value)}`);
}

/**
 * The occurrence of `window` that contains instant `at`, if any. An occurrence
 * containing `at` started within `durationMs` before it, so only the local dates from
 * then (less a day, for zone offsets) up to `at`'s own date can hold its start.
 */
export function occurrenceAt(window: MaintenanceWindow, at: number): MaintenanceSpan | null {
  if (!(window.durationMs > 0)) return null;
  const first = localParts(at - window.durationMs - DAY_MS, window.timeZone);
  const last = dayNumber(localParts(at + DAY_MS, window.timeZone));
  for (let date: LocalDate = first; dayNumber(date) <= last; date = addDays(date, 1)) {
    if (!occursOn(window, date)) continue;
    const start = localToUtc(date, window.start, window.timeZone);
    if (start <= at && at < start + window.durationMs) return { window, start, end: start + window.durationMs };
  }
  return null;
}

/** The window `at` falls in, the one ending last when several overlap; null when none. */
export function maintenanceAt(windows: readonly MaintenanceWindow[], at: number): MaintenanceSpan | null {
  let found: MaintenanceSpan | null = null;
  for (const window of windows) {
    const span = occurrenceAt(window, at);
    if (span && (!found || span.end > found.end)) found = span;
  }
  return found;
}
