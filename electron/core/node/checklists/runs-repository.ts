/**
 * Checklist runs and their items in SQLite. A run stores its timing (due, overdue,
 * missed) as computed when it was created, so history reads what applied then.
 */
import type { RunTiming } from '../../common/checklists/run-status.ts';
import { AppError } from '../../common/errors.ts';
import type { SqliteDatabase } from '../storage/database.ts';
import type { StoredItem } from './templates-repository.ts';

export type RunState = 'open' | 'done' | 'missed';
export type ItemState = 'open' | 'done' | 'skipped';

export interface StoredRunItem {
  readonly itemId: number;
  readonly text: string;
  readonly checkId: number | null;
  readonly autoTick: boolean;
  readonly state: ItemState;
  readonly at: number | null;
  readonly reason: string | null;
  readonly note: string | null;
  readonly auto: boolean;
}

export interface StoredRun extends RunTiming {
  readonly id: number;
  readonly templateId: number;
  readonly title: string;
  readonly budgetMinutes: number | null;
  readonly state: RunState;
  readonly completedAt: number | null;
  readonly notifiedDueAt: number | null;
  readonly notifiedOverdueAt: number | null;
  readonly items: StoredRunItem[];
}

interface RunRow {
  id: number;
  template_id: number;
  title: string;
  due_at: number;
  overdue_at: number;
  missed_at: number;
  budget_minutes: number | null;
  state: RunState;
  completed_at: number | null;
  notified_due_at: number | null;
  notified_overdue_at: number | null;
}

interface RunItemRow {
  run_id: number;
  item_id: number;
  text: string;
  check_id: number | null;
  auto_tick: number;
  state: ItemState;
  at: number | null;
  reason: string | null;
  note: string | null;
  auto: number;
}

export interface ItemChange {
  readonly state: ItemState;
  readonly at: number | null;
  readonly reason: string | null;
  readonly note: string | null;
  readonly auto: boolean;
}

