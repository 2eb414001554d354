import type { Database } from 'better-sqlite3';

/**
 * One schema step. `version` is what PRAGMA user_version holds once it has run; the
 * list in index.ts is static (no directory scan, nothing evaluated at run time) and
 * forward-only: a shipped migration is never edited, a new one is added.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
