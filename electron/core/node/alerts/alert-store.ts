import type { AlertRecord, CheckAlertState, RecordKind, Severity } from '../../common/alerts/types.ts';
import type { SqliteDatabase } from '../storage/database.ts';
import type { AlertHistoryEntry } from '../../common/alerts/views.ts';

/** One check's alert as saved: the machine's state (its policy comes from the check) and what the user heard. */
export interface SavedAlert {
  readonly checkId: number;
  readonly alert: Omit<CheckAlertState, 'policy'>;
  readonly heard: Severity | null;
}

/** Every snooze in force: per check, and everything (null when not). */
export interface SavedSnoozes {
  readonly all: number | null;
  readonly checks: ReadonlyMap<number, number>;
}

export interface HistoryQuery {
  readonly checkId?: number;
  readonly severity?: Severity;
  readonly before?: number;
  readonly limit: number;
}

interface RecordRow {
  id: number;
  check_id: number;
  check_name: string;
  kind: string;
  severity: string | null;
  at: number;
  acknowledged_by: string | null;
}

const toEntry = (row: RecordRow): AlertHistoryEntry => ({
  id: row.id,
  checkId: row.check_id,
  checkName: row.check_name,
  kind: row.kind as RecordKind,
  severity: row.severity as Severity | null,
  at: row.at,
  by: row.acknowledged_by,
});

/**
 * The alerting layer's tables (migration 0003): history, saved alert state and snoozes.
 * Statements are prepared once: records and state are written as results arrive. Times
 * are stored as whole milliseconds (INTEGER columns); a clock may hand out fractions.
 */
export class AlertStore {
  readonly #db: SqliteDatabase;
  readonly #insertRecord;
  readonly #saveAlert;
  readonly #deleteAlert;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#insertRecord = db.prepare(
      'INSERT INTO alert_records (check_id, check_name, kind, severity, at, acknowledged_by) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.#saveAlert = db.prepare('INSERT OR REPLACE INTO alert_state (check_id, state, heard, updated_at) VALUES (?, ?, ?, ?)');
    this.#deleteAlert = db.prepare('DELETE FROM alert_state WHERE check_id = ?');
  }

  record(record: AlertRecord, checkName: string): void {
    this.#insertRecord.run(record.checkId, checkName, record.kind, record.severity, Math.round(record.at), record.by ?? null);
  }

  /** Newest first, filtered as the inbox's history asks. */
  history(query: HistoryQuery): AlertHistoryEntry[] {
    const where: string[] = [];
    const params: Array<number | string> = [];
    const filter = (clause: string, value: number | string | undefined) => {
      if (value === undefined) return;
      where.push(clause);
      params.push(value);
    };
    filter('check_id = ?', query.checkId);
    filter('severity = ?', query.severity);
    filter('at < ?', query.before);
    const sql = `SELECT * FROM alert_records ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC, id DESC LIMIT ?`;
    return (this.#db.prepare(sql).all(...params, query.limit) as RecordRow[]).map(toEntry);
  }

  /** Resolutions since `from`, newest first: the inbox's "resolved today". */
  resolvedSince(from: number): AlertHistoryEntry[] {
    const rows = this.#db.prepare("SELECT * FROM alert_records WHERE kind = 'resolved' AND at >= ? ORDER BY at DESC, id DESC LIMIT 200").all(from);
    return (rows as RecordRow[]).map(toEntry);
  }

  /** Write several checks' state in one transaction (one fsync, not one per check). */
  saveAlerts(alerts: readonly SavedAlert[], now: number): void {
    if (alerts.length === 0) return;
    this.#db.transaction(() => {
      for (const saved of alerts) {
        if (saved.alert.phase === 'ok' && saved.heard === null && !saved.alert.flapping) this.#deleteAlert.run(saved.checkId);
        else this.#saveAlert.run(saved.checkId, JSON.stringify(saved.alert), saved.heard, Math.round(now));
      }
    })();
  }

  savedAlerts(): SavedAlert[] {
    const rows = this.#db.prepare('SELECT check_id, state, heard FROM alert_state').all() as Array<{ check_id: number; state: string; heard: string | null }>;
    return rows.map((row) => ({ checkId: row.check_id, alert: JSON.parse(row.state) as SavedAlert['alert'], heard: row.heard as Severity | null }));
  }

  /** Snooze one check (or all, checkId null) until `until`; null ends the snooze. */
  setSnooze(checkId: number | null, until: number | null): void {
    this.#db.transaction(() => {
      if (checkId === null) this.#db.prepare('DELETE FROM snoozes WHERE check_id IS NULL').run();
      else this.#db.prepare('DELETE FROM snoozes WHERE check_id = ?').run(checkId);
      if (until !== null) this.#db.prepare('INSERT INTO snoozes (check_id, snoozed_until) VALUES (?, ?)').run(checkId, Math.ceil(until));
    })();
  }

  /** Snoozes still in force at `now`; expired ones are dropped on the way. */
  snoozes(now: number): SavedSnoozes {
    this.#db.prepare('DELETE FROM snoozes WHERE snoozed_until <= ?').run(now);
    const rows = this.#db.prepare('SELECT check_id, snoozed_until FROM snoozes').all() as Array<{ check_id: number | null; snoozed_until: number }>;
    const checks = new Map<number, number>();
    let all: number | null = null;
    for (const row of rows) {
      if (row.check_id === null) all = row.snoozed_until;
      else checks.set(row.check_id, row.snoozed_until);
    }
    return { all, checks };
  }
}
