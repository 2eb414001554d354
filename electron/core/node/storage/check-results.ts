import type { CheckOutcome, CheckStatus, ErrorClass } from '../../common/checks/outcome.ts';
import { bucketStart, DAY_MS, HOUR_MS, rollUp, STATUS_BY_CODE, STATUS_CODE, type Rollup, type StatusCounts } from '../../common/checks/rollup.ts';
import type { SqliteDatabase } from './database.ts';

export interface StoredResult {
  readonly at: number;
  readonly status: CheckStatus;
  readonly latencyMs: number | null;
  readonly errorClass: ErrorClass | null;
  readonly message: string | null;
}

/** How long each level of detail is kept. */
export interface Retention {
  readonly rawMs: number;
  readonly hourlyMs: number;
  readonly dailyMs: number;
}

export const DEFAULT_RETENTION: Retention = { rawMs: 48 * HOUR_MS, hourlyMs: 90 * DAY_MS, dailyMs: 2 * 365 * DAY_MS };

interface ResultRow {
  at: number;
  status: number;
  latency_ms: number | null;
  error_class: string | null;
  message: string | null;
}

interface RollupRow {
  start: number;
  period_ms: number;
  up: number;
  warning: number;
  critical: number;
  unknown: number;
  latency_min: number | null;
  latency_avg: number | null;
  latency_p95: number | null;
  latency_max: number | null;
}

const toResult = (row: ResultRow): StoredResult => ({
  at: row.at,
  status: STATUS_BY_CODE[row.status] ?? 'unknown',
  latencyMs: row.latency_ms,
  errorClass: row.error_class as ErrorClass | null,
  message: row.message,
});

const toRollup = (row: RollupRow): Rollup => ({
  start: row.start,
  periodMs: row.period_ms,
  up: row.up,
  warning: row.warning,
  critical: row.critical,
  unknown: row.unknown,
  latencyMin: row.latency_min,
  latencyAvg: row.latency_avg,
  latencyP95: row.latency_p95,
  latencyMax: row.latency_max,
});

/** How long a recorded result may wait before its group is committed. */
export const RESULT_GROUP_MS = 1000;
/** A group this large is committed at once, whatever its age: bounds what waits in memory. */
const RESULT_GROUP_ROWS = 1000;

/** Values of one check_results row, in column order. */
type ResultValues = [number, number, number, number | null, string | null, string | null];

/**
 * Results waiting to be committed, one queue per connection, shared by every store on it
 * (the engine records results; alerting reads a check's last one at start-up), so rows go
 * in in the order they were recorded and a read through any store sees them.
 *
 * Why group: with synchronous = FULL every commit is an fsync of the WAL. A thousand
 * checks at 20 s are fifty commits a second, and those fsyncs were the engine's largest
 * cost (CPU in the kernel, and the event loop blocked while other checks' latencies were
 * being timed). One commit per second carries the same rows for a fiftieth of that.
 *
 * What it costs in durability: a result is on disk at most RESULT_GROUP_MS after it was
 * recorded. A crash or power loss in between loses those results, never older ones, and
 * never leaves a damaged file (each group is one transaction). They are health
 * measurements the next runs repeat; user data (checks, settings, the activity log) is
 * still committed, fsync and all, before its call returns. A read of a check's results
 * through a store commits the waiting rows first when that check has one, so nothing in
 * the process sees a result go missing (without turning every read of a check that has
 * nothing waiting into a commit), and `flush()` commits them at once (the engine calls it
 * when it stops).
 */
