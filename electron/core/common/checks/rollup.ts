import type { CheckStatus } from './outcome.ts';

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** Stored as small integers: a result row is written every few seconds per check. */
export const STATUS_CODE: Readonly<Record<CheckStatus, number>> = { up: 0, warning: 1, critical: 2, unknown: 3 };
export const STATUS_BY_CODE: readonly CheckStatus[] = ['up', 'warning', 'critical', 'unknown'];

export interface StatusCounts {
  readonly up: number;
  readonly warning: number;
  readonly critical: number;
  readonly unknown: number;
}

export interface Rollup extends StatusCounts {
  readonly start: number;
  readonly periodMs: number;
  readonly latencyMin: number | null;
  readonly latencyAvg: number | null;
  readonly latencyP95: number | null;
  readonly latencyMax: number | null;
}

/** The UTC-aligned bucket `at` falls in. */
export function bucketStart(at: number, periodMs: number): number {
  return at - (((at % periodMs) + periodMs) % periodMs);
}

/** Nearest-rank percentile of ascending values; null for none. */
export function percentile(ascending: readonly number[], p: number): number | null {
  if (ascending.length === 0) return null;
  const rank = Math.ceil((p / 100) * ascending.length);
  return ascending[Math.min(ascending.length, Math.max(1, rank)) - 1] ?? null;
}

/** Summarise one bucket's results. */
export function rollUp(results: ReadonlyArray<{ status: CheckStatus; latencyMs: number | null }>, start: number, periodMs: number): Rollup {
  const counts = { up: 0, warning: 0, critical: 0, unknown: 0 };
  const latencies: number[] = [];
  for (const result of results) {
    counts[result.status] += 1;
    if (result.latencyMs !== null) latencies.push(result.latencyMs);
  }
  latencies.sort((a, b) => a - b);
  const sum = latencies.reduce((total, value) => total + value, 0);
  return {
    start,
    periodMs,
    ...counts,
    latencyMin: latencies[0] ?? null,
    latencyAvg: latencies.length > 0 ? sum / latencies.length : null,
    latencyP95: percentile(latencies, 95),
    latencyMax: latencies.at(-1) ?? null,
  };
}

/**
 * Share of known results in which the service answered acceptably (up or warning).
 * Unknown results (offline laptop, maintenance) say nothing about the service and are
 * left out; null when nothing is known.
 */
export function availability(counts: StatusCounts): number | null {
  const known = counts.up + counts.warning + counts.critical;
  return known === 0 ? null : (counts.up + counts.warning) / known;
}
