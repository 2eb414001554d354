import type { FleetCheck, FleetState } from './fleet-types.ts';
import { CheckTable } from './table.ts';

/**
 * Whether time passing alone (a tick, no new result) could change what this check's
 * alert does. Ticks matter for a firing alert (reminders, escalation), a snooze (it runs
 * out), a notice the user has not heard yet (caught up on once they can hear it), and a
 * network failure (checks going quiet move the offline share). Nothing else a check holds
 * moves with the clock: pending alerts advance on results, acknowledged ones wait for
 * the all-clear, and a flapping check is caught up with when its flapping ends.
 */
export function checkWaitsOnTime(check: FleetCheck): boolean {
  const { alert } = check;
  if (check.snoozedUntil !== null || check.last?.network) return true;
  if (alert.phase === 'firing') return true;
  if (alert.phase === 'acknowledged' || alert.flapping) return false;
  // What catchUp would tell: nothing when the user heard the check as it is (all good).
  return check.heard !== null;
}

/** The fleet-wide part: a group to close, held notices, a snooze, a grace period, being offline. */
function fleetWaitsOnTime(state: FleetState, now: number): boolean {
  return (
    state.group !== null ||
    state.held.length > 0 ||
    state.offline !== null ||
    !state.osOnline ||
    state.snoozedAllUntil !== null ||
    (state.graceUntil !== null && state.graceUntil > now)
  );
}

/**
 * Whether a tick could change anything in this fleet. When not, the service need not
 * wake until the next event: every change that makes ticks matter again comes with one
 * (a result, a snooze, an acknowledgement, the OS going offline), and is seen by
 * `startsWaitingOnTime`.
 */
export function waitsOnTime(state: FleetState, now: number): boolean {
  if (fleetWaitsOnTime(state, now)) return true;
  for (const check of state.checks.values()) if (checkWaitsOnTime(check)) return true;
  return false;
}

/**
 * `waitsOnTime(after)` for a fleet that did not wait on time before this step, costing
 * the checks the step changed rather than all of them (results arrive many a second).
 */
export function startsWaitingOnTime(before: FleetState, after: FleetState, now: number): boolean {
  if (fleetWaitsOnTime(after, now)) return true;
  if (!(before.checks instanceof CheckTable && after.checks instanceof CheckTable)) return waitsOnTime(after, now);
  for (const checkId of CheckTable.changedKeys(before.checks, after.checks)) {
    const check = after.checks.get(checkId);
    if (check && checkWaitsOnTime(check)) return true;
  }
  return false;
}
