import type { CheckStatus } from '../checks/outcome.ts';

/** How bad a firing alert is; an 'up' or 'unknown' result never fires. */
export type Severity = 'warning' | 'critical';

/**
 * Per-check alerting thresholds. Every duration is in milliseconds of wall-clock time as
 * carried by events: the machine never reads a clock.
 */
export interface AlertPolicy {
  /** Consecutive failing results needed to fire. */
  readonly failures: number;
  /** …and they must span at least this long, so a burst of quick retries cannot page. */
  readonly forMs: number;
  /** Consecutive good results needed to resolve. */
  readonly successes: number;
  /** An unacknowledged critical alert re-notifies, escalated, after this long. */
  readonly ackTimeoutMs: number;
  /** …and then again every this long while still unacknowledged. */
  readonly repeatMs: number;
  /** Ask the caller to call the escalation webhook this long after firing; null: never. */
  readonly escalateAfterMs: number | null;
}

/** The defaults: 3 failures over 60 s fire, 2 successes resolve, remind after 5 min then every 30. */
export const DEFAULT_POLICY: AlertPolicy = {
  failures: 3,
  forMs: 60_000,
  successes: 2,
  ackTimeoutMs: 5 * 60_000,
  repeatMs: 30 * 60_000,
  escalateAfterMs: null,
};

/**
 * Where one check's alert stands. There is no stored 'resolved' phase: resolving is the
 * transition firing/acknowledged → ok, announced by a 'resolved' notice and record.
 */
export type AlertPhase = 'ok' | 'pending' | 'firing' | 'acknowledged';

/** What the alerting layer needs from one check result. */
export interface AlertResult {
  /** Wall-clock UTC ms of the result; this is also "now" for the machine. */
  readonly at: number;
  readonly status: CheckStatus;
}

/** Who acknowledged, and when: this goes on the record. */
export interface Acknowledgement {
  readonly by: string;
  readonly at: number;
}

/** Everything one check's machine remembers; plain data, safe to store and compare. */
export interface CheckAlertState {
  readonly checkId: number;
  readonly policy: AlertPolicy;
  readonly phase: AlertPhase;
  /** Severity of the firing (or acknowledged) alert; the worst seen since it fired. */
  readonly severity: Severity | null;
  /** The latest time the machine has seen, from a result, tick or rebase. */
  readonly now: number | null;
  /** Current run of failing results: how many, since when, and the worst of them. */
  readonly failStreak: number;
  readonly failSince: number | null;
  readonly streakSeverity: Severity | null;
  readonly okStreak: number;
  readonly firedAt: number | null;
  readonly acknowledged: Acknowledgement | null;
  /** When the next escalated reminder is due (unacknowledged critical only). */
  readonly remindAt: number | null;
  /** When the escalation webhook is due; null once called or when not configured. */
  readonly escalateAt: number | null;
  /** Up to 21 latest known statuses, oldest first, for flap detection. */
  readonly history: readonly CheckStatus[];
  readonly flapping: boolean;
  /** What the user was last told: a severity that is firing, or null for all good. */
  readonly announced: Severity | null;
}

/** Inputs to one check's machine. */
export type CheckAlertEvent =
  | { readonly type: 'result'; readonly result: AlertResult }
  | { readonly type: 'tick'; readonly now: number }
  | { readonly type: 'acknowledge'; readonly by: string; readonly at: number }
  /**
   * Time was discontinuous (sleep, clock set): `at` is the new "now". Deadlines keep
   * the time they had left, and a failure streak across the gap starts over, because a
   * span measured across a jump measured the jump.
   */
  | { readonly type: 'rebase'; readonly at: number };

/** Why a check wants the user told something. */
export type NoticeKind = 'firing' | 'severity-raised' | 'reminder' | 'resolved' | 'flapping';

/** 'escalated': an unacknowledged critical alert asking again, louder. */
export type Urgency = 'normal' | 'escalated';

/** One check's request to tell the user; the fleet policy groups and budgets these. */
export interface Notice {
  readonly checkId: number;
  readonly kind: NoticeKind;
  readonly severity: Severity | null;
  readonly urgency: Urgency;
  readonly at: number;
}

/** What an alert history line says happened. */
export type RecordKind =
  | 'pending'
  | 'firing'
  | 'severity-raised'
  | 'acknowledged'
  | 'reminded'
  | 'escalated'
  | 'resolved'
  | 'flapping-started'
  | 'flapping-stopped';

/** One line in the alert history: what happened to a check's alert. */
export interface AlertRecord {
  readonly checkId: number;
  readonly kind: RecordKind;
  readonly at: number;
  readonly severity: Severity | null;
  /** Set on 'acknowledged'. */
  readonly by?: string;
}

/** Work the caller carries out: show a notification, write history, call the webhook. */
export type CheckAlertEffect =
  | { readonly type: 'notify'; readonly notice: Notice }
  | { readonly type: 'record'; readonly record: AlertRecord }
  | { readonly type: 'escalate'; readonly checkId: number; readonly severity: Severity; readonly at: number };

/** What `stepCheckAlert` returns: the next state and the effects for the caller. */
export interface CheckAlertStep {
  readonly state: CheckAlertState;
  readonly effects: readonly CheckAlertEffect[];
}
