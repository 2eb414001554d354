import Database from 'better-sqlite3';
import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { AppError } from '../../common/errors.ts';
import { assertNotNewer, migrate } from './migrations/index.ts';

export type SqliteDatabase = Database.Database;

export interface MovedAside {
  readonly reason: string;
  readonly from: string;
  readonly to: string;
}

export interface OpenedDatabase {
  readonly db: SqliteDatabase;
  readonly schemaVersion: number;
  /** Set when the file was damaged: where it went, so the user can recover from it. */
  readonly movedAside: MovedAside | null;
}

/**
 * Open the user's database safely: refuse one from a newer app, move a damaged one
 * aside (never delete it) and start afresh, then set the durability pragmas and migrate.
 */
export function openDatabase(path: string, now: () => number = Date.now): OpenedDatabase {
  let movedAside: MovedAside | null = null;
  let db = new Database(path);
  try {
    assertNotNewer(db, path);
    const problem = integrityProblem(db);
    if (problem) {
      db.close();
      movedAside = moveAside(path, problem, now());
      db = new Database(path);
    }
  } catch (error) {
    if (!isCorruption(error)) {
      db.close();
      throw error;
    }
    db.close();
    movedAside = moveAside(path, (error as Error).message, now());
    db = new Database(path);
  }
  applyPragmas(db);
  const schemaVersion = migrate(db);
  return { db, schemaVersion, movedAside };
}

/**
 * WAL lets the window read while a check result is written; synchronous=FULL makes a
 * commit survive power loss, which matters more here than write speed.
 */
export function applyPragmas(db: SqliteDatabase): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // The app and browser mode may share a data folder; wait for a writer rather than fail.
  db.pragma('busy_timeout = 5000');
}

/** `null` when PRAGMA quick_check says ok, else what it found (first lines). */
export function integrityProblem(db: SqliteDatabase): string | null {
  const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
  const messages = rows.map((row) => row.quick_check);
  return messages.length === 1 && messages[0] === 'ok' ? null : messages.slice(0, 3).join('; ');
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code === 'SQLITE_CORRUPT_VTAB';
}

/**
 * `oncall.sqlite` → `oncall.corrupt-<stamp>.sqlite`, with its -wal and -shm renamed the
 * same way so the set can still be opened for recovery.
 */
function moveAside(path: string, reason: string, at: number): MovedAside {
  const stamp = new Date(at).toISOString().replace(/[-:.]/g, '');
  const extension = extname(path);
  const to = join(dirname(path), `${basename(path, extension)}.corrupt-${stamp}${extension}`);
  try {
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(path + suffix)) renameSync(path + suffix, to + suffix);
    }
  } catch (error) {
    throw new AppError(
      'storage',
      `The database ${path} is damaged (${reason}) and could not be moved aside: ${(error as Error).message}. ` +
        'Move it away by hand, then start the app again to begin with a new database.',
      { cause: error },
    );
  }
  return { reason, from: path, to };
}
