import { NETWORK_ERROR_CLASSES, type ErrorClass } from '../checks/outcome.ts';
import type { CheckStatus } from '../checks/outcome.ts';
import type { FleetCheck } from './fleet-types.ts';
import { CheckTable, TableDraft } from './table.ts';

/** At least this share of recently heard checks failing at network level… */
export const OFFLINE_SHARE = 0.5;
/** …on at least this many distinct hosts means it is us, not them. */
export const OFFLINE_MIN_HOSTS = 3;
/**
 * A check counts as recently heard for this many of its intervals. One is not enough: a
 * result is stamped when its run started, runs drift by scheduling jitter and a failing
 * one takes up to its timeout, so just before each next result the last one is a little
 * over an interval old. Counting it out then made the fleet flip online and back (one
 * "You're offline" each time) while every check was still failing.
 */
export const OFFLINE_HEARD_INTERVALS = 2;

/** A failure where no service answered: DNS, connect, TLS or timeout. */
export function isNetworkFailure(status: CheckStatus, errorClass: ErrorClass | null): boolean {
  return (status === 'warning' || status === 'critical') && errorClass !== null && NETWORK_ERROR_CLASSES.has(errorClass);
}

/**
 * Whether the latest results say the laptop itself is offline: of the checks heard from
 * within OFFLINE_HEARD_INTERVALS of their interval before `now`, at least half failed at network level, across at
 * least three hosts. One host down is that host's problem; many at once is our Wi-Fi.
 */
export function looksOffline(checks: Iterable<FleetCheck>, now: number): boolean {
  let heard = 0;
  let failing = 0;
  const hosts = new Set<string>();
  for (const check of checks) {
    if (!check.last || check.last.at < now - OFFLINE_HEARD_INTERVALS * check.intervalMs) continue;
    heard += 1;
    if (!check.last.network) continue;
    failing += 1;
    hosts.add(check.host);
  }
  return heard > 0 && failing >= heard * OFFLINE_SHARE && hosts.size >= OFFLINE_MIN_HOSTS;
}

/**
 * looksOffline's counts for one version of the check table, kept so a result costs
 * the change it makes and not a look at every check. They hold for any `now` from
 * `lastNow` to `validUntil`: no check counted as heard is that old yet, and no check
 * left out can come back without a new result.
 */
interface Counts {
  lastNow: number;
  /** The soonest a heard check stops counting as heard. */
  validUntil: number;
  heard: number;
  failing: number;
  /** Failing checks per host; a host leaves the map when its count reaches 0. */
  readonly hosts: Map<string, number>;
}

/**
 * Keyed by the table object: a step that changes `last` makes a new table and moves the
 * counts to it, so a state stepped twice (or any other table) counts afresh, never
 * from counts another step already moved on.
 */
const countsByTable = new WeakMap<object, Counts>();

function heardAt(check: FleetCheck, now: number): boolean {
  // The very comparison looksOffline makes, so the two can never disagree.
  return check.last !== null && !(check.last.at < now - OFFLINE_HEARD_INTERVALS * check.intervalMs);
}

function stopsBeingHeard(check: FleetCheck): number {
  return check.last === null ? -Infinity : check.last.at + OFFLINE_HEARD_INTERVALS * check.intervalMs;
}

function add(counts: Counts, check: FleetCheck, sign: 1 | -1): void {
  counts.heard += sign;
  if (!check.last?.network) return;
  counts.failing += sign;
  const left = (counts.hosts.get(check.host) ?? 0) + sign;
  if (left === 0) counts.hosts.delete(check.host);
  else counts.hosts.set(check.host, left);
}

function countAll(checks: Iterable<FleetCheck>, now: number): Counts {
  const counts: Counts = { lastNow: now, validUntil: Infinity, heard: 0, failing: 0, hosts: new Map() };
  for (const check of checks) {
    if (!heardAt(check, now)) continue;
    add(counts, check, 1);
    counts.validUntil = Math.min(counts.validUntil, stopsBeingHeard(check));
  }
  return counts;
}

function verdict(counts: Counts): boolean {
  return counts.heard > 0 && counts.failing >= counts.heard * OFFLINE_SHARE && counts.hosts.size >= OFFLINE_MIN_HOSTS;
}

function holds(counts: Counts | undefined, now: number): counts is Counts {
  return counts !== undefined && counts.lastNow <= now && now <= counts.validUntil;
}

/**
 * looksOffline over a fleet's table, with the same answer at a fraction of the cost:
 * `changed` names the checks whose entries differ from `before` (the table the last
 * answer was for), so a batch of results costs its own size. A full count happens when
 * the table changed some other way (configure, remove, a resume), time went back, or
 * a heard check went quiet: about once per interval in a steady fleet.
 */
export function looksOfflineNow(
  checks: ReadonlyMap<number, FleetCheck>,
  now: number,
  since?: { readonly before: ReadonlyMap<number, FleetCheck>; readonly changed: Iterable<number> },
): boolean {
  const table = checks instanceof TableDraft ? checks.table : checks;
  // Counts are only kept for tables nobody can change in place.
  if (!(table instanceof CheckTable)) return looksOffline(table.values(), now);
  let counts = countsByTable.get(table);
  if (!counts && since) {
    const before = since.before instanceof TableDraft ? since.before.table : since.before;
    const previous = countsByTable.get(before);
    if (before !== table && holds(previous, now)) {
      for (const checkId of new Set(since.changed)) {
        const old = before.get(checkId);
        if (old && heardAt(old, previous.lastNow)) add(previous, old, -1);
        const check = table.get(checkId);
        if (check && heardAt(check, now)) {
          add(previous, check, 1);
          previous.validUntil = Math.min(previous.validUntil, stopsBeingHeard(check));
        }
      }
      countsByTable.delete(before);
      countsByTable.set(table, previous);
      counts = previous;
    }
  }
  if (!holds(counts, now)) {
    counts = countAll(table.values(), now);
    countsByTable.set(table, counts);
  }
  counts.lastNow = now;
  return verdict(counts);
}

/**
 * The step that counted on `from` went on to change only alerts, snoozes and what the
 * user heard, none of which looksOffline reads: the counts hold for `to` as well.
 */
export function carryOfflineCounts(from: ReadonlyMap<number, FleetCheck>, to: ReadonlyMap<number, FleetCheck>): void {
  if (from === to) return;
  const counts = countsByTable.get(from);
  if (!counts) return;
  countsByTable.delete(from);
  countsByTable.set(to, counts);
}
