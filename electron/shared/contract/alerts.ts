/**
 * The alerts part of the contract: what the inbox, the tray and the notifications show,
 * and what the user can do about an alert (acknowledge, snooze, maintenance, silence).
 */
import { z } from 'zod';
import type { RecordKind, Severity } from '../../core/common/alerts/types.ts';

export type { RecordKind, Severity };

/** The worst thing the tray has to say; 'snoozed' only when nothing is firing. */
export type TrayState = 'ok' | 'warning' | 'critical' | 'offline' | 'snoozed';

/** One check's alert as the inbox shows it. */
export interface AlertView {
  readonly checkId: number;
  readonly checkName: string;
  readonly phase: 'pending' | 'firing' | 'acknowledged';
  readonly severity: Severity | null;
  /** When the failures began (pending) or the alert fired (firing, acknowledged), UTC ms. */
  readonly since: number;
  /** The latest result's message, e.g. "HTTP 500 from https://…" or the measured value. */
  readonly message: string | null;
  readonly acknowledged: { readonly by: string; readonly at: number } | null;
  readonly flapping: boolean;
  readonly snoozedUntil: number | null;
  /** The check's runbook link, if any (an https URL or an imported runbook's id). */
  readonly runbook: string | null;
}

/** One line of alert history. */
export interface AlertHistoryEntry {
  readonly id: number;
  readonly checkId: number;
  readonly checkName: string;
  readonly kind: RecordKind;
  readonly severity: Severity | null;
  readonly at: number;
  readonly by: string | null;
}

/** Everything the inbox and the tray need, in one answer and one event. */
export interface AlertsOverview {
  readonly tray: TrayState;
  /** One line for the tray tooltip: "2 critical, 1 warning" / "All clear" / "Snoozed until 04:30". */
  readonly summary: string;
  readonly offline: { readonly since: number; readonly reason: 'os' | 'network-errors' } | null;
  readonly snoozedAllUntil: number | null;
  /** Pending, firing and acknowledged alerts, worst first. */
  readonly active: AlertView[];
  /** Resolved since local midnight, newest first. */
  readonly resolvedToday: AlertHistoryEntry[];
}

/** A maintenance window as stored: the text the user wrote and what it applies to. */
export interface MaintenanceEntry {
  readonly id: number;
  readonly title: string;
  /** As written, e.g. "Sunday 02:00–06:00 America/New_York". */
  readonly schedule: string;
  /** Null: every check. */
  readonly checkIds: number[] | null;
  /** The next (or current) occurrence, UTC ms; null when it will not occur again. */
  readonly next: { readonly start: number; readonly end: number } | null;
  readonly activeNow: boolean;
}

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
