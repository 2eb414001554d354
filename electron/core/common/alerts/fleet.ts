import type { CheckStatus } from '../checks/outcome.ts';
import { createCheckAlert, stepCheckAlert } from './check-machine.ts';
import { carryOfflineCounts, isNetworkFailure, looksOfflineNow } from './connectivity.ts';
import {
  DEFAULT_FLEET_OPTIONS,
  type FleetCheck,
  type FleetEffect,
  type FleetEvent,
  type FleetOptions,
  type FleetResult,
  type FleetState,
  type FleetStep,
} from './fleet-types.ts';
import { catchUp, deliver, inMaintenance } from './delivery.ts';
import { flush, notification, spend } from './outbox.ts';
import { expireSnoozes, snooze, snoozedUntil } from './snooze.ts';
import { CheckTable, TableDraft, type WritableTable } from './table.ts';
import { DEFAULT_POLICY, type CheckAlertEvent } from './types.ts';

/** A fleet with no checks, online, nothing queued. */
export function createFleet(options: Partial<FleetOptions> = {}): FleetState {
  return {
    options: { ...DEFAULT_FLEET_OPTIONS, ...options },
    now: null,
    checks: CheckTable.empty(),
    osOnline: true,
    offline: null,
    graceUntil: null,
    snoozedAllUntil: null,
    group: null,
    held: [],
    sent: [],
  };
}

/**
 * The fleet-level alert policy: runs every check's machine and decides what reaches the
 * user. Notices are grouped (one notification per `groupWaitMs`), budgeted (per minute
 * and per hour, the rest folded into one summary), silenced while the laptop is offline
 * or snoozed, and held back for a grace period after sleep or a clock jump. Pure, like
 * the per-check machine: time comes only from events.
 */
export function stepFleet(state: FleetState, event: FleetEvent): FleetStep {
  const effects: FleetEffect[] = [];
  let next: FleetState;
  switch (event.type) {
    case 'configure':
      next = configure(state, event);
      break;
    case 'remove': {
      next = { ...state, checks: CheckTable.from(state.checks).without(event.checkId) };
      break;
    }
    case 'results':
      next = onResults(state, event.results, effects);
      break;
    case 'tick':
      next = onTick(state, event.now, effects);
      break;
    case 'acknowledge':
      next = flush(stepOne(state, event.checkId, { type: 'acknowledge', by: event.by, at: event.at }, event.at, effects), event.at, effects);
      break;
    case 'online':
      next = flush(updateConnectivity({ ...state, osOnline: event.online, now: event.at }, event.at, effects), event.at, effects);
      break;
    case 'resumed':
      next = rebaseAll(state, event.at);
      break;
    case 'time-anomaly':
      next = rebaseAll(state, event.anomaly.at);
      break;
    case 'snooze':
      next = snooze(state, event.checkId, event.until);
      break;
    default:
      return assertNever(event);
  }
  return { state: next, effects };
}

function assertNever(value: never): never {
  throw new Error(`unhandled fleet event: ${JSON.stringify(value)}`);
}

function configure(state: FleetState, event: Extract<FleetEvent, { type: 'configure' }>): FleetState {
  const existing = state.checks.get(event.checkId);
  const policy = { ...(existing?.alert.policy ?? DEFAULT_POLICY), ...event.policy };
  const alert = existing ? { ...existing.alert, policy } : createCheckAlert(event.checkId, policy);
  const check: FleetCheck = {
    alert,
    host: event.host,
    intervalMs: event.intervalMs,
    last: existing?.last ?? null,
    snoozedUntil: existing?.snoozedUntil ?? null,
    maintenance: event.maintenance ?? existing?.maintenance ?? [],
    heard: existing?.heard ?? null,
  };
  return { ...state, checks: CheckTable.from(state.checks).with(event.checkId, check) };
}

/**
 * Feed one check's machine an event and route its effects: records always go on, an
 * escalation unless snoozed or in maintenance, a notice through `deliver`.
 */
function stepOne(
  state: FleetState,
  checkId: number,
  event: CheckAlertEvent,
  now: number,
  effects: FleetEffect[],
  checks?: WritableTable<FleetCheck>,
): FleetState {
  const check = (checks ?? state.checks).get(checkId);
  if (!check) return state;
  const step = stepCheckAlert(check.alert, event);
  // Alone (not part of a batch), the step has its own draft and ends by freezing it.
  const own = checks ? null : new TableDraft(state.checks);
  const table = checks ?? own!;
  table.set(checkId, { ...check, alert: step.state });
  let next: FleetState = own ? { ...state, checks: own } : state;
  for (const effect of step.effects) {
    switch (effect.type) {
      case 'record':
        effects.push(effect);
        break;
      case 'escalate':
        // Waking a second person is for real outages, not planned or silenced ones.
        if (snoozedUntil(state, checkId, now) === null && !inMaintenance(check, now)) effects.push(effect);
        break;
      case 'notify':
        next = deliver(next, table, effect.notice, now);
        break;
      default:
        return assertNever(effect);
    }
  }
  return own ? { ...next, checks: own.table } : next;
}

