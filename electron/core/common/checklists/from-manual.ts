/**
 * A checklist proposed by the ops-manual analysis, turned into a template draft the user
 * reviews before saving. The manual says "Daily Routine" or "End-of-Shift Wrap-up"; the
 * draft needs a kind, a clock time and a zone, so the blanks get defaults a team would
 * pick: a working day starts at 09:00 and ends at 17:00, weekly is Monday, monthly and
 * quarterly the 1st. Nothing here is saved silently.
 */
import type { ChecklistTemplate, TimeOfDay } from '../manual/types.ts';
import type { RecurrenceRule, TemplateDraft } from './types.ts';

const TIMES: Readonly<Record<TimeOfDay, string>> = {
  morning: '09:00',
  'start-of-day': '09:00',
  'start-of-shift': '09:00',
  afternoon: '13:00',
  evening: '17:00',
  'end-of-day': '17:00',
  'end-of-shift': '17:00',
  night: '21:00',
};
const DEFAULT_TIME = '09:00';

/** The parts of a proposal the mapping reads; what runbooks.import answers has more. */
export type ManualProposal = Pick<ChecklistTemplate, 'title' | 'recurrence' | 'timeOfDay' | 'budgetMinutes'> & {
  readonly items: ReadonlyArray<Pick<ChecklistTemplate['items'][number], 'text'>>;
};

/** "custom" covers words like fortnightly or yearly: the source heading tells which. */
function customRule(source: string | null): Pick<RecurrenceRule, 'kind' | 'everyDays'> {
  const text = (source ?? '').toLowerCase();
  if (/\b(?:bi-?weekly|fortnightly)\b/.test(text)) return { kind: 'every-days', everyDays: 14 };
  if (/\b(?:yearly|annual|annually)\b/.test(text)) return { kind: 'every-days', everyDays: 365 };
  return { kind: 'daily', everyDays: null };
}

export function recurrenceFromProposal(proposal: ManualProposal, timeZone: string): RecurrenceRule {
  const time = proposal.timeOfDay === null ? DEFAULT_TIME : TIMES[proposal.timeOfDay];
  const base = { time, weekdays: [], dayOfMonth: null, everyDays: null, timeZone } as const;
  const { kind, weekday, source } = proposal.recurrence;
  switch (kind) {
    case 'daily':
      return { ...base, kind: 'daily' };
    case 'weekly':
      return { ...base, kind: 'weekly', weekdays: ['monday'] };
    case 'weekday':
      return { ...base, kind: 'weekly', weekdays: [weekday ?? 'monday'] };
    case 'monthly':
      return { ...base, kind: 'monthly', dayOfMonth: 1 };
    case 'quarterly':
      return { ...base, kind: 'quarterly', dayOfMonth: 1 };
    case 'custom':
      return { ...base, ...customRule(source) };
  }
}

/** A draft ready for the review list: items keep their text, nothing is linked yet. */
export function draftFromProposal(proposal: ManualProposal, timeZone: string): TemplateDraft {
  return {
    title: proposal.title.trim().slice(0, 200) || 'Imported checklist',
    recurrence: recurrenceFromProposal(proposal, timeZone),
    // The schema allows 1..1440; a manual's "(0 minutes)" or "(2 days)" is left for the user.
    budgetMinutes: proposal.budgetMinutes !== null && proposal.budgetMinutes >= 1 && proposal.budgetMinutes <= 1440 ? proposal.budgetMinutes : null,
    graceMinutes: null,
    items: proposal.items
      .map((item) => item.text.trim().slice(0, 1000))
      .filter((text) => text.length > 0)
      .map((text) => ({ text, checkId: null, autoTick: false })),
    enabled: true,
    sourceRunbookId: null,
  };
}
