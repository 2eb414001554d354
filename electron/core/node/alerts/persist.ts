import type { FleetCheck, FleetState } from '../../common/alerts/fleet-types.ts';
import type { Logger } from '../../common/ports.ts';
import type { AlertStore, SavedAlert, SavedSnoozes } from './alert-store.ts';

/**
 * What must survive a restart of one check's alert, as a string to compare. Streak
 * counters and flap history change with every result and are cheap to lose (a streak
 * starts over), so they do not cause a write on their own; they ride along when
 * something here changes.
 */
export function persistKey(check: FleetCheck): string {
  const { alert } = check;
  return JSON.stringify([
    alert.phase,
    alert.severity,
    alert.firedAt,
    alert.acknowledged,
    alert.remindAt,
    alert.escalateAt,
    alert.flapping,
    alert.announced,
    check.heard,
  ]);
}

export function toSaved(check: FleetCheck): SavedAlert {
  const { policy: _policy, ...alert } = check.alert;
  return { checkId: alert.checkId, alert, heard: check.heard };
}

/**
 * Put saved alerts and snoozes back into a freshly configured fleet. The policy stays
 * the configured one (the check's settings may have changed while the app was closed);
 * the rest is what the machine had. A saved check that no longer exists is ignored.
 */
export function restoreFleet(fleet: FleetState, saved: readonly SavedAlert[], snoozes: SavedSnoozes): FleetState {
  const checks = new Map(fleet.checks);
  for (const entry of saved) {
    const check = checks.get(entry.checkId);
    if (!check) continue;
    checks.set(entry.checkId, { ...check, alert: { ...check.alert, ...entry.alert, checkId: entry.checkId, policy: check.alert.policy }, heard: entry.heard });
  }
  for (const [checkId, until] of snoozes.checks) {
    const check = checks.get(checkId);
    if (check) checks.set(checkId, { ...check, snoozedUntil: until });
  }
  return { ...fleet, checks, snoozedAllUntil: snoozes.all };
}

/** Writes each check's alert when what must survive a restart changed, and only then. */
export class AlertPersistence {
  readonly #store: AlertStore;
  readonly #logger: Logger;
  readonly #written = new Map<number, string>();

  constructor(store: AlertStore, logger: Logger) {
    this.#store = store;
    this.#logger = logger;
  }

  /** What is in the database now (after a restore): nothing to write for these. */
  remember(fleet: FleetState): void {
    for (const [checkId, check] of fleet.checks) this.#written.set(checkId, persistKey(check));
  }

  forget(checkId: number): void {
    this.#written.delete(checkId);
  }

  /** Save the checks that changed from `before` to `after`; true when any did. */
  save(before: FleetState, after: FleetState, now: number): boolean {
    const changed: SavedAlert[] = [];
    for (const [checkId, check] of after.checks) {
      // Unchanged entries keep their object: one comparison per check, no serialising.
      if (before.checks.get(checkId) === check) continue;
      const key = persistKey(check);
      if (this.#written.get(checkId) === key) continue;
      this.#written.set(checkId, key);
      changed.push(toSaved(check));
    }
    try {
      this.#store.saveAlerts(changed, now);
    } catch (error) {
      this.#logger.error(`Alert state could not be saved: ${(error as Error).message}`);
    }
    return changed.length > 0;
  }
}
