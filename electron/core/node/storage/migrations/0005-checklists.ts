import type { Migration } from './migration.ts';

/**
 * Recurring checklists. A run is one occurrence of a template, created when it comes
 * due (never ahead), unique per (template, due time) so a second sweep cannot double it.
 * Run items copy the item's text and link at creation: editing a template later must
 * not rewrite what was ticked in the past. Due and overdue are computed from the stored
 * times; only the settled states (done, missed) are written.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'checklists',
  up(db) {
    db.exec(`
      CREATE TABLE checklist_templates (
        id                INTEGER PRIMARY KEY,
        title             TEXT    NOT NULL,
        recurrence        TEXT    NOT NULL CHECK (json_valid(recurrence)),
        budget_minutes    INTEGER,
        grace_minutes     INTEGER,
        enabled           INTEGER NOT NULL DEFAULT 1,
        source_runbook_id INTEGER,                 -- no foreign key: a runbook may be re-imported under a new id
        anchor_day        INTEGER NOT NULL,        -- local day "every N days" counts from
        created_at        INTEGER NOT NULL,
        updated_at        INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE checklist_items (
        id          INTEGER PRIMARY KEY,
        template_id INTEGER NOT NULL REFERENCES checklist_templates (id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        text        TEXT    NOT NULL,
        check_id    INTEGER REFERENCES checks (id) ON DELETE SET NULL,
        auto_tick   INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX checklist_items_template ON checklist_items (template_id, position);

      CREATE TABLE checklist_runs (
        id                  INTEGER PRIMARY KEY,
        template_id         INTEGER NOT NULL REFERENCES checklist_templates (id) ON DELETE CASCADE,
        title               TEXT    NOT NULL,
        due_at              INTEGER NOT NULL,
        overdue_at          INTEGER NOT NULL,
        missed_at           INTEGER NOT NULL,
        budget_minutes      INTEGER,
        state               TEXT    NOT NULL CHECK (state IN ('open', 'done', 'missed')),
        completed_at        INTEGER,
        notified_due_at     INTEGER,               -- each notification goes out once
        notified_overdue_at INTEGER,
        UNIQUE (template_id, due_at)
      ) STRICT;
      CREATE INDEX checklist_runs_state ON checklist_runs (state, due_at);

      CREATE TABLE checklist_run_items (
        run_id    INTEGER NOT NULL REFERENCES checklist_runs (id) ON DELETE CASCADE,
        item_id   INTEGER NOT NULL,                -- the template item's id, kept after it is removed
        position  INTEGER NOT NULL,
        text      TEXT    NOT NULL,
        check_id  INTEGER,
        auto_tick INTEGER NOT NULL DEFAULT 0,
        state     TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'skipped')),
        at        INTEGER,
        reason    TEXT,
        note      TEXT,
        auto      INTEGER NOT NULL DEFAULT 0,      -- ticked by itself because the linked check was up
        PRIMARY KEY (run_id, item_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
