import { useEffect, useRef } from 'react';
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
  const rootRef = useRef<HTMLDivElement>(null);
  const viewKey = `${route.view}:${'id' in route ? route.id : ''}`;
  const shownView = useRef(viewKey);

  useEffect(() => follow(), [follow]);

  useEffect(() => {
    // A new view replaces the page under the focused control: start it at its top, as the shell does between sections.
    if (shownView.current === viewKey) return;
    shownView.current = viewKey;
    const main = rootRef.current?.closest('main');
    if (main) {
      main.scrollTop = 0;
      main.focus();
    }
  }, [viewKey]);

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
