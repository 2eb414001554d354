import type { CheckValues } from '../checks/outcome.ts';
import { evaluateConditions } from './evaluate.ts';
import { createJsonCache, type JsonCache } from './json-path.ts';
import type { Condition } from './types.ts';

/** A check's conditions in two tiers: each must hold, or the check is that severe. */
export interface ConditionTiers {
  readonly warning: readonly Condition[];
  readonly critical: readonly Condition[];
}

export type ConditionTier = 'warning' | 'critical';

/** The verdict of both tiers, with every condition that failed, critical ones first. */
export interface TierVerdict {
  readonly status: 'up' | 'warning' | 'critical';
  readonly failed: ReadonlyArray<{ readonly tier: ConditionTier; readonly description: string }>;
}

/**
 * Any failed critical condition makes the check critical; otherwise any failed warning
 * condition makes it warning; otherwise it is up. Warning `[RESPONSE_TIME] < 2000` with
 * critical `[RESPONSE_TIME] < 5000`: 3000 ms is warning, 6000 ms is critical. Both tiers
 * are always evaluated so the failed list is complete, and share one JSON cache.
 */
export function evaluateTiers(tiers: ConditionTiers, values: CheckValues, cache: JsonCache = createJsonCache()): TierVerdict {
  const failed: Array<{ tier: ConditionTier; description: string }> = [];
  for (const tier of ['critical', 'warning'] as const) {
    for (const result of evaluateConditions(tiers[tier], values, cache)) {
      if (!result.passed) failed.push({ tier, description: result.description });
    }
  }
  const status = failed.some((entry) => entry.tier === 'critical') ? 'critical' : failed.length > 0 ? 'warning' : 'up';
  return { status, failed };
}
