import type { Migration } from './migration.ts';

/**
 * Alerts: the history of what happened to each check's alert, maintenance windows,
 * snoozes, and each check's alert state, so a firing or acknowledged alert (and who
 * acknowledged it) survives a restart instead of being re-announced.
 *
 * alert_records keeps the check's name as it was: history outlives a deleted check, so
 * it has no foreign key. The live state (alert_state, snoozes) goes with its check.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'alerts',
  up(db) {
    db.exec(`
      CREATE TABLE alert_records (
        id         INTEGER PRIMARY KEY,
        check_id   INTEGER NOT NULL,
        check_name TEXT    NOT NULL,
        kind       TEXT    NOT NULL,            -- RecordKind: 'firing', 'acknowledged', 'resolved', ...
        severity   TEXT    CHECK (severity IS NULL OR severity IN ('warning', 'critical')),
        at         INTEGER NOT NULL,            -- wall-clock UTC ms
        acknowledged_by TEXT                    -- set on 'acknowledged'
      ) STRICT;
      CREATE INDEX alert_records_at ON alert_records (at);
      CREATE INDEX alert_records_check_at ON alert_records (check_id, at);

      CREATE TABLE maintenance_windows (
        id         INTEGER PRIMARY KEY,
        title      TEXT    NOT NULL,
        schedule   TEXT    NOT NULL,            -- as the user wrote it
        definition TEXT    NOT NULL CHECK (json_valid(definition)),  -- parsed, with its time zone fixed
        check_ids  TEXT    CHECK (check_ids IS NULL OR json_valid(check_ids)),  -- NULL: every check
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      -- check_id NULL: everything is snoozed. At most one such row.
      CREATE TABLE snoozes (
        id       INTEGER PRIMARY KEY,
        check_id INTEGER UNIQUE REFERENCES checks (id) ON DELETE CASCADE,
        snoozed_until INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX snoozes_all ON snoozes ((check_id IS NULL)) WHERE check_id IS NULL;

      CREATE TABLE alert_state (
        check_id   INTEGER PRIMARY KEY REFERENCES checks (id) ON DELETE CASCADE,
        state      TEXT    NOT NULL CHECK (json_valid(state)),  -- CheckAlertState without its policy
        heard      TEXT    CHECK (heard IS NULL OR heard IN ('warning', 'critical')),
        updated_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
