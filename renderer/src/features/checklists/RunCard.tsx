import type { ChecklistRun } from '../../../../electron/shared/contract.ts';
import { Timestamp } from '../../components/Timestamp.tsx';
import { useNow } from '../../lib/use-now.ts';
import { useChecklistsStore, type TickRequest } from '../../stores/checklists-store.ts';
import { countdown, RUN_STATUS_LABELS } from './checklist-format.ts';
import { RunItem } from './RunItem.tsx';

/** A run that is due or overdue: its budget counting down and its items to work through. */
export function RunCard({ run }: { readonly run: ChecklistRun }) {
  const now = useNow(1_000);
  const tick = useChecklistsStore((state) => state.tick);
  const status = now >= run.overdueAt && run.status === 'due' ? 'overdue' : run.status;
  const done = run.items.filter((item) => item.state !== 'open').length;

  async function onTick(request: TickRequest): Promise<string | null> {
    const result = await tick(request);
    return result.ok ? null : result.error.message;
  }

  return (
    <section className={`card run-card run-card--${status}`} aria-label={run.title}>
      <header className="run-card__header">
        <h3 className="card__title">{run.title}</h3>
        <span className={`run-status run-status--${status}`}>{RUN_STATUS_LABELS[status]}</span>
      </header>
      <p className="run-card__meta">
        Due <Timestamp at={run.dueAt} now={now} /> · <span className="run-card__countdown">{countdown(run, now)}</span> · {done} of {run.items.length} done
      </p>
      <ul className="run-items">
        {run.items.map((item) => (
          <RunItem key={item.itemId} runId={run.id} item={item} readOnly={false} onTick={onTick} />
        ))}
      </ul>
    </section>
  );
}
