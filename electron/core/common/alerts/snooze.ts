import type { FleetCheck, FleetState } from './fleet-types.ts';
import { CheckTable, type WritableTable } from './table.ts';

/** Snooze one check, or every check when `checkId` is null, until `until` (wall-clock ms). */
export function snooze(state: FleetState, checkId: number | null, until: number): FleetState {
  if (checkId === null) return { ...state, snoozedAllUntil: until };
  const check = state.checks.get(checkId);
  if (!check) return state;
  return { ...state, checks: CheckTable.from(state.checks).with(checkId, { ...check, snoozedUntil: until }) };
}

/** When the check's notifications resume by themselves; null when it is not snoozed at `now`. */
export function snoozedUntil(state: FleetState, checkId: number, now: number): number | null {
  const own = state.checks.get(checkId)?.snoozedUntil ?? null;
  const until = Math.max(own ?? -Infinity, state.snoozedAllUntil ?? -Infinity);
  return until > now ? until : null;
}

/**
 * Clear snoozes that have run out by `now`, so the state shows only live ones.
 * `checks` is the batch's own copy of the table and is updated in place.
 */
export function expireSnoozes(state: FleetState, checks: WritableTable<FleetCheck>, now: number): FleetState {
  for (const [checkId, check] of checks) {
    if (check.snoozedUntil !== null && now >= check.snoozedUntil) checks.set(checkId, { ...check, snoozedUntil: null });
  }
  return state.snoozedAllUntil !== null && now >= state.snoozedAllUntil ? { ...state, snoozedAllUntil: null } : state;
}