export class RunsRepository {
  readonly #db: SqliteDatabase;
  // Prepared once: auto-tick reads open runs on results, and preparing (parsing SQL) on
  // every call cost more than the query.
  readonly #insertRun;
  readonly #insertItem;
  readonly #latestDueAt;
  readonly #get;
  readonly #open;
  readonly #history;
  readonly #historyOf;
  readonly #settledCounts;
  readonly #setItem;
  readonly #setState;
  readonly #markNotifiedDue;
  readonly #markNotifiedOverdue;
  readonly #items;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#insertRun = db.prepare(
      `INSERT OR IGNORE INTO checklist_runs (template_id, title, due_at, overdue_at, missed_at, budget_minutes, state)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#insertItem = db.prepare('INSERT INTO checklist_run_items (run_id, item_id, position, text, check_id, auto_tick) VALUES (?, ?, ?, ?, ?, ?)');
    this.#latestDueAt = db.prepare('SELECT MAX(due_at) AS due FROM checklist_runs WHERE template_id = ?');
    this.#get = db.prepare('SELECT * FROM checklist_runs WHERE id = ?');
    this.#open = db.prepare("SELECT * FROM checklist_runs WHERE state = 'open' ORDER BY due_at, id");
    this.#history = db.prepare("SELECT * FROM checklist_runs WHERE state != 'open' ORDER BY due_at DESC, id DESC LIMIT ?");
    this.#historyOf = db.prepare("SELECT * FROM checklist_runs WHERE state != 'open' AND template_id = ? ORDER BY due_at DESC, id DESC LIMIT ?");
    this.#settledCounts = db.prepare(
      `SELECT template_id, SUM(state = 'done') AS done, SUM(state = 'missed') AS missed
       FROM checklist_runs WHERE due_at >= ? GROUP BY template_id`,
    );
    this.#setItem = db.prepare('UPDATE checklist_run_items SET state = ?, at = ?, reason = ?, note = ?, auto = ? WHERE run_id = ? AND item_id = ?');
    this.#setState = db.prepare('UPDATE checklist_runs SET state = ?, completed_at = ? WHERE id = ?');
    this.#markNotifiedDue = db.prepare('UPDATE checklist_runs SET notified_due_at = ? WHERE id = ?');
    this.#markNotifiedOverdue = db.prepare('UPDATE checklist_runs SET notified_overdue_at = ? WHERE id = ?');
    this.#items = db.prepare('SELECT * FROM checklist_run_items WHERE run_id = ? ORDER BY position');
  }

  /** Create a run with a copy of the template's items; null when that occurrence already has one. */
  create(template: { id: number; title: string; budgetMinutes: number | null; items: readonly StoredItem[] }, timing: RunTiming, state: RunState): number | null {
    return this.#db.transaction(() => {
      const result = this.#insertRun.run(template.id, template.title, timing.dueAt, timing.overdueAt, timing.missedAt, template.budgetMinutes, state);
      if (result.changes === 0) return null;
      const runId = Number(result.lastInsertRowid);
      template.items.forEach((item, position) => this.#insertItem.run(runId, item.id, position, item.text, item.checkId, item.autoTick ? 1 : 0));
      return runId;
    })();
  }

  /** The newest due time a template has a run for (the sweep continues after it). */
  latestDueAt(templateId: number): number | null {
    const row = this.#latestDueAt.get(templateId) as { due: number | null };
    return row.due;
  }

  get(id: number): StoredRun {
    const row = this.#get.get(id) as RunRow | undefined;
    if (!row) throw new AppError('not_found', `There is no checklist run with id ${id} (its template may have been deleted).`);
    return this.#withItems([row])[0]!;
  }

  open(): StoredRun[] {
    return this.#withItems(this.#open.all() as RunRow[]);
  }

  /** Settled runs (done or missed), newest due first. */
  history(templateId: number | undefined, limit: number): StoredRun[] {
    const rows = templateId === undefined ? this.#history.all(limit) : this.#historyOf.all(templateId, limit);
    return this.#withItems(rows as RunRow[]);
  }

  /** Settled runs per template that came due since `since`: the completion rate's counts. */
  settledCounts(since: number): Map<number, { done: number; missed: number }> {
    const rows = this.#settledCounts.all(since) as { template_id: number; done: number; missed: number }[];
    return new Map(rows.map((row) => [row.template_id, { done: row.done, missed: row.missed }]));
  }

  setItem(runId: number, itemId: number, change: ItemChange): void {
    const result = this.#setItem.run(change.state, change.at, change.reason, change.note, change.auto ? 1 : 0, runId, itemId);
    if (result.changes === 0) throw new AppError('not_found', `Run ${runId} has no item ${itemId}.`);
  }

  setState(runId: number, state: RunState, completedAt: number | null): void {
    this.#setState.run(state, completedAt, runId);
  }

  markNotified(runId: number, which: 'due' | 'overdue', at: number): void {
    (which === 'due' ? this.#markNotifiedDue : this.#markNotifiedOverdue).run(at, runId);
  }

  #withItems(rows: RunRow[]): StoredRun[] {
    if (rows.length === 0) return [];
    return rows.map((row) => toRun(row, this.#items.all(row.id) as RunItemRow[]));
  }
}

function toRun(row: RunRow, items: RunItemRow[]): StoredRun {
  return {
    id: row.id,
    templateId: row.template_id,
    title: row.title,
    dueAt: row.due_at,
    overdueAt: row.overdue_at,
    missedAt: row.missed_at,
    budgetMinutes: row.budget_minutes,
    state: row.state,
    completedAt: row.completed_at,
    notifiedDueAt: row.notified_due_at,
    notifiedOverdueAt: row.notified_overdue_at,
    items: items.map((item) => ({
      itemId: item.item_id,
      text: item.text,
      checkId: item.check_id,
      autoTick: item.auto_tick === 1,
      state: item.state,
      at: item.at,
      reason: item.reason,
      note: item.note,
      auto: item.auto === 1,
    })),
  };
}
