import type { SqliteDatabase } from '../storage/database.ts';
import { statement } from './statements.ts';

export interface SourceRow {
  readonly id: number;
  readonly path: string;
  readonly watch: boolean;
  readonly lastImportAt: number | null;
  readonly fileCount: number;
}

interface RawSource {
  id: number;
  path: string;
  watch: number;
  last_import_at: number | null;
  file_count: number;
}

const toSource = (raw: RawSource): SourceRow => ({
  id: raw.id,
  path: raw.path,
  watch: raw.watch === 1,
  lastImportAt: raw.last_import_at,
  fileCount: raw.file_count,
});

/** Files and folders runbooks were imported from, and whether to follow their changes. */
export class SourceRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  list(): SourceRow[] {
    return (statement(this.#db, 'SELECT * FROM import_sources ORDER BY path').all() as RawSource[]).map(toSource);
  }

  get(id: number): SourceRow | null {
    const raw = statement(this.#db, 'SELECT * FROM import_sources WHERE id = ?').get(id) as RawSource | undefined;
    return raw === undefined ? null : toSource(raw);
  }

  /**
   * Record an import of `path`. `watch` only ever switches watching on here: re-importing
   * a watched folder without asking to watch must not silently stop following it.
   */
  upsert(path: string, watch: boolean, at: number, fileCount: number): number {
    statement(this.#db, 
        `INSERT INTO import_sources (path, watch, last_import_at, file_count) VALUES (?, ?, ?, ?)
         ON CONFLICT (path) DO UPDATE SET watch = max(watch, excluded.watch), last_import_at = excluded.last_import_at, file_count = excluded.file_count`,
      )
      .run(path, watch ? 1 : 0, at, fileCount);
    return statement(this.#db, 'SELECT id FROM import_sources WHERE path = ?').pluck().get(path) as number;
  }

  /** The runbooks stay: removing a source only stops following it. */
  remove(id: number): boolean {
    return statement(this.#db, 'DELETE FROM import_sources WHERE id = ?').run(id).changes > 0;
  }
}
