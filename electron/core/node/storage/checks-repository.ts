import { alertOverrides, type CheckAlertPolicy, type CheckDefinition, type CheckInput } from '../../common/checks/definition.ts';
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
  alert_policy: string | null;
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
  alert: row.alert_policy === null ? null : readAlert(row.alert_policy),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Stored JSON back to a policy; a field missing from an older or hand-edited row keeps its default. */
function readAlert(json: string): CheckAlertPolicy | null {
  const stored = JSON.parse(json) as Partial<Record<keyof CheckAlertPolicy, unknown>>;
  const field = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
  return alertOverrides({ failures: field(stored.failures), forSeconds: field(stored.forSeconds), successes: field(stored.successes) });
}

/**
 * Timestamps are INTEGER columns in STRICT tables: a clock that answers with fractional
 * milliseconds (performance.timeOrigin + performance.now(), some fakes) would be refused
 * by SQLite. Rounded here, where the time becomes a stored value, so every caller is safe.
 */
function storedTime(now: number): number {
  return Math.round(now);
}

/** Check definitions in SQLite. Inputs arrive validated; this only stores them. */
export class ChecksRepository {
  readonly #db: SqliteDatabase;
  // Prepared once: a statement prepared per call holds a few KB of SQLite's memory until
  // V8 collects its wrapper, which for 1,000 creates was ~8 MB of RSS that never came back.
  readonly #get;
  readonly #insert;
  readonly #update;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#get = db.prepare('SELECT * FROM checks WHERE id = ?');
    this.#insert = db.prepare(
      `INSERT INTO checks (name, kind, config, interval_ms, warning, critical, runbook, enabled, alert_policy, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#update = db.prepare(
      `UPDATE checks SET name = ?, kind = ?, config = ?, interval_ms = ?, warning = ?, critical = ?, runbook = ?, enabled = ?, alert_policy = ?, updated_at = ?
       WHERE id = ?`,
    );
  }

  list(): CheckDefinition[] {
    return (this.#db.prepare('SELECT * FROM checks ORDER BY name COLLATE NOCASE, id').all() as CheckRow[]).map(toDefinition);
  }

  get(id: number): CheckDefinition {
    const row = this.#get.get(id) as CheckRow | undefined;
    if (!row) throw new AppError('not_found', `There is no check with id ${id} (it may have been deleted).`);
    return toDefinition(row);
  }

  create(input: CheckInput, now: number): CheckDefinition {
    const result = this.#insert.run(...this.#columns(input), storedTime(now), storedTime(now));
    return this.get(Number(result.lastInsertRowid));
  }

  update(id: number, input: CheckInput, now: number): CheckDefinition {
    const result = this.#update.run(...this.#columns(input), storedTime(now), id);
    if (result.changes === 0) throw new AppError('not_found', `There is no check with id ${id} (it may have been deleted).`);
    return this.get(id);
  }

  delete(id: number): void {
    const result = this.#db.prepare('DELETE FROM checks WHERE id = ?').run(id);
    if (result.changes === 0) throw new AppError('not_found', `There is no check with id ${id} (it may have been deleted).`);
  }

  #columns(input: CheckInput): [string, string, string, number, string, string, string | null, number, string | null] {
    const alert = alertOverrides(input.alert);
    return [
      input.name,
      input.kind,
      JSON.stringify(input.config),
      input.intervalMs,
      JSON.stringify(input.warning),
      JSON.stringify(input.critical),
      input.runbook,
      input.enabled ? 1 : 0,
      alert === null ? null : JSON.stringify(alert),
    ];
  }
}