class PendingResults {
  readonly #db: SqliteDatabase;
  readonly #insert: (row: ResultValues) => void;
  readonly #commit;
  #rows: ResultValues[] = [];
  readonly #checkIds = new Set<number>();
  #timer: NodeJS.Timeout | null = null;
  /** Set while commits fail: later records then commit at once and throw to their caller. */
  #failing = false;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    // INSERT OR REPLACE: two results of one check in the same millisecond keep the later.
    // A check deleted while its last result waited is skipped: that row would break the
    // foreign key and, with it, the whole group.
    const insert = db.prepare(
      `INSERT OR REPLACE INTO check_results (check_id, at, status, latency_ms, error_class, message)
       SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM checks WHERE id = ?)`,
    );
    this.#insert = (row: ResultValues) => insert.run(...row, row[0]);
    this.#commit = db.transaction((rows: readonly ResultValues[]) => {
      for (const row of rows) this.#insert(row);
    });
  }

  /** Whether a row of this check is waiting: a read of its results must commit first. */
  waiting(checkId: number): boolean {
    return this.#checkIds.has(checkId);
  }

  add(row: ResultValues): void {
    if (this.#db.inTransaction) {
      // Inside a caller's transaction the caller decides when it commits: write in place,
      // after whatever was waiting, so the order holds.
      this.flush();
      this.#insert(row);
      return;
    }
    this.#rows.push(row);
    this.#checkIds.add(row[0]);
    // After a failed commit the error must reach whoever records next, as it did before grouping.
    if (this.#failing || this.#rows.length >= RESULT_GROUP_ROWS) return this.flush();
    // Unref'd: waiting rows never keep a finished process alive (closing the core flushes them).
    this.#timer ??= setTimeout(() => this.flushQuietly(), RESULT_GROUP_MS).unref();
  }

  /** Commits every waiting row now. Throws what SQLite threw; the rows are kept for the next try. */
  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#rows.length === 0 || !this.#db.open) return;
    try {
      this.#commit(this.#rows);
      this.#rows = [];
      this.#checkIds.clear();
      this.#failing = false;
    } catch (error) {
      this.#failing = true;
      // A disk that stays full must not fill the memory instead: keep the newest group only.
      if (this.#rows.length > RESULT_GROUP_ROWS) this.#rows = this.#rows.slice(-RESULT_GROUP_ROWS);
      throw error;
    }
  }

  /** Commit now, from a timer or an idle moment: a failure is kept for the next record to report. */
  flushQuietly(): void {
    try {
      this.flush();
    } catch {
      // Nobody to tell here: the next record commits at once and throws to the engine, which logs it.
    }
  }
}

const pendingByDatabase = new WeakMap<SqliteDatabase, PendingResults>();

function pendingFor(db: SqliteDatabase): PendingResults {
  let pending = pendingByDatabase.get(db);
  if (!pending) {
    pending = new PendingResults(db);
    pendingByDatabase.set(db, pending);
  }
  return pending;
}

/**
 * Results of checks: raw rows for a window, hourly and daily rollups beyond it.
 * Statements are prepared once: a result is written every few seconds per check.
 * Writes are grouped (see PendingResults): committed when the engine's runs have all
 * finished, or RESULT_GROUP_MS after the first one waiting, whichever comes first.
 */
