import type { CheckDefinition } from './definition.ts';
import type { CheckStatus, ErrorClass } from './outcome.ts';

/** One stored run of a check, as the window and the alerting layer see it. */
export interface CheckResult {
  readonly checkId: number;
  /** Wall-clock UTC ms when the run started. */
  readonly at: number;
  readonly status: CheckStatus;
  readonly latencyMs: number | null;
  readonly errorClass: ErrorClass | null;
  /** Null for stored healthy results (only problems keep their message). */
  readonly message: string | null;
}

/** A check with what the checks page shows at a glance. */
export interface CheckSummary extends CheckDefinition {
  readonly last: CheckResult | null;
  /** Newest first: the heartbeat bar. */
  readonly recent: ReadonlyArray<{ readonly at: number; readonly status: CheckStatus }>;
  /** Share of known results in the last 24 h that were up or warning; null when none. */
  readonly availability24h: number | null;
}
