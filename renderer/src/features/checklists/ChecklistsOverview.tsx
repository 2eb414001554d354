import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { LaterToday } from './LaterToday.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useChecklistsStore } from '../../stores/checklists-store.ts';
import { goTo } from './checklist-route.ts';
import { RunCard } from './RunCard.tsx';
import { RunHistory } from './RunHistory.tsx';
import { TemplatesTable } from './TemplatesTable.tsx';

const LEAD = 'Routines that recur on a schedule. A run comes due at its time, counts down its budget, and goes to history done or missed.';

/** Runs to do now first (that is why the page is open at 3am), then routines, then history. */
export function ChecklistsOverview() {
  const { templates, current, history, loaded, error, load } = useChecklistsStore();
  return (
    <>
      <PageHeader title="Checklists">{LEAD}</PageHeader>
      {error ? <ErrorNotice message={error} onRetry={() => void load()} /> : null}
      <div className="action-row">
        <button type="button" className="button button--primary" onClick={() => goTo({ view: 'new' })}>
          New checklist
        </button>
        <button type="button" className="button" onClick={() => goTo({ view: 'import' })}>
          Import from Markdown
        </button>
      </div>
      <section aria-labelledby="checklists-now">
        <h2 id="checklists-now">Due now</h2>
        {!loaded ? (
          <p className="muted" role="status">
            Loading checklists…
          </p>
        ) : current.length === 0 ? (
          <p className="muted" role="status">
            Nothing is due right now.
          </p>
        ) : (
          current.map((run) => <RunCard key={run.id} run={run} />)
        )}
        <LaterToday templates={templates} />
      </section>
      <section aria-labelledby="checklists-templates">
        <h2 id="checklists-templates">Routines</h2>
        {loaded && templates.length === 0 ? (
          <p className="muted">No checklists yet. Write one, or import the routines from an ops manual in Markdown.</p>
        ) : (
          <TemplatesTable templates={templates} />
        )}
      </section>
      <section aria-labelledby="checklists-history">
        <h2 id="checklists-history">History</h2>
        <RunHistory runs={history} />
      </section>
    </>
  );
}
