/**
 * When a run turns overdue and when it counts as missed, and what its status is now.
 * Pure arithmetic on UTC ms so the service, the views and the tests agree.
 */

/** Without a budget or an explicit grace, a run turns overdue an hour after it came due. */
export const DEFAULT_GRACE_MINUTES = 60;
/** A run left open this long is missed even when its next occurrence is further away (monthly, quarterly). */
export const MISSED_AFTER_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60_000;

export type RunStatus = 'due' | 'overdue' | 'done' | 'missed';

export interface RunTiming {
  readonly dueAt: number;
  readonly overdueAt: number;
  readonly missedAt: number;
}

/**
 * Overdue after the grace (explicit, else the budget, else an hour). Missed once the next
 * occurrence comes due (two open runs of one routine help nobody) or a day after due,
 * whichever is first, but never before it was overdue.
 */
export function runTiming(dueAt: number, nextDueAt: number | null, budgetMinutes: number | null, graceMinutes: number | null): RunTiming {
  const overdueAt = dueAt + (graceMinutes ?? budgetMinutes ?? DEFAULT_GRACE_MINUTES) * MINUTE_MS;
  const cap = dueAt + MISSED_AFTER_MS;
  const missedAt = Math.max(overdueAt, Math.min(nextDueAt ?? cap, cap));
  return { dueAt, overdueAt, missedAt };
}

/** Status of a run at `now`; a completed run is done whatever the time. */
export function runStatus(timing: RunTiming, completedAt: number | null, now: number): RunStatus {
  if (completedAt !== null) return 'done';
  if (now >= timing.missedAt) return 'missed';
  if (now >= timing.overdueAt) return 'overdue';
  return 'due';
}

/** Done runs over settled ones (done or missed); null when none has settled yet. */
export function completionRate(done: number, missed: number): number | null {
  const settled = done + missed;
  return settled === 0 ? null : done / settled;
}
