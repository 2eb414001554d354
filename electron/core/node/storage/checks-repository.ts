import type { CheckDefinition, CheckInput } from '../../common/checks/definition.ts';
import { AppError } from '../../common/errors.ts';
import type { SqliteDatabase } from './database.ts';

interface CheckRow {
  id: number;
  name: string;
  kind: string;
  config: string;
  interval_ms: number;
  warning: string;
  critical: string;
  runbook: string | null;
  enabled: number;
  created_at: number;
  updated_at: number;
}

const toDefinition = (row: CheckRow): CheckDefinition => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  config: JSON.parse(row.config) as Record<string, unknown>,
  intervalMs: row.interval_ms,
  warning: JSON.parse(row.warning) as string[],
  critical: JSON.parse(row.critical) as string[],
  runbook: row.runbook,
  enabled: row.enabled === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Check definitions in SQLite. Inputs arrive validated; this only stores them. */
export class ChecksRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  list(): CheckDefinition[] {
    return (this.#db.prepare('SELECT * FROM checks ORDER BY name COLLATE NOCASE, id').all() as CheckRow[]).map(toDefinition);
  }

  get(id: number): CheckDefinition {
    const row = this.#db.prepare('SELECT * FROM checks WHERE id = ?').get(id) as CheckRow | undefined;
    if (!row) throw new AppError('not_found', `There is no check with id ${id} (it may have been deleted).`);
    return toDefinition(row);
  }

  create(input: CheckInput, now: number): CheckDefinition {
    const result = this.#db
      .prepare(
        `INSERT INTO checks (name, kind, config, interval_ms, warning, critical, runbook, enabled, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...this.#columns(input), now, now);
    return this.get(Number(result.lastInsertRowid));
  }

  update(id: number, input: CheckInput, now: number): CheckDefinition {
    const result = this.#db
      .prepare(
        `UPDATE checks SET name = ?, kind = ?, config = ?, interval_ms = ?, warning = ?, critical = ?, runbook = ?, enabled = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(...this.#columns(input), now, id);
    if (result.changes === 0) throw new AppError('not_found', `There is no check with id ${id} (it may have been deleted).`);
    return this.get(id);
  }

  delete(id: number): void {
    const result = this.#db.prepare('DELETE FROM checks WHERE id = ?').run(id);
    if (result.changes === 0) throw new AppError('not_found', `There is no check with id ${id} (it may have been deleted).`);
  }

  #columns(input: CheckInput): [string, string, string, number, string, string, string | null, number] {
    return [
      input.name,
      input.kind,
      JSON.stringify(input.config),
      input.intervalMs,
      JSON.stringify(input.warning),
      JSON.stringify(input.critical),
      input.runbook,
      input.enabled ? 1 : 0,
    ];
  }
}
