import type { FleetEffect, FleetNotification, FleetState } from './fleet-types.ts';
import type { Notice, Severity, Urgency } from './types.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Queue a notice in the open group, opening one if none is. */
export function enqueue(state: FleetState, notice: Notice, now: number): FleetState {
  const group = state.group ?? { openedAt: now, notices: [] };
  return { ...state, group: { openedAt: group.openedAt, notices: [...group.notices, notice] } };
}

/** Build one notification naming every check in `notices` once. */
export function notification(kind: FleetNotification['kind'], notices: readonly Notice[], at: number): FleetNotification {
  const urgency: Urgency = notices.some((notice) => notice.urgency === 'escalated') ? 'escalated' : 'normal';
  let severity: Severity | null = null;
  for (const notice of notices) {
    if (notice.severity === 'critical') severity = 'critical';
    else if (notice.severity === 'warning' && severity === null) severity = 'warning';
  }
  const checkIds = [...new Set(notices.map((notice) => notice.checkId))];
  return { kind, at, urgency, severity, notices, checkIds };
}

function budgetAllows(state: FleetState, now: number): boolean {
  const lastMinute = state.sent.filter((at) => at > now - MINUTE_MS).length;
  return lastMinute < state.options.perMinute && state.sent.length < state.options.perHour;
}

/** Count a notification that went out against the budget. */
export function spend(state: FleetState, at: number): FleetState {
  return { ...state, sent: [...state.sent, at] };
}

/**
 * Close the group once its window has passed and send it, or fold it into the held
 * notices when the budget is spent; send the held notices as one summary as soon as the
 * budget allows. Per minute and per hour are sliding windows over what was sent.
 */
export function flush(state: FleetState, now: number, effects: FleetEffect[]): FleetState {
  let next: FleetState = { ...state, sent: state.sent.filter((at) => at > now - HOUR_MS) };
  if (next.group && now >= next.group.openedAt + next.options.groupWaitMs) {
    const { notices } = next.group;
    next = { ...next, group: null };
    if (budgetAllows(next, now)) {
      effects.push({ type: 'notify', notification: notification('alerts', notices, now) });
      next = spend(next, now);
    } else {
      next = { ...next, held: [...next.held, ...notices] };
    }
  }
  if (next.held.length > 0 && budgetAllows(next, now)) {
    effects.push({ type: 'notify', notification: notification('summary', next.held, now) });
    next = spend({ ...next, held: [] }, now);
  }
  return next;
}
