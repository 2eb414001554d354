import type { Migration } from './migration.ts';

/**
 * Checks and their results. Raw results are kept for a short window and rolled up per
 * hour and per day for long-range reports, so the file stays small for months.
 *
 * check_results is WITHOUT ROWID keyed by (check, time): the key is the only index the
 * queries need, and a healthy result costs ~25 bytes (its message is stored only when
 * something is wrong; a healthy one says nothing new).
 */
export const migration0002: Migration = {
  version: 2,
  name: 'checks',
  up(db) {
    db.exec(`
      CREATE TABLE checks (
        id          INTEGER PRIMARY KEY,
        name        TEXT    NOT NULL,
        kind        TEXT    NOT NULL,
        config      TEXT    NOT NULL CHECK (json_valid(config)),
        interval_ms INTEGER NOT NULL CHECK (interval_ms >= 1000),
        warning     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(warning)),   -- condition lines
        critical    TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(critical)),
        runbook     TEXT,
        enabled     INTEGER NOT NULL DEFAULT 1,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE check_results (
        check_id    INTEGER NOT NULL REFERENCES checks (id) ON DELETE CASCADE,
        at          INTEGER NOT NULL,              -- wall-clock UTC ms when the run started
        status      INTEGER NOT NULL,              -- 0 up, 1 warning, 2 critical, 3 unknown
        latency_ms  INTEGER,
        error_class TEXT,
        message     TEXT,
        PRIMARY KEY (check_id, at)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE check_rollups (
        check_id    INTEGER NOT NULL REFERENCES checks (id) ON DELETE CASCADE,
        period_ms   INTEGER NOT NULL,              -- 3600000 (hour) or 86400000 (day), UTC-aligned
        start       INTEGER NOT NULL,
        up          INTEGER NOT NULL,
        warning     INTEGER NOT NULL,
        critical    INTEGER NOT NULL,
        unknown     INTEGER NOT NULL,
        latency_min INTEGER,
        latency_avg REAL,
        latency_p95 INTEGER,
        latency_max INTEGER,
        PRIMARY KEY (check_id, period_ms, start)
      ) STRICT, WITHOUT ROWID;

      -- How far each rollup period is complete, so a run picks up where the last one stopped.
      CREATE TABLE check_rollup_marks (
        period_ms    INTEGER PRIMARY KEY,
        done_through INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
