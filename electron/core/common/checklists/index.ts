/** Recurring checklists: recurrences in a time zone, run timing, and drafts from an ops manual. Pure. */
export { anchorDayOf, nextOccurrence, occurrencesBetween, occursOn, parseTime, type AnchorDay } from './recurrence.ts';
export { completionRate, DEFAULT_GRACE_MINUTES, MISSED_AFTER_MS, runStatus, runTiming, type RunStatus, type RunTiming } from './run-status.ts';
export { draftFromProposal, recurrenceFromProposal, type ManualProposal } from './from-manual.ts';
export { templateProblems } from './validate.ts';
export { WEEKDAYS_BY_NUMBER, type RecurrenceKind, type RecurrenceRule, type TemplateDraft, type Weekday } from './types.ts';
