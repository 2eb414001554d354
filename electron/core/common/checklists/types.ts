/**
 * Checklist domain types shared by the pure core, the node service and (as types) the
 * contract, whose zod schemas must produce exactly these shapes.
 */
import type { CheckStatus } from '../checks/outcome.ts';

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** Index = the JavaScript weekday number (0 = Sunday), as time-zone.ts's weekday() answers. */
export const WEEKDAYS_BY_NUMBER: readonly Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export type RecurrenceKind = 'daily' | 'weekdays' | 'weekly' | 'monthly' | 'quarterly' | 'every-days';

/** When a routine comes due, in its own IANA time zone. */
export interface RecurrenceRule {
  readonly kind: RecurrenceKind;
  /** Local "HH:MM". */
  readonly time: string;
  /** 'weekdays': the chosen days; 'weekly': its one day. */
  readonly weekdays: readonly Weekday[];
  /** 'monthly' and 'quarterly': 31 means the last day of shorter months. */
  readonly dayOfMonth: number | null;
  /** 'every-days': counted from the template's anchor day. */
  readonly everyDays: number | null;
  readonly timeZone: string;
}

/** A template as the editor submits it (the contract's checklistTemplateInputSchema output). */
export interface TemplateDraft {
  readonly title: string;
  readonly recurrence: RecurrenceRule;
  readonly budgetMinutes: number | null;
  readonly graceMinutes: number | null;
  readonly items: ReadonlyArray<{ readonly id?: number; readonly text: string; readonly checkId: number | null; readonly autoTick: boolean }>;
  readonly enabled: boolean;
  readonly sourceRunbookId: number | null;
}

/** A template as the window lists it (the contract's ChecklistTemplateView). */
export interface ChecklistTemplateView {
  readonly id: number;
  readonly title: string;
  readonly recurrence: RecurrenceRule;
  readonly budgetMinutes: number | null;
  readonly graceMinutes: number | null;
  readonly items: ReadonlyArray<{ readonly id: number; readonly text: string; readonly checkId: number | null; readonly autoTick: boolean }>;
  readonly enabled: boolean;
  readonly sourceRunbookId: number | null;
  /** The next occurrence's due time, UTC ms. */
  readonly nextDueAt: number | null;
  /** Done runs / settled runs (done or missed) that came due over the last 30 days; null before the first. */
  readonly completionRate: number | null;
}

export type ChecklistRunStatus = 'due' | 'overdue' | 'done' | 'missed';

export interface ChecklistRunItem {
  readonly itemId: number;
  readonly text: string;
  readonly state: 'open' | 'done' | 'skipped';
  readonly at: number | null;
  /** Why it was skipped. */
  readonly reason: string | null;
  readonly note: string | null;
  readonly checkId: number | null;
  /** The linked check's latest status, live. */
  readonly checkStatus: CheckStatus | null;
  /** Ticked by itself because the linked check was up. */
  readonly auto: boolean;
}

export interface ChecklistRun {
  readonly id: number;
  readonly templateId: number;
  readonly title: string;
  readonly dueAt: number;
  readonly overdueAt: number;
  readonly status: ChecklistRunStatus;
  readonly completedAt: number | null;
  readonly budgetMinutes: number | null;
  readonly items: ChecklistRunItem[];
}
