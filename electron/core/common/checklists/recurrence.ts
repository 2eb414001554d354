/**
 * Occurrences of a recurrence: the UTC instants a routine comes due. Calendar rules are
 * evaluated on local dates in the rule's zone and each match is turned into an instant
 * with localToUtc, so "09:00 daily" stays 09:00 across DST changes (a 02:30 that does
 * not exist on a spring-forward day is read as the clock moved on, 03:30).
 */
import { addDays, dayNumber, localParts, localToUtc, weekday, type LocalDate, type LocalTime } from '../alerts/time-zone.ts';
import { WEEKDAYS_BY_NUMBER, type RecurrenceRule } from './types.ts';

/** Where "every N days" counts from: a day number (days since 1970-01-01, local). */
export type AnchorDay = number;

/** The longest gap between two occurrences any rule allows (every-days max 366), with room. */
const SEARCH_DAYS = 400;

export function parseTime(time: string): LocalTime {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return { hour: Number(match?.[1] ?? 0), minute: Number(match?.[2] ?? 0) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 31 in a 30-day month is its last day; so is 29–31 in February. */
function dayOfMonthMatches(date: LocalDate, wanted: number): boolean {
  return date.day === Math.min(wanted, daysInMonth(date.year, date.month));
}

/** True when the rule comes due on this local date. */
export function occursOn(rule: RecurrenceRule, date: LocalDate, anchor: AnchorDay): boolean {
  switch (rule.kind) {
    case 'daily':
      return true;
    case 'weekdays':
      return rule.weekdays.includes(WEEKDAYS_BY_NUMBER[weekday(date)]!);
    case 'weekly':
      // Validation asks for exactly one day; Monday is the fallback for stored odd data.
      return (rule.weekdays[0] ?? 'monday') === WEEKDAYS_BY_NUMBER[weekday(date)];
    case 'monthly':
      return dayOfMonthMatches(date, rule.dayOfMonth ?? 1);
    case 'quarterly':
      return (date.month - 1) % 3 === 0 && dayOfMonthMatches(date, rule.dayOfMonth ?? 1);
    case 'every-days': {
      const since = dayNumber(date) - anchor;
      return since >= 0 && since % (rule.everyDays ?? 1) === 0;
    }
  }
}

function localDateOf(at: number, timeZone: string): LocalDate {
  const { year, month, day } = localParts(at, timeZone);
  return { year, month, day };
}

/**
 * Due instants in (from, to], oldest first, at most `limit`. Local dates are walked from
 * the day before `from` (a zone far east of UTC may be a day ahead) to the day after `to`.
 */
export function occurrencesBetween(rule: RecurrenceRule, from: number, to: number, anchor: AnchorDay, limit = 1000): number[] {
  const time = parseTime(rule.time);
  const found: number[] = [];
  let date = addDays(localDateOf(from, rule.timeZone), -1);
  const last = dayNumber(localDateOf(to, rule.timeZone)) + 1;
  while (dayNumber(date) <= last && found.length < limit) {
    if (occursOn(rule, date, anchor)) {
      const at = localToUtc(date, time, rule.timeZone);
      if (at > from && at <= to) found.push(at);
    }
    date = addDays(date, 1);
  }
  return found;
}

/** The first due instant strictly after `after`, or null when none within SEARCH_DAYS. */
export function nextOccurrence(rule: RecurrenceRule, after: number, anchor: AnchorDay): number | null {
  const time = parseTime(rule.time);
  let date = addDays(localDateOf(after, rule.timeZone), -1);
  for (let step = 0; step < SEARCH_DAYS; step += 1) {
    if (occursOn(rule, date, anchor)) {
      const at = localToUtc(date, time, rule.timeZone);
      if (at > after) return at;
    }
    date = addDays(date, 1);
  }
  return null;
}

/** The anchor for "every N days": the local day the rule was saved. */
export function anchorDayOf(at: number, timeZone: string): AnchorDay {
  return dayNumber(localDateOf(at, timeZone));
}
