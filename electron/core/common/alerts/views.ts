/**
 * What the alerts inbox, the tray and the maintenance page show. Plain data, defined here
 * so the core builds it without importing the contract; electron/shared/contract/alerts.ts
 * re-exports every name.
 */
import type { RecordKind, Severity } from './types.ts';

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
