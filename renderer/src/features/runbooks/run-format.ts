/** Arithmetic for procedure runs, kept pure so the countdown and progress are unit-tested. */
import type { Priority, ProcedureRun } from '../../../../electron/shared/contract.ts';

export interface Countdown {
  readonly remainingMs: number;
  readonly overdue: boolean;
  /** "4:05 left", "Over by 1:02:00". */
  readonly label: string;
}

function clock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mmss = `${hours > 0 ? String(minutes).padStart(2, '0') : minutes}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** Counts from the run's stored start, not from when the page opened: a reload or restart keeps the clock. */
export function countdown(run: Pick<ProcedureRun, 'startedAt' | 'timeboxMinutes'>, now: number): Countdown | null {
  if (run.timeboxMinutes === null || run.timeboxMinutes <= 0) return null;
  const remainingMs = run.startedAt + run.timeboxMinutes * 60_000 - now;
  if (remainingMs >= 0) return { remainingMs, overdue: false, label: `${clock(Math.ceil(remainingMs / 1000) * 1000)} left` };
  return { remainingMs, overdue: true, label: `Over by ${clock(remainingMs)}` };
}

export function progress(run: Pick<ProcedureRun, 'steps'>): { readonly done: number; readonly total: number } {
  return { done: run.steps.filter((step) => step.doneAt !== null).length, total: run.steps.length };
}

/** Steps grouped under their phase titles, in order; steps before any phase have a null title. */
export function phases(run: Pick<ProcedureRun, 'steps'>): Array<{ readonly title: string | null; readonly steps: ProcedureRun['steps'] }> {
  const groups: Array<{ title: string | null; steps: ProcedureRun['steps'] }> = [];
  for (const step of run.steps) {
    const last = groups.at(-1);
    if (last && last.title === step.phase) last.steps.push(step);
    else groups.push({ title: step.phase, steps: [step] });
  }
  return groups;
}

/** Lower level is more urgent in every scheme; the badge's tone follows it. */
export function priorityTone(priority: Priority): 'critical' | 'high' | 'normal' {
  if (priority.scheme === 'P' || priority.scheme === 'SEV') return priority.level <= 1 ? 'critical' : priority.level === 2 ? 'high' : 'normal';
  if (priority.scheme === 'S') return priority.level <= 1 ? 'critical' : priority.level === 2 ? 'high' : 'normal';
  return priority.level === 0 ? 'critical' : priority.level === 1 ? 'high' : 'normal';
}
