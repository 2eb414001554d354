import type { MaintenanceWindow } from '../../common/alerts/maintenance.ts';
import { maintenanceWindowSchema } from '../../common/alerts/schema.ts';
import { AppError } from '../../common/errors.ts';
import type { SqliteDatabase } from '../storage/database.ts';

/** A maintenance window as stored: what the user wrote, and what it was read as. */
export interface StoredMaintenance {
  readonly id: number;
  readonly title: string;
  readonly schedule: string;
  readonly window: MaintenanceWindow;
  /** Null: every check. */
  readonly checkIds: number[] | null;
}

interface Row {
  id: number;
  title: string;
  schedule: string;
  definition: string;
  check_ids: string | null;
}

export interface MaintenanceInput {
  readonly title: string;
  readonly schedule: string;
  readonly window: MaintenanceWindow;
  readonly checkIds: number[] | null;
}

/** maintenance_windows (migration 0003). */
export class MaintenanceStore {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  /**
   * Every window, oldest first. A stored window that no longer validates (written by
   * another version) is skipped, not thrown on: one bad row must not stop alerting.
   */
  list(): StoredMaintenance[] {
    const rows = this.#db.prepare('SELECT id, title, schedule, definition, check_ids FROM maintenance_windows ORDER BY id').all() as Row[];
    const windows: StoredMaintenance[] = [];
    for (const row of rows) {
      const parsed = maintenanceWindowSchema.safeParse(JSON.parse(row.definition));
      if (!parsed.success) continue;
      windows.push({ id: row.id, title: row.title, schedule: row.schedule, window: parsed.data, checkIds: row.check_ids === null ? null : (JSON.parse(row.check_ids) as number[]) });
    }
    return windows;
  }

  get(id: number): StoredMaintenance {
    const found = this.list().find((entry) => entry.id === id);
    if (!found) throw new AppError('not_found', `There is no maintenance window with id ${id}.`);
    return found;
  }

  create(input: MaintenanceInput, now: number): StoredMaintenance {
    const result = this.#db
      .prepare('INSERT INTO maintenance_windows (title, schedule, definition, check_ids, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(input.title, input.schedule, JSON.stringify(input.window), input.checkIds === null ? null : JSON.stringify(input.checkIds), Math.round(now), Math.round(now));
    return this.get(Number(result.lastInsertRowid));
  }

  update(id: number, input: MaintenanceInput, now: number): StoredMaintenance {
    const result = this.#db
      .prepare('UPDATE maintenance_windows SET title = ?, schedule = ?, definition = ?, check_ids = ?, updated_at = ? WHERE id = ?')
      .run(input.title, input.schedule, JSON.stringify(input.window), input.checkIds === null ? null : JSON.stringify(input.checkIds), Math.round(now), id);
    if (result.changes === 0) throw new AppError('not_found', `There is no maintenance window with id ${id}.`);
    return this.get(id);
  }

  delete(id: number): void {
    const result = this.#db.prepare('DELETE FROM maintenance_windows WHERE id = ?').run(id);
    if (result.changes === 0) throw new AppError('not_found', `There is no maintenance window with id ${id}.`);
  }
}
