import type { CheckStatus, ErrorClass } from '../checks/outcome.ts';
import type { TimeAnomaly } from '../checks/scheduler.ts';
import type { MaintenanceWindow } from './maintenance.ts';
import type { AlertPolicy, AlertRecord, CheckAlertState, Notice, Severity, Urgency } from './types.ts';

/** Fleet-wide limits on how often the user is interrupted. */
export interface FleetOptions {
  /** New notices within this long of the first go out as one notification. */
  readonly groupWaitMs: number;
  /** At most this many notifications in any minute… */
  readonly perMinute: number;
  /** …and this many in any hour; the rest fold into one "N more" summary. */
  readonly perHour: number;
  /** Least grace after a resume; the grace is the larger of this and 2 × the longest interval. */
  readonly minGraceMs: number;
}

/** The limits: group for 30 s, at most 3 a minute and 10 an hour, at least 60 s of grace. */
export const DEFAULT_FLEET_OPTIONS: FleetOptions = { groupWaitMs: 30_000, perMinute: 3, perHour: 10, minGraceMs: 60_000 };

/** One check result as the fleet policy needs it. */
export interface FleetResult {
  readonly checkId: number;
  readonly at: number;
  readonly status: CheckStatus;
  readonly errorClass: ErrorClass | null;
}

/** What the fleet knows of one check besides its alert. */
export interface FleetCheck {
  readonly alert: CheckAlertState;
  /** The host it talks to: failures across several hosts at once point at our network. */
  readonly host: string;
  readonly intervalMs: number;
  /** Its latest result: when, and whether it failed at network level. */
  readonly last: { readonly at: number; readonly network: boolean } | null;
  /** Notifications for this check are held back until then. */
  readonly snoozedUntil: number | null;
  /** Results inside these windows are 'maintenance': they say nothing and do not alert. */
  readonly maintenance: readonly MaintenanceWindow[];
  /**
   * What the user was last told about this check: the firing severity, or null for all
   * good. Notices dropped (offline, snoozed, grace, maintenance) do not change it, so
   * what they missed is told once they can hear it, and a recovery they never heard
   * begin is not announced.
   */
  readonly heard: Severity | null;
}

/** 'os': the OS said we are offline; 'network-errors': the results say so. */
export type OfflineReason = 'os' | 'network-errors';

/** Everything the fleet policy remembers: every check's alert plus what limits interruptions. */
export interface FleetState {
  readonly options: FleetOptions;
  /** The latest time seen in any event. */
  readonly now: number | null;
  readonly checks: ReadonlyMap<number, FleetCheck>;
  /** What the OS last said about connectivity. */
  readonly osOnline: boolean;
  /** Set while the laptop is taken to be offline: per-check notifications stop. */
  readonly offline: { readonly since: number; readonly reason: OfflineReason } | null;
  /** No down notifications before this time (after a resume or a clock jump). */
  readonly graceUntil: number | null;
  /** Every check is snoozed until then. */
  readonly snoozedAllUntil: number | null;
  /** Notices waiting for the group window to close. */
  readonly group: { readonly openedAt: number; readonly notices: readonly Notice[] } | null;
  /** Notices over budget, to go out as one summary when the budget allows. */
  readonly held: readonly Notice[];
  /** When notifications went out, newest last, within the last hour. */
  readonly sent: readonly number[];
}

/**
 * Inputs to the fleet policy. Send a `tick` every few seconds: groups close, budgets
 * refill, reminders and snoozes end on time only when time is seen to pass.
 */
export type FleetEvent =
  | {
      readonly type: 'configure';
      readonly checkId: number;
      readonly host: string;
      readonly intervalMs: number;
      readonly policy?: Partial<AlertPolicy>;
      readonly maintenance?: readonly MaintenanceWindow[];
    }
  | { readonly type: 'remove'; readonly checkId: number }
  /** Results that arrived together (one or many); the newest `at` is "now", unless the fleet has seen later. */
  | { readonly type: 'results'; readonly results: readonly FleetResult[] }
  | { readonly type: 'tick'; readonly now: number }
  | { readonly type: 'acknowledge'; readonly checkId: number; readonly by: string; readonly at: number }
  | { readonly type: 'online'; readonly online: boolean; readonly at: number }
  | { readonly type: 'resumed'; readonly at: number }
  | { readonly type: 'time-anomaly'; readonly anomaly: TimeAnomaly }
  /** Snooze one check, or every check when checkId is null, until `until`. */
  | { readonly type: 'snooze'; readonly checkId: number | null; readonly until: number; readonly at: number };

/**
 * One interruption of the user. `alerts`: a group of notices; `summary`: notices folded
 * over budget ("N more"); `offline`: the one "You're offline" notice.
 */
export interface FleetNotification {
  readonly kind: 'alerts' | 'summary' | 'offline';
  readonly at: number;
  readonly urgency: Urgency;
  readonly severity: Severity | null;
  readonly notices: readonly Notice[];
  /** Every check named, once each. */
  readonly checkIds: readonly number[];
}

/** Work for the caller: show a notification, write history, call the webhook, show connectivity. */
export type FleetEffect =
  | { readonly type: 'notify'; readonly notification: FleetNotification }
  | { readonly type: 'record'; readonly record: AlertRecord }
  | { readonly type: 'escalate'; readonly checkId: number; readonly severity: Severity; readonly at: number }
  | { readonly type: 'connectivity'; readonly online: boolean; readonly reason: OfflineReason | null; readonly at: number };

/** What `stepFleet` returns: the next state and the effects for the caller. */
export interface FleetStep {
  readonly state: FleetState;
  readonly effects: readonly FleetEffect[];
}
