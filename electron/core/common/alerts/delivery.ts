import type { FleetCheck, FleetState } from './fleet-types.ts';
import { maintenanceAt } from './maintenance.ts';
import { enqueue } from './outbox.ts';
import { snoozedUntil } from './snooze.ts';
import type { WritableTable } from './table.ts';
import type { Notice, NoticeKind, Severity } from './types.ts';

/** Whether `at` falls in one of the check's maintenance windows. */
export function inMaintenance(check: FleetCheck | undefined, at: number): boolean {
  return check !== undefined && check.maintenance.length > 0 && maintenanceAt(check.maintenance, at) !== null;
}

/**
 * Queue a notice unless the user should not hear it now: offline, snoozed, bad news in
 * the grace period or a maintenance window, or a recovery of something never heard.
 * What is queued updates the check's `heard` in `checks`, the step's own table.
 */
export function deliver(state: FleetState, checks: WritableTable<FleetCheck>, notice: Notice, now: number): FleetState {
  const check = checks.get(notice.checkId);
  if (!check || state.offline || snoozedUntil(state, notice.checkId, now) !== null) return state;
  if (notice.kind === 'resolved') {
    if (check.heard === null) return state;
  } else {
    const inGrace = state.graceUntil !== null && now < state.graceUntil;
    if (inGrace || inMaintenance(check, now)) return state;
  }
  const heard = notice.kind === 'resolved' ? null : notice.kind === 'flapping' ? check.heard : notice.severity;
  if (heard !== check.heard) checks.set(notice.checkId, { ...check, heard });
  return enqueue(state, notice, now);
}

function catchUpKind(heard: Severity | null, target: Severity | null): NoticeKind {
  if (target === null) return 'resolved';
  return heard === 'warning' && target === 'critical' ? 'severity-raised' : 'firing';
}

/**
 * Tell the user what they missed while they could not hear it: an alert that fired (or
 * rose, or resolved) while offline, snoozed, in grace or in maintenance. Acknowledged and
 * flapping checks are left alone: the user already knows, or has the flapping notice.
 */
export function catchUp(state: FleetState, checks: WritableTable<FleetCheck>, now: number): FleetState {
  let next = state;
  for (const [checkId, check] of checks) {
    const { alert } = check;
    if (alert.phase === 'acknowledged' || alert.flapping) continue;
    const target = alert.phase === 'firing' ? alert.severity : null;
    if (target === check.heard) continue;
    next = deliver(next, checks, { checkId, kind: catchUpKind(check.heard, target), severity: target, urgency: 'normal', at: now }, now);
  }
  return next;
}