export class CheckResultStore {
  readonly #db: SqliteDatabase;
  readonly #pending: PendingResults;
  readonly #recent;
  readonly #range;
  readonly #rollups;
  readonly #writeRollup;
  readonly #counts;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#pending = pendingFor(db);
    this.#recent = db.prepare('SELECT at, status, latency_ms, error_class, message FROM check_results WHERE check_id = ? ORDER BY at DESC LIMIT ?');
    this.#range = db.prepare(
      'SELECT at, status, latency_ms, error_class, message FROM check_results WHERE check_id = ? AND at >= ? AND at < ? ORDER BY at',
    );
    this.#rollups = db.prepare(
      'SELECT * FROM check_rollups WHERE check_id = ? AND period_ms = ? AND start >= ? AND start < ? ORDER BY start',
    );
    this.#counts = db.prepare('SELECT status, count(*) AS n FROM check_results WHERE check_id = ? AND at >= ? GROUP BY status');
    this.#writeRollup = db.prepare(
      `INSERT OR REPLACE INTO check_rollups
         (check_id, period_ms, start, up, warning, critical, unknown, latency_min, latency_avg, latency_p95, latency_max)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  record(checkId: number, at: number, outcome: CheckOutcome): void {
    // A healthy result's message says nothing the status does not; storing it would
    // multiply the size of the table for no reader.
    const message = outcome.status === 'up' ? null : outcome.message;
    const latency = outcome.latencyMs === null ? null : Math.round(outcome.latencyMs);
    this.#pending.add([checkId, at, STATUS_CODE[outcome.status], latency, outcome.errorClass ?? null, message]);
  }

  /** Commit every recorded result now (when stopping, or before reading the table directly). */
  flush(): void {
    this.#pending.flush();
  }

  /**
   * Commit what waits now rather than from its own timer a moment later: the engine
   * calls this when its runs have all finished, so a quiet machine wakes once per group
   * of checks, not twice. A failure is reported by the next record, as from the timer.
   */
  flushQuietly(): void {
    this.#pending.flushQuietly();
  }

  /** Before reading one check's rows: commit the waiting ones if any are its own. */
  #flushFor(checkId: number): void {
    if (this.#pending.waiting(checkId)) this.#pending.flush();
  }

  /** Newest first. */
  recent(checkId: number, limit: number): StoredResult[] {
    this.#flushFor(checkId);
    return (this.#recent.all(checkId, limit) as ResultRow[]).map(toResult);
  }

  /** Oldest first, `from` inclusive, `to` exclusive. */
  between(checkId: number, from: number, to: number): StoredResult[] {
    this.#flushFor(checkId);
    return (this.#range.all(checkId, from, to) as ResultRow[]).map(toResult);
  }

  /** How many results of each status since `from`, counted in SQL (a day is thousands of rows). */
  countsSince(checkId: number, from: number): StatusCounts {
    this.#flushFor(checkId);
    const counts = { up: 0, warning: 0, critical: 0, unknown: 0 };
    const rows = this.#counts.all(checkId, from) as Array<{ status: number; n: number }>;
    for (const row of rows) counts[STATUS_BY_CODE[row.status] ?? 'unknown'] += row.n;
    return counts;
  }

  rollups(checkId: number, periodMs: number, from: number, to: number): Rollup[] {
    return (this.#rollups.all(checkId, periodMs, from, to) as RollupRow[]).map(toRollup);
  }

  /**
   * Roll up every bucket of `periodMs` that ended by `now` and was not rolled up yet,
   * from raw rows, for every check. Idempotent; the mark moves only after a bucket is
   * written, so a crash repeats work instead of losing it.
   */
  rollUpCompleted(now: number, periodMs: number, checkIds: readonly number[]): void {
    this.flush();
    const completeUntil = bucketStart(now, periodMs);
    const mark = this.#db.prepare('SELECT done_through FROM check_rollup_marks WHERE period_ms = ?').pluck().get(periodMs) as number | undefined;
    // Nothing before the raw window can be rolled up any more: start there on a first run.
    let start = mark ?? bucketStart(now - DEFAULT_RETENTION.rawMs, periodMs);
    const setMark = this.#db.prepare('INSERT OR REPLACE INTO check_rollup_marks (period_ms, done_through) VALUES (?, ?)');
    for (; start < completeUntil; start += periodMs) {
      const end = start + periodMs;
      this.#db.transaction(() => {
        for (const checkId of checkIds) {
          const results = this.between(checkId, start, end);
          if (results.length === 0) continue;
          const r = rollUp(results, start, periodMs);
          this.#writeRollup.run(checkId, periodMs, start, r.up, r.warning, r.critical, r.unknown, r.latencyMin, r.latencyAvg, r.latencyP95, r.latencyMax);
        }
        setMark.run(periodMs, end);
      })();
    }
  }

  /** Drop what is past its retention. Returns the number of raw rows removed. */
  prune(now: number, retention: Retention, checkIds: readonly number[]): number {
    this.flush();
    let removed = 0;
    const raw = this.#db.prepare('DELETE FROM check_results WHERE check_id = ? AND at < ?');
    this.#db.transaction(() => {
      // Per check, so each delete is a range on the primary key rather than a table scan.
      for (const checkId of checkIds) removed += raw.run(checkId, now - retention.rawMs).changes;
      this.#db.prepare('DELETE FROM check_rollups WHERE period_ms = ? AND start < ?').run(HOUR_MS, now - retention.hourlyMs);
      this.#db.prepare('DELETE FROM check_rollups WHERE period_ms = ? AND start < ?').run(DAY_MS, now - retention.dailyMs);
    })();
    return removed;
  }
}