/** The status the machine should see: results we cannot trust say nothing. */
function trusted(state: FleetState, result: FleetResult, now: number): CheckStatus {
  // Maintenance: failures are expected, so the result says nothing either way.
  if (inMaintenance(state.checks.get(result.checkId), result.at)) return 'unknown';
  const failing = result.status === 'warning' || result.status === 'critical';
  // Offline, a network failure measures our Wi-Fi, not the service.
  if (state.offline && isNetworkFailure(result.status, result.errorClass)) return 'unknown';
  // Just after a resume, failures are mostly the network waking up: wait the grace out.
  if (failing && state.graceUntil !== null && now < state.graceUntil) return 'unknown';
  return result.status;
}

function onResults(state: FleetState, results: readonly FleetResult[], effects: FleetEffect[]): FleetState {
  if (results.length === 0) return state;
  // A result is stamped when its run started and runs finish out of order, so a batch can
  // be older than one already seen. Time does not go back for that (only a rebase moves it
  // back): "now" going back would also make the offline counts start over from every check.
  const now = Math.max(state.now ?? -Infinity, ...results.map((result) => result.at));
  // One draft of the table per batch: each change copies a path, not 1,000 entries.
  const checks = new TableDraft(state.checks);
  for (const result of results) {
    const check = checks.get(result.checkId);
    if (!check) continue;
    const network = isNetworkFailure(result.status, result.errorClass);
    checks.set(result.checkId, { ...check, last: { at: result.at, network } });
  }
  const counted = checks.table;
  const since = { before: state.checks, changed: results.map((result) => result.checkId) };
  let next = updateConnectivity({ ...state, checks, now }, now, effects, since);
  for (const result of results) {
    const status = trusted(next, result, result.at);
    next = stepOne(next, result.checkId, { type: 'result', result: { at: result.at, status } }, now, effects, checks);
  }
  return finish(flush(next, now, effects), checks, counted);
}

function onTick(state: FleetState, now: number, effects: FleetEffect[]): FleetState {
  const checks = new TableDraft(state.checks);
  const counted = checks.table;
  let next = updateConnectivity({ ...state, checks, now }, now, effects);
  next = expireSnoozes(next, checks, now);
  for (const checkId of checks.keys()) next = stepOne(next, checkId, { type: 'tick', now }, now, effects, checks);
  return finish(flush(catchUp(next, checks, now), now, effects), checks, counted);
}

/**
 * End a step that worked on a draft: the next state holds the frozen table, never the
 * draft (a later step would change it under this state). After `counted` only alerts,
 * snoozes and `heard` changed, so the offline counts carry over.
 */
function finish(state: FleetState, checks: TableDraft<FleetCheck>, counted: CheckTable<FleetCheck>): FleetState {
  carryOfflineCounts(counted, checks.table);
  return { ...state, checks: checks.table };
}

/**
 * Go offline when the OS says so or the results look like it, telling the user once.
 * Notices already queued still go: they were decided while we could trust the results.
 */
function updateConnectivity(
  state: FleetState,
  now: number,
  effects: FleetEffect[],
  since?: Parameters<typeof looksOfflineNow>[2],
): FleetState {
  // Counted even while the OS says offline, so the counts follow every result.
  const networkDown = looksOfflineNow(state.checks, now, since);
  const reason = !state.osOnline ? 'os' : networkDown ? 'network-errors' : null;
  if (reason && !state.offline) {
    effects.push({ type: 'connectivity', online: false, reason, at: now });
    effects.push({ type: 'notify', notification: notification('offline', [], now) });
    return spend({ ...state, offline: { since: now, reason } }, now);
  }
  if (!reason && state.offline) {
    effects.push({ type: 'connectivity', online: true, reason: null, at: now });
    return { ...state, offline: null };
  }
  if (reason && state.offline && state.offline.reason !== reason) return { ...state, offline: { ...state.offline, reason } };
  return state;
}

/**
 * Time was discontinuous at `at` (resume from sleep, clock set). Every check keeps the
 * time its deadlines had left, the group and budget windows move with the clock, and a
 * grace period of max(2 × the longest interval, minGraceMs) starts with no down notices.
 */
function rebaseAll(state: FleetState, at: number): FleetState {
  const shift = state.now === null ? 0 : at - state.now;
  const checks = new TableDraft(CheckTable.empty<FleetCheck>());
  let longest = 0;
  for (const [checkId, check] of state.checks) {
    longest = Math.max(longest, check.intervalMs);
    const alert = stepCheckAlert(check.alert, { type: 'rebase', at }).state;
    const last = check.last ? { ...check.last, at: check.last.at + shift } : null;
    checks.set(checkId, { ...check, alert, last });
  }
  const group = state.group ? { ...state.group, openedAt: state.group.openedAt + shift } : null;
  const graceUntil = at + Math.max(2 * longest, state.options.minGraceMs);
  return { ...state, now: at, checks: checks.table, group, sent: state.sent.map((sentAt) => sentAt + shift), graceUntil };
}
