/**
 * Recurrence and time-of-day words in checklist headings: "Daily Routine" → daily,
 * "Monday Review" → weekly on Monday, "End-of-Shift Wrap-up" → end of shift. What they
 * propose is shown to the user on import, never applied silently.
 */
import type { RecurrenceProposal, TimeOfDay, Weekday } from './types.ts';
import { clip } from './text.ts';

const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/;

// Checked in order; the first that matches wins. Weekdays come before "weekly" so that
// "Weekly (Monday)" proposes the more precise Monday.
const KINDS: readonly (readonly [RecurrenceProposal['kind'], RegExp])[] = [
  ['daily', /\b(?:daily|nightly|every ?day|each day|per day)\b/],
  ['weekly', /\b(?:weekly|every week|each week|per week)\b/],
  ['monthly', /\b(?:monthly|every month|each month|per month)\b/],
  ['quarterly', /\b(?:quarterly|every quarter|each quarter|per quarter)\b/],
  ['custom', /\b(?:yearly|annual|annually|biweekly|fortnightly|bi-weekly)\b/],
];

const TIMES: readonly (readonly [TimeOfDay, RegExp])[] = [
  ['start-of-shift', /\b(?:start[- ]of[- ](?:the )?shift|shift start|beginning of (?:the )?shift)\b/],
  ['end-of-shift', /\b(?:end[- ]of[- ](?:the )?shift|shift end|handover)\b/],
  ['start-of-day', /\b(?:start[- ]of[- ](?:the )?day)\b/],
  ['end-of-day', /\b(?:end[- ]of[- ](?:the )?day|eod)\b/],
  ['morning', /\bmornings?\b/],
  ['afternoon', /\bafternoons?\b/],
  ['evening', /\bevenings?\b/],
  ['night', /\b(?:night|nightly|overnight)\b/],
];

/** The recurrence a heading names, or null when it names none. */
export function findRecurrence(heading: string): RecurrenceProposal | null {
  const lower = clip(heading).toLowerCase();
  const day = WEEKDAY.exec(lower);
  if (day !== null) {
    const weekday = WEEKDAYS.find((each) => each === day[1]) ?? null;
    return { kind: 'weekday', weekday, source: heading };
  }
  for (const [kind, pattern] of KINDS) {
    if (pattern.test(lower)) return { kind, weekday: null, source: heading };
  }
  return null;
}

/** The time of day a heading names, or null. */
export function findTimeOfDay(heading: string): TimeOfDay | null {
  const lower = clip(heading).toLowerCase();
  for (const [time, pattern] of TIMES) {
    if (pattern.test(lower)) return time;
  }
  return null;
}

/** True when a heading names a recurrence or a time of day ("Daily", "Start-of-Shift"). */
export function hasChecklistVocabulary(heading: string): boolean {
  return findRecurrence(heading) !== null || findTimeOfDay(heading) !== null;
}
