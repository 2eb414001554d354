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
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** What a user submits to create or change a check: everything but identity and times. */
export type CheckInput = Omit<CheckDefinition, 'id' | 'createdAt' | 'updatedAt'>;

export const MIN_INTERVAL_MS = 5_000;
export const DEFAULT_INTERVAL_MS = 60_000;
