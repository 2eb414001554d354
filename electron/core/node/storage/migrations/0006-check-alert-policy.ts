import type { Migration } from './migration.ts';

/**
 * A check's own alert thresholds (fail after N results over S seconds, resolve after M).
 * One nullable JSON column rather than three: NULL, the common case, means "the
 * defaults", and a threshold added later needs no further migration.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'check-alert-policy',
  up(db) {
    db.exec(`
      ALTER TABLE checks ADD COLUMN alert_policy TEXT CHECK (alert_policy IS NULL OR json_valid(alert_policy));  -- {failures, forSeconds, successes}
    `);
  },
};
