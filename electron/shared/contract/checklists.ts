/**
 * The checklists part of the contract: recurring routines, their runs (tick, skip,
 * note), due and overdue states, and history.
 */
import { z } from 'zod';
import type { CheckStatus } from '../../core/common/checks/outcome.ts';

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

const weekday = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** When a routine comes due, in its own time zone. */
export const recurrenceSchema = z.strictObject({
  kind: z.enum(['daily', 'weekdays', 'weekly', 'monthly', 'quarterly', 'every-days']),
  /** Local "HH:MM" it becomes due. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 09:00'),
  /** For 'weekdays' (the chosen days) and 'weekly' (one day). */
  weekdays: z.array(weekday).max(7).default([]),
  /** For 'monthly' and 'quarterly' (in the first month of each quarter); 31 means the last day in shorter months. */
  dayOfMonth: z.number().int().min(1).max(31).nullable().default(null),
  /** For 'every-days'. */
  everyDays: z.number().int().min(1).max(366).nullable().default(null),
  timeZone: z.string().min(1).max(100),
});
export type Recurrence = z.output<typeof recurrenceSchema>;

export const checklistItemInputSchema = z.strictObject({
  /** Present when editing an existing item, so its history stays attached. */
  id: z.number().int().positive().optional(),
  text: z.string().trim().min(1, 'must not be empty').max(1000),
  checkId: z.number().int().positive().nullable().default(null),
  /** Tick it by itself while the linked check is up. */
  autoTick: z.boolean().default(false),
});

export const checklistTemplateInputSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(200),
  recurrence: recurrenceSchema,
  budgetMinutes: z.number().int().min(1).max(24 * 60).nullable().default(null),
  /** How long after due it turns overdue; default the budget, else an hour. */
  graceMinutes: z.number().int().min(1).max(7 * 24 * 60).nullable().default(null),
  items: z.array(checklistItemInputSchema).min(1, 'needs at least one item').max(200),
  enabled: z.boolean().default(true),
  /** The runbook it was imported from, if any. */
  sourceRunbookId: z.number().int().positive().nullable().default(null),
});

export interface ChecklistTemplateView {
  readonly id: number;
  readonly title: string;
  readonly recurrence: Recurrence;
  readonly budgetMinutes: number | null;
  readonly graceMinutes: number | null;
  readonly items: ReadonlyArray<{ readonly id: number; readonly text: string; readonly checkId: number | null; readonly autoTick: boolean }>;
  readonly enabled: boolean;
  readonly sourceRunbookId: number | null;
  /** The next occurrence's due time, UTC ms. */
  readonly nextDueAt: number | null;
  /** Done runs / all runs that came due, over the last 30 days; null before the first. */
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

const id = z.number().int().positive();

export const checklistRequests = {
  templates: z.strictObject({}),
  /** Create (no id) or change a template. */
  saveTemplate: z.strictObject({ id: id.optional(), template: checklistTemplateInputSchema }),
  deleteTemplate: z.strictObject({ id }),
  /** Runs that are due or overdue now, and upcoming today. */
  current: z.strictObject({}),
  history: z.strictObject({ templateId: id.optional(), limit: z.number().int().min(1).max(1000).default(100) }),
  tick: z.strictObject({
    runId: id,
    itemId: id,
    state: z.enum(['open', 'done', 'skipped']),
    reason: z.string().trim().max(1000).nullable().default(null),
    note: z.string().trim().max(4000).nullable().default(null),
  }),
};
