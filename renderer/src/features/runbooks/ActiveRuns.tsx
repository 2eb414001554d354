import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useRunbooksStore } from '../../stores/runbooks-store.ts';
import { PriorityBadge } from './PriorityBadge.tsx';
import { runbookHref } from './runbook-route.ts';
import { progress } from './run-format.ts';

/** Procedures still running, kept by the core across restarts: the first thing to resume after a crash or reload. */
export function ActiveRuns({ runbookId }: { readonly runbookId?: number }) {
  const allRuns = useRunbooksStore((state) => state.runs);
  const runsError = useRunbooksStore((state) => state.runsError);
  const loadRuns = useRunbooksStore((state) => state.loadRuns);
  const runs = runbookId === undefined ? allRuns : allRuns.filter((run) => run.runbookId === runbookId);
  if (runsError && runbookId === undefined) return <ErrorNotice message={runsError} onRetry={() => void loadRuns()} />;
  if (runs.length === 0) return null;
  return (
    <section className="card active-runs" aria-labelledby="active-runs-title">
      <h2 id="active-runs-title" className="card__title">
        In progress
      </h2>
      <ul className="plain-list active-runs__list">
        {runs.map((run) => {
          const { done, total } = progress(run);
          return (
            <li key={run.id} className="active-runs__item">
              <PriorityBadge priority={run.priority} />{' '}
              <a href={runbookHref({ view: 'run', id: run.id })}>
                Resume: {run.procedureTitle}
              </a>{' '}
              <span className="muted">
                ({run.runbookTitle}, {done} of {total} steps done)
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
