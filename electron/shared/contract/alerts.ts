/**
 * The alerts part of the contract: what the inbox, the tray and the notifications show,
 * and what the user can do about an alert (acknowledge, snooze, maintenance, silence).
 */
import * as z from 'zod';
import type { RecordKind, Severity } from '../../core/common/alerts/types.ts';

export type { RecordKind, Severity };

export type { AlertHistoryEntry, AlertsOverview, AlertView, MaintenanceEntry, TrayState } from '../../core/common/alerts/views.ts';

const minutes = z.number().int().min(1, 'must be at least 1 minute').max(7 * 24 * 60, 'must be at most 7 days');

export const maintenanceInputSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  /** Parsed by the core; an error names the part it could not read. */
  schedule: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  checkIds: z.array(z.number().int().positive()).max(10_000).nullable().default(null),
});

export const alertRequests = {
  overview: z.strictObject({}),
  history: z.strictObject({
    checkId: z.number().int().positive().optional(),
    severity: z.enum(['warning', 'critical']).optional(),
    /** Only entries before this time (UTC ms): the next page. */
    before: z.number().int().optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  }),
  acknowledge: z.strictObject({ checkId: z.number().int().positive() }),
  acknowledgeAll: z.strictObject({}),
  /** checkId null: snooze everything. */
  snooze: z.strictObject({ checkId: z.number().int().positive().nullable(), minutes }),
  unsnooze: z.strictObject({ checkId: z.number().int().positive().nullable() }),
  /** Acknowledge an Alertmanager alert by creating a silence on its Alertmanager. */
  silence: z.strictObject({
    checkId: z.number().int().positive(),
    fingerprint: z.string().min(1).max(200),
    minutes,
    comment: z.string().trim().max(1000).default(''),
  }),
  maintenanceList: z.strictObject({}),
  maintenanceCreate: z.strictObject({ window: maintenanceInputSchema }),
  maintenanceUpdate: z.strictObject({ id: z.number().int().positive(), window: maintenanceInputSchema }),
  maintenanceDelete: z.strictObject({ id: z.number().int().positive() }),
};
