import type { Migration } from './migration.ts';

/**
 * The activity log: what the app did with the user's data (settings changed, backups
 * taken), newest last. Later features (incident timelines, audit of acknowledgements)
 * write here too, so it is the first table.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'activity-log',
  up(db) {
    db.exec(`
      CREATE TABLE activity (
        id      INTEGER PRIMARY KEY,
        at      INTEGER NOT NULL,             -- wall-clock UTC ms
        kind    TEXT    NOT NULL,             -- e.g. 'settings.changed', 'backup.created'
        summary TEXT    NOT NULL,             -- one line a person can read
        detail  TEXT    CHECK (detail IS NULL OR json_valid(detail))
      ) STRICT;
      CREATE INDEX activity_at ON activity (at);
    `);
  },
};
