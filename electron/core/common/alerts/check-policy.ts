import type { CheckAlertPolicy } from '../checks/definition.ts';
import { DEFAULT_POLICY, type AlertPolicy } from './types.ts';

/** The thresholds a check sets for itself; the rest of AlertPolicy is the app's. */
export type Thresholds = Pick<AlertPolicy, 'failures' | 'forMs' | 'successes'>;

/**
 * A check's thresholds with every field filled in. Always whole, never partial: the fleet
 * merges a 'configure' over what the check had, so a field cleared back to its default
 * must be sent as the default, not left out, or the old value would stick.
 */
export function thresholdsFor(alert: CheckAlertPolicy | null, base: Partial<AlertPolicy> = {}): Thresholds {
  const forSeconds = alert?.forSeconds ?? null;
  return {
    failures: alert?.failures ?? base.failures ?? DEFAULT_POLICY.failures,
    forMs: forSeconds !== null ? forSeconds * 1000 : (base.forMs ?? DEFAULT_POLICY.forMs),
    successes: alert?.successes ?? base.successes ?? DEFAULT_POLICY.successes,
  };
}
