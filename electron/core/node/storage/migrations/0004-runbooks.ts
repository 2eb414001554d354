import type { Migration } from './migration.ts';

/**
 * Runbooks: imported or written Markdown, every saved revision, images copied in at
 * import (so they show offline), the folders they came from, procedure runs, and an
 * FTS5 index over title, headings, body and tags.
 *
 * The index is external-content over a view, so the body is stored once (in
 * runbooks.markdown; front matter is left out of the index, or every runbook with a
 * `services:` line would match "services"); triggers keep it in step with runbooks inside whatever
 * transaction changes a row, so the index can never disagree with the table.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'runbooks',
  up(db) {
    db.exec(`
      CREATE TABLE import_sources (
        id             INTEGER PRIMARY KEY,
        path           TEXT    NOT NULL UNIQUE,   -- absolute file or folder
        watch          INTEGER NOT NULL DEFAULT 0,
        last_import_at INTEGER,
        file_count     INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      -- Small columns first, the Markdown and its analysis last: SQLite reads a row from the
      -- front, so listing and filtering never wade through the overflow pages of the text.
      CREATE TABLE runbooks (
        id           INTEGER PRIMARY KEY,
        title        TEXT    NOT NULL,
        source_path  TEXT    UNIQUE,              -- absolute path of the file; NULL when written in the app
        source_id    INTEGER REFERENCES import_sources (id) ON DELETE SET NULL,
        tags         TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        services     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(services)),
        severity     TEXT,
        procedure_count INTEGER NOT NULL DEFAULT 0,
        content_hash TEXT    NOT NULL,            -- sha256 of the file's bytes (import) or of the text (edit)
        revision     INTEGER NOT NULL DEFAULT 1,
        created_at   INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL,
        search_tags  TEXT    NOT NULL DEFAULT '', -- tags, services and severity as words: the index's tags column
        headings     TEXT    NOT NULL DEFAULT '', -- outline text, one per line: the index's headings column
        body_start   INTEGER NOT NULL DEFAULT 0,  -- characters of front matter: the index's body column starts after them
        markdown     TEXT    NOT NULL,
        analysis     TEXT    NOT NULL             -- ManualAnalysis as JSON, written by the core only
      ) STRICT;
      CREATE INDEX runbooks_title ON runbooks (title COLLATE NOCASE);

      CREATE TABLE runbook_revisions (
        id         INTEGER PRIMARY KEY,
        runbook_id INTEGER NOT NULL REFERENCES runbooks (id) ON DELETE CASCADE,
        at         INTEGER NOT NULL,
        by         TEXT    NOT NULL,
        source     TEXT    NOT NULL CHECK (source IN ('import', 'edit', 'restore')),
        title      TEXT    NOT NULL,
        markdown   TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX runbook_revisions_runbook ON runbook_revisions (runbook_id, id);

      -- bytes NULL: the image was referenced but missing (or refused) at import.
      CREATE TABLE runbook_images (
        runbook_id INTEGER NOT NULL REFERENCES runbooks (id) ON DELETE CASCADE,
        target     TEXT    NOT NULL,              -- as written in the Markdown
        mime       TEXT,
        bytes      BLOB,
        PRIMARY KEY (runbook_id, target)
      ) STRICT, WITHOUT ROWID;

      -- Contact-table rows, flattened so the command palette need not parse every analysis.
      CREATE TABLE runbook_contacts (
        id         INTEGER PRIMARY KEY,
        runbook_id INTEGER NOT NULL REFERENCES runbooks (id) ON DELETE CASCADE,
        name       TEXT    NOT NULL,
        detail     TEXT    NOT NULL,
        words      TEXT    NOT NULL               -- lower-case, space-separated, for prefix matching
      ) STRICT;
      CREATE INDEX runbook_contacts_runbook ON runbook_contacts (runbook_id);

      -- A run copies its steps, so editing or deleting the runbook never rewrites history.
      -- runbook_id has no foreign key for the same reason.
      CREATE TABLE procedure_runs (
        id              INTEGER PRIMARY KEY,
        runbook_id      INTEGER NOT NULL,
        runbook_title   TEXT    NOT NULL,
        procedure_index INTEGER NOT NULL,
        procedure_title TEXT    NOT NULL,
        priority        TEXT    CHECK (priority IS NULL OR json_valid(priority)),
        timebox_minutes INTEGER,
        started_at      INTEGER NOT NULL,
        finished_at     INTEGER
      ) STRICT;
      CREATE INDEX procedure_runs_active ON procedure_runs (finished_at, id);

      CREATE TABLE procedure_run_steps (
        run_id  INTEGER NOT NULL REFERENCES procedure_runs (id) ON DELETE CASCADE,
        number  INTEGER NOT NULL,
        text    TEXT    NOT NULL,
        phase   TEXT,
        done_at INTEGER,
        PRIMARY KEY (run_id, number)
      ) STRICT, WITHOUT ROWID;

      CREATE VIEW runbook_search_source AS
        SELECT id, title, headings, substr(markdown, body_start + 1) AS body, search_tags AS tags FROM runbooks;

      CREATE VIRTUAL TABLE runbooks_fts USING fts5(
        title, headings, body, tags,
        content = 'runbook_search_source', content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      -- Title matches count most, then tags, then headings, then the body. Set as the
      -- index's rank so "ORDER BY rank LIMIT n" lets FTS5 sort before snippets are made.
      INSERT INTO runbooks_fts (runbooks_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 5.0)');

      CREATE TRIGGER runbooks_fts_insert AFTER INSERT ON runbooks BEGIN
        INSERT INTO runbooks_fts (rowid, title, headings, body, tags)
          VALUES (new.id, new.title, new.headings, substr(new.markdown, new.body_start + 1), new.search_tags);
      END;
      CREATE TRIGGER runbooks_fts_delete AFTER DELETE ON runbooks BEGIN
        INSERT INTO runbooks_fts (runbooks_fts, rowid, title, headings, body, tags)
          VALUES ('delete', old.id, old.title, old.headings, substr(old.markdown, old.body_start + 1), old.search_tags);
      END;
      CREATE TRIGGER runbooks_fts_update AFTER UPDATE OF title, headings, markdown, body_start, search_tags ON runbooks BEGIN
        INSERT INTO runbooks_fts (runbooks_fts, rowid, title, headings, body, tags)
          VALUES ('delete', old.id, old.title, old.headings, substr(old.markdown, old.body_start + 1), old.search_tags);
        INSERT INTO runbooks_fts (rowid, title, headings, body, tags)
          VALUES (new.id, new.title, new.headings, substr(new.markdown, new.body_start + 1), new.search_tags);
      END;
    `);
  },
};
