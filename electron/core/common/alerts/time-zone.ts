/** A calendar date with no time zone: what a person writes on a maintenance notice. */
export interface LocalDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
}

/** A wall-clock time of day, 0–23 and 0–59. */
export interface LocalTime {
  readonly hour: number;
  readonly minute: number;
}

/** A calendar day of UTC time (DST days in a zone are longer or shorter). */
export const DAY_MS = 24 * 60 * 60 * 1000;

// Building a DateTimeFormat is far slower than using one, and every check result may
// ask; a formatter per zone is the only state here and never changes an answer.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at UTC instant `at`. */
export function localParts(at: number, timeZone: string): LocalDate & LocalTime & { readonly second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** How far `timeZone`'s wall clock is ahead of UTC at instant `at`, in ms. */
export function zoneOffset(at: number, timeZone: string): number {
  const local = localParts(at, timeZone);
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return wall - (at - (((at % 1000) + 1000) % 1000));
}

/**
 * The UTC instant a wall-clock time in `timeZone` names. Around DST changes a wall time
 * may happen twice (fall back: the earlier one is taken, so a window starts as soon as it
 * can) or not at all (spring forward: it is read with the offset from before the gap,
 * so 02:00 in a 02:00→03:00 gap becomes 03:00 new time, where the clock went).
 */
export function localToUtc(date: LocalDate, time: LocalTime, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const before = zoneOffset(wall - DAY_MS, timeZone);
  const after = zoneOffset(wall + DAY_MS, timeZone);
  const valid = [...new Set([before, after, zoneOffset(wall, timeZone)])]
    .map((offset) => wall - offset)
    .filter((instant) => wall - zoneOffset(instant, timeZone) === instant);
  if (valid.length > 0) return Math.min(...valid);
  return wall - before;
}

/** Days since 1970-01-01 of a calendar date: for weekdays and "every N days". */
export function dayNumber(date: LocalDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(date: LocalDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The calendar date `days` after `date` (months and years roll over). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}
