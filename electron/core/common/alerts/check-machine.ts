import type { CheckStatus } from '../checks/outcome.ts';
import { nextFlapping, pushHistory } from './flap.ts';
import {
  DEFAULT_POLICY,
  type AlertPolicy,
  type AlertResult,
  type CheckAlertEffect,
  type CheckAlertEvent,
  type CheckAlertState,
  type CheckAlertStep,
  type NoticeKind,
  type RecordKind,
  type Severity,
  type Urgency,
} from './types.ts';

/** A check with no alert and no history. */
export function createCheckAlert(checkId: number, policy: AlertPolicy = DEFAULT_POLICY): CheckAlertState {
  return {
    checkId,
    policy,
    phase: 'ok',
    severity: null,
    now: null,
    failStreak: 0,
    failSince: null,
    streakSeverity: null,
    okStreak: 0,
    firedAt: null,
    acknowledged: null,
    remindAt: null,
    escalateAt: null,
    history: [],
    flapping: false,
    announced: null,
  };
}

/**
 * One check's alert state machine: ok → pending → firing → acknowledged → (resolved) ok.
 * Pure: it returns the next state and the effects for the caller to carry out, and time
 * is whatever the event says it is.
 */
export function stepCheckAlert(state: CheckAlertState, event: CheckAlertEvent): CheckAlertStep {
  const effects: CheckAlertEffect[] = [];
  let next: CheckAlertState;
  switch (event.type) {
    case 'result':
      next = advanceTime(onResult(state, event.result, effects), event.result.at, effects);
      break;
    case 'tick':
      next = advanceTime(state, event.now, effects);
      break;
    case 'acknowledge':
      next = onAcknowledge(state, event.by, event.at, effects);
      break;
    case 'rebase':
      next = onRebase(state, event.at);
      break;
    default:
      return assertNever(event);
  }
  return { state: next, effects };
}

function assertNever(value: never): never {
  throw new Error(`unhandled alert event: ${JSON.stringify(value)}`);
}

function rank(severity: Severity | null): number {
  return severity === 'critical' ? 2 : severity === 'warning' ? 1 : 0;
}

function worse(a: Severity | null, b: Severity | null): Severity | null {
  return rank(a) >= rank(b) ? a : b;
}

function severityOf(status: CheckStatus): Severity | null {
  return status === 'warning' || status === 'critical' ? status : null;
}

function record(effects: CheckAlertEffect[], state: CheckAlertState, kind: RecordKind, at: number, by?: string): void {
  const base = { checkId: state.checkId, kind, at, severity: state.severity };
  effects.push({ type: 'record', record: by === undefined ? base : { ...base, by } });
}

/**
 * Ask to tell the user, unless the check is flapping: then its one 'flapping' notice is
 * all the user hears. `announced` follows only what was really said, so the end of
 * flapping can tell whether the user's picture is stale.
 */
function notify(effects: CheckAlertEffect[], state: CheckAlertState, kind: NoticeKind, at: number, urgency: Urgency = 'normal'): CheckAlertState {
  if (state.flapping && kind !== 'flapping') return state;
  effects.push({ type: 'notify', notice: { checkId: state.checkId, kind, severity: state.severity, urgency, at } });
  if (kind === 'flapping') return state;
  return { ...state, announced: kind === 'resolved' ? null : state.severity };
}

/** Deadlines for a newly critical, unacknowledged alert. */
function remindFrom(state: CheckAlertState, at: number): number | null {
  return state.severity === 'critical' ? at + state.policy.ackTimeoutMs : null;
}

function onResult(state: CheckAlertState, result: AlertResult, effects: CheckAlertEffect[]): CheckAlertState {
  // 'unknown' says nothing about the service: it neither fails nor succeeds, and it does
  // not break a streak either way.
  if (result.status === 'unknown') return state;
  const { at } = result;
  const history = pushHistory(state.history, result.status);
  const flapping = nextFlapping(state.flapping, history);
  let next: CheckAlertState = { ...state, history, flapping };
  if (flapping && !state.flapping) {
    record(effects, next, 'flapping-started', at);
    next = notify(effects, next, 'flapping', at);
  }
  const failing = severityOf(result.status);
  next = failing ? onFailure(next, failing, at, effects) : onSuccess(next, at, effects);
  if (state.flapping && !flapping) {
    record(effects, next, 'flapping-stopped', at);
    next = reconcile(next, at, effects);
  }
  return next;
}

