/**
 * The checklists part of the contract: recurring routines, their runs (tick, skip,
 * note), due and overdue states, and history.
 */
import * as z from 'zod';
import type {
  ChecklistRun,
  ChecklistRunItem,
  ChecklistRunStatus,
  ChecklistTemplateView,
  RecurrenceRule,
  TemplateDraft,
} from '../../core/common/checklists/types.ts';

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
}) satisfies z.ZodType<RecurrenceRule>;
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
}) satisfies z.ZodType<TemplateDraft>;

// The views are declared in the core (which builds them) and re-exported here unchanged.
export type { ChecklistRun, ChecklistRunItem, ChecklistRunStatus, ChecklistTemplateView };

/** A proposal as runbooks.import answers it (ChecklistTemplate); only what the mapping reads is checked. */
const manualProposalSchema = z.object({
  title: z.string().max(1000),
  recurrence: z.object({
    kind: z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'weekday', 'custom']),
    weekday: weekday.nullable(),
    source: z.string().max(1000).nullable(),
  }),
  timeOfDay: z.enum(['morning', 'afternoon', 'evening', 'night', 'start-of-day', 'end-of-day', 'start-of-shift', 'end-of-shift']).nullable(),
  budgetMinutes: z.number().nullable(),
  items: z.array(z.object({ text: z.string().max(10_000) })).max(1000),
});

/** A template draft, ready for checklists.saveTemplate. */
export type ChecklistTemplateInput = z.output<typeof checklistTemplateInputSchema>;

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
  /**
   * Turn checklist proposals from runbooks.import (dryRun) into template drafts for review:
   * recurrence kind, a clock time from the time of day, the given zone. Nothing is saved.
   */
  propose: z.strictObject({ proposals: z.array(manualProposalSchema).max(500), timeZone: z.string().min(1).max(100) }),
};
