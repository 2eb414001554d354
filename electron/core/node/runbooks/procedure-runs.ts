import { AppError } from '../../common/errors.ts';
import type { Priority, Procedure } from '../../common/manual/index.ts';
import type { ProcedureRun, ProcedureRunStep } from '../../common/runbooks/types.ts';
import type { SqliteDatabase } from '../storage/database.ts';
import { statement } from './statements.ts';

interface RawRun {
  id: number;
  runbook_id: number;
  runbook_title: string;
  procedure_index: number;
  procedure_title: string;
  priority: string | null;
  timebox_minutes: number | null;
  started_at: number;
  finished_at: number | null;
}

/**
 * Procedure runs, stored as they happen (every tick is committed), so a restart or a
 * crash mid-incident finds the run where it was. The steps are copied when the run
 * starts: editing the runbook later does not rewrite what was done.
 */
export class ProcedureRuns {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  start(runbook: { id: number; title: string }, index: number, procedure: Procedure, at: number): ProcedureRun {
    const id = this.#db.transaction(() => {
      const result = statement(this.#db, 
          `INSERT INTO procedure_runs (runbook_id, runbook_title, procedure_index, procedure_title, priority, timebox_minutes, started_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(runbook.id, runbook.title, index, procedure.title, procedure.priority === null ? null : JSON.stringify(procedure.priority), procedure.timeboxMinutes, at);
      const runId = Number(result.lastInsertRowid);
      const insert = statement(this.#db, 'INSERT INTO procedure_run_steps (run_id, number, text, phase) VALUES (?, ?, ?, ?)');
      for (const phase of procedure.phases) {
        for (const step of phase.steps) insert.run(runId, step.number, step.text, phase.title);
      }
      return runId;
    })();
    return this.get(id);
  }

  /** Tick (records the time) or untick a step. A finished run is history and is not changed. */
  step(runId: number, number: number, done: boolean, at: number): ProcedureRun {
    const run = this.get(runId);
    if (run.finishedAt !== null) throw new AppError('conflict', `Procedure run ${runId} is finished; its steps can no longer be changed.`);
    const changed = statement(this.#db, 'UPDATE procedure_run_steps SET done_at = ? WHERE run_id = ? AND number = ?')
      .run(done ? at : null, runId, number).changes;
    if (changed === 0) throw new AppError('not_found', `number: procedure run ${runId} has no step ${number} (it has ${run.steps.length}).`);
    return this.get(runId);
  }

  finish(runId: number, at: number): ProcedureRun {
    const run = this.get(runId);
    if (run.finishedAt !== null) return run;
    statement(this.#db, 'UPDATE procedure_runs SET finished_at = ? WHERE id = ?').run(at, runId);
    return this.get(runId);
  }

  /** Active runs oldest first (the incident that started first); all runs newest first, the last 200. */
  list(active: boolean): ProcedureRun[] {
    const ids = (
      active
        ? statement(this.#db, 'SELECT id FROM procedure_runs WHERE finished_at IS NULL ORDER BY id')
        : statement(this.#db, 'SELECT id FROM procedure_runs ORDER BY id DESC LIMIT 200')
    )
      .pluck()
      .all() as number[];
    return ids.map((id) => this.get(id));
  }

  get(runId: number): ProcedureRun {
    const raw = statement(this.#db, 'SELECT * FROM procedure_runs WHERE id = ?').get(runId) as RawRun | undefined;
    if (raw === undefined) throw new AppError('not_found', `There is no procedure run ${runId}.`);
    const steps = statement(this.#db, 'SELECT number, text, phase, done_at AS doneAt FROM procedure_run_steps WHERE run_id = ? ORDER BY number')
      .all(runId) as ProcedureRunStep[];
    return {
      id: raw.id,
      runbookId: raw.runbook_id,
      runbookTitle: raw.runbook_title,
      procedureIndex: raw.procedure_index,
      procedureTitle: raw.procedure_title,
      priority: raw.priority === null ? null : (JSON.parse(raw.priority) as Priority),
      timeboxMinutes: raw.timebox_minutes,
      startedAt: raw.started_at,
      finishedAt: raw.finished_at,
      steps,
    };
  }
}
