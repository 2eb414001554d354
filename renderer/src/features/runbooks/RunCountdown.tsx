import type { ProcedureRun } from '../../../../electron/shared/contract.ts';
import { useNow } from '../../lib/use-now.ts';
import { countdown } from './run-format.ts';

/**
 * The timebox as a clock. The visible clock ticks every second but is hidden from screen
 * readers, which would otherwise announce every tick; a minute-level label is read instead.
 */
export function RunCountdown({ run }: { readonly run: ProcedureRun }) {
  const now = useNow(1_000);
  if (run.finishedAt !== null) return null;
  const value = countdown(run, now);
  if (!value) return null;
  const minutes = Math.ceil(Math.abs(value.remainingMs) / 60_000);
  const spoken = value.overdue ? `Timebox of ${run.timeboxMinutes} minutes passed ${minutes} minutes ago` : `About ${minutes} minutes left of ${run.timeboxMinutes}`;
  return (
    <p className={`run-countdown${value.overdue ? ' run-countdown--over' : ''}`} data-testid="run-countdown">
      <span className="run-countdown__label">Timebox {run.timeboxMinutes} min</span>{' '}
      <span className="run-countdown__clock" aria-hidden="true">
        {value.label}
      </span>
      <span className="visually-hidden">{spoken}</span>
    </p>
  );
}
