import type { SqliteDatabase } from './database.ts';

export interface ActivityRecord {
  readonly id: number;
  readonly at: number;
  readonly kind: string;
  readonly summary: string;
  readonly detail: unknown;
}

/** Append one line to the activity log; returns its id once it is committed. */
export function recordActivity(
  db: SqliteDatabase,
  entry: { at: number; kind: string; summary: string; detail?: unknown },
): number {
  const detail = entry.detail === undefined ? null : JSON.stringify(entry.detail);
  const result = db
    .prepare('INSERT INTO activity (at, kind, summary, detail) VALUES (?, ?, ?, ?)')
    .run(entry.at, entry.kind, entry.summary, detail);
  return Number(result.lastInsertRowid);
}

/** Newest first. */
export function recentActivity(db: SqliteDatabase, limit = 50): ActivityRecord[] {
  const rows = db
    .prepare('SELECT id, at, kind, summary, detail FROM activity ORDER BY id DESC LIMIT ?')
    .all(limit) as Array<{ id: number; at: number; kind: string; summary: string; detail: string | null }>;
  return rows.map((row) => ({ ...row, detail: row.detail === null ? null : JSON.parse(row.detail) }));
}
