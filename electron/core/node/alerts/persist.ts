import type { FleetCheck, FleetState } from '../../common/alerts/fleet-types.ts';
import { CheckTable, TableDraft } from '../../common/alerts/table.ts';
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
  const checks = new TableDraft(fleet.checks);
  for (const entry of saved) {
    const check = checks.get(entry.checkId);
    if (!check) continue;
    checks.set(entry.checkId, { ...check, alert: { ...check.alert, ...entry.alert, checkId: entry.checkId, policy: check.alert.policy }, heard: entry.heard });
  }
  for (const [checkId, until] of snoozes.checks) {
    const check = checks.get(checkId);
    if (check) checks.set(checkId, { ...check, snoozedUntil: until });
  }
  return { ...fleet, checks: checks.table, snoozedAllUntil: snoozes.all };
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
    return this.write(this.changes(before, after), now);
  }

  /**
   * What `save` would write, worked out without touching the database, so a step with
   * nothing to keep (most results) needs no transaction. Counted as written from here.
   */
  changes(before: FleetState, after: FleetState): SavedAlert[] {
    const changed: SavedAlert[] = [];
    for (const checkId of changedChecks(before, after)) {
      const check = after.checks.get(checkId)!;
      const key = persistKey(check);
      if (this.#written.get(checkId) === key) continue;
      this.#written.set(checkId, key);
      changed.push(toSaved(check));
    }
    return changed;
  }

  /** Write what `changes` found; true when there was anything. */
  write(changed: readonly SavedAlert[], now: number): boolean {
    try {
      this.#store.saveAlerts(changed, now);
    } catch (error) {
      this.#logger.error(`Alert state could not be saved: ${(error as Error).message}`);
    }
    return changed.length > 0;
  }
}

/**
 * The checks whose entry is not the very object it was: unchanged entries keep their
 * object, so no serialising. Tables share their untouched branches, so a step that
 * changed one check costs one check here, not one comparison per check.
 */
function changedChecks(before: FleetState, after: FleetState): Iterable<number> {
  if (before.checks instanceof CheckTable && after.checks instanceof CheckTable) return CheckTable.changedKeys(before.checks, after.checks);
  return [...after.checks].filter(([checkId, check]) => before.checks.get(checkId) !== check).map(([checkId]) => checkId);
}