function onFailure(state: CheckAlertState, severity: Severity, at: number, effects: CheckAlertEffect[]): CheckAlertState {
  let next: CheckAlertState = {
    ...state,
    okStreak: 0,
    failStreak: state.failStreak + 1,
    failSince: state.failSince ?? at,
    streakSeverity: worse(state.streakSeverity, severity),
  };
  switch (next.phase) {
    case 'ok':
      next = { ...next, phase: 'pending' };
      record(effects, next, 'pending', at);
      return firesNow(next, at) ? fire(next, at, effects) : next;
    case 'pending':
      return firesNow(next, at) ? fire(next, at, effects) : next;
    case 'firing':
    case 'acknowledged':
      if (rank(severity) <= rank(next.severity)) return next;
      // A rise is news even after an acknowledgement: that was given for a lesser
      // problem, so the alert is live again and the reminder clock restarts.
      next = { ...next, phase: 'firing', severity, acknowledged: null };
      next = { ...next, remindAt: remindFrom(next, at) };
      record(effects, next, 'severity-raised', at);
      return notify(effects, next, 'severity-raised', at);
    default:
      return assertNever(next.phase);
  }
}

function firesNow(state: CheckAlertState, at: number): boolean {
  return state.failStreak >= state.policy.failures && state.failSince !== null && at - state.failSince >= state.policy.forMs;
}

function fire(state: CheckAlertState, at: number, effects: CheckAlertEffect[]): CheckAlertState {
  const { escalateAfterMs } = state.policy;
  let next: CheckAlertState = { ...state, phase: 'firing', severity: state.streakSeverity, firedAt: at, acknowledged: null };
  next = { ...next, remindAt: remindFrom(next, at), escalateAt: escalateAfterMs === null ? null : at + escalateAfterMs };
  record(effects, next, 'firing', at);
  return notify(effects, next, 'firing', at);
}

function onSuccess(state: CheckAlertState, at: number, effects: CheckAlertEffect[]): CheckAlertState {
  const next: CheckAlertState = { ...state, okStreak: state.okStreak + 1, failStreak: 0, failSince: null, streakSeverity: null };
  switch (next.phase) {
    case 'ok':
      return next;
    case 'pending':
      // A blip: it never fired, so there is nothing to tell anyone.
      return { ...next, phase: 'ok' };
    case 'firing':
    case 'acknowledged':
      return next.okStreak >= next.policy.successes ? resolve(next, at, effects) : next;
    default:
      return assertNever(next.phase);
  }
}

function resolve(state: CheckAlertState, at: number, effects: CheckAlertEffect[]): CheckAlertState {
  record(effects, state, 'resolved', at);
  const next: CheckAlertState = { ...state, phase: 'ok', severity: null, firedAt: null, acknowledged: null, remindAt: null, escalateAt: null };
  // The user is told it is over only if they were told it began.
  return state.announced === null ? next : notify(effects, next, 'resolved', at);
}

/** Flapping ended: tell the user where things really stand, if that is not what they last heard. */
function reconcile(state: CheckAlertState, at: number, effects: CheckAlertEffect[]): CheckAlertState {
  const real = state.phase === 'firing' || state.phase === 'acknowledged' ? state.severity : null;
  if (real === state.announced) return state;
  return notify(effects, state, real === null ? 'resolved' : 'firing', at);
}

/** Deadlines that `now` has reached: escalated reminders and the escalation webhook. */
function advanceTime(state: CheckAlertState, now: number, effects: CheckAlertEffect[]): CheckAlertState {
  let next: CheckAlertState = { ...state, now };
  if (next.phase !== 'firing') return next;
  if (next.remindAt !== null && now >= next.remindAt) {
    record(effects, next, 'reminded', now);
    next = notify(effects, next, 'reminder', now, 'escalated');
    // One reminder however late we are: a sleeping laptop must not wake up to a burst.
    next = { ...next, remindAt: now + next.policy.repeatMs };
  }
  if (next.escalateAt !== null && now >= next.escalateAt && next.severity !== null) {
    record(effects, next, 'escalated', now);
    effects.push({ type: 'escalate', checkId: next.checkId, severity: next.severity, at: now });
    next = { ...next, escalateAt: null };
  }
  return next;
}

function onAcknowledge(state: CheckAlertState, by: string, at: number, effects: CheckAlertEffect[]): CheckAlertState {
  if (state.phase !== 'firing') return state;
  const next: CheckAlertState = { ...state, phase: 'acknowledged', acknowledged: { by, at }, remindAt: null, escalateAt: null };
  record(effects, next, 'acknowledged', at, by);
  return next;
}

function onRebase(state: CheckAlertState, at: number): CheckAlertState {
  const shift = state.now === null ? 0 : at - state.now;
  const moved = (deadline: number | null): number | null => (deadline === null ? null : deadline + shift);
  return {
    ...state,
    now: at,
    phase: state.phase === 'pending' ? 'ok' : state.phase,
    failStreak: 0,
    failSince: null,
    streakSeverity: null,
    remindAt: moved(state.remindAt),
    escalateAt: moved(state.escalateAt),
  };
}
