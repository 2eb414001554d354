/** A check as the user defined it. The kind decides what `config` holds. */
export interface CheckDefinition {
  readonly id: number;
  readonly name: string;
  readonly kind: string;
  readonly config: Readonly<Record<string, unknown>>;
  readonly intervalMs: number;
  /** Condition lines that must hold, or the result is at least a warning. */
  readonly warning: readonly string[];
  /** Condition lines that must hold, or the result is critical. */
  readonly critical: readonly string[];
  /** A runbook to open when it fails: an imported runbook's path or an https URL. */
  readonly runbook: string | null;
  readonly enabled: boolean;
  /** This check's own alert thresholds; null (or a null field) keeps the default. */
  readonly alert: CheckAlertPolicy | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/**
 * When a check's alert fires and resolves, as the user sets it: seconds rather than the
 * alert machine's milliseconds, because that is what the form and a Gatus file speak.
 * A null field keeps the default (DEFAULT_POLICY in common/alerts/types.ts).
 */
export interface CheckAlertPolicy {
  /** Consecutive failing results needed to fire (1–100). */
  readonly failures: number | null;
  /** …spanning at least this many seconds (0–86400). */
  readonly forSeconds: number | null;
  /** Consecutive good results needed to resolve (1–100). */
  readonly successes: number | null;
}

/**
 * What a user submits to create or change a check: everything but identity and times.
 * `alert` may be left out (older callers, imports without thresholds): the defaults apply.
 */
export type CheckInput = Omit<CheckDefinition, 'id' | 'createdAt' | 'updatedAt' | 'alert'> & { readonly alert?: CheckAlertPolicy | null };

/** The policy worth storing: null when every field keeps its default. */
export function alertOverrides(alert: CheckAlertPolicy | null | undefined): CheckAlertPolicy | null {
  if (!alert || (alert.failures === null && alert.forSeconds === null && alert.successes === null)) return null;
  return { failures: alert.failures, forSeconds: alert.forSeconds, successes: alert.successes };
}

export const MIN_INTERVAL_MS = 5_000;
export const DEFAULT_INTERVAL_MS = 60_000;
