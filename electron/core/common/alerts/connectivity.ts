import { NETWORK_ERROR_CLASSES, type ErrorClass } from '../checks/outcome.ts';
import type { CheckStatus } from '../checks/outcome.ts';
import type { FleetCheck } from './fleet-types.ts';

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
