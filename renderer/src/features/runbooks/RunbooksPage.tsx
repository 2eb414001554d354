import { useEffect } from 'react';
import { useViewTop } from '../../lib/use-view-top.ts';
import { useRunbooksStore } from '../../stores/runbooks-store.ts';
import { ImportPanel } from './ImportPanel.tsx';
import { ProcedureRunView } from './ProcedureRunView.tsx';
import { RevisionsView } from './RevisionsView.tsx';
import { RunbookEditor } from './RunbookEditor.tsx';
import { RunbookList } from './RunbookList.tsx';
import { RunbookView } from './RunbookView.tsx';
import { useRunbookRoute } from './runbook-route.ts';

/** The runbooks section: list and search, one runbook, its editor and revisions, and procedure runs, each at its own hash. */
export function RunbooksPage() {
  const route = useRunbookRoute();
  const follow = useRunbooksStore((state) => state.follow);
  const rootRef = useViewTop(`${route.view}:${'id' in route ? route.id : ''}`);

  useEffect(() => follow(), [follow]);

  return (
    <div ref={rootRef} className="runbooks">
      {route.view === 'list' ? (
        <RunbookList />
      ) : route.view === 'import' ? (
        <ImportPanel />
      ) : route.view === 'new' ? (
        <RunbookEditor id={null} />
      ) : route.view === 'edit' ? (
        <RunbookEditor key={route.id} id={route.id} />
      ) : route.view === 'revisions' ? (
        <RevisionsView key={route.id} id={route.id} />
      ) : route.view === 'run' ? (
        <ProcedureRunView key={route.id} id={route.id} />
      ) : (
        <RunbookView key={route.id} id={route.id} />
      )}
    </div>
  );
}
