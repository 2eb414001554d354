import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useRunbooksStore } from '../../stores/runbooks-store.ts';
import { BackLink } from './BackLink.tsx';
import { DeleteRunbook } from './DeleteRunbook.tsx';
import { Markdown } from './markdown/Markdown.tsx';
import { ProcedureList } from './ProcedureList.tsx';
import { RunbookFacts } from './RunbookFacts.tsx';
import { goToRunbooks } from './runbook-route.ts';

/** One runbook: its facts, its procedures, and its text, rendered safely. */
export function RunbookView({ id }: { readonly id: number }) {
  const open = useRunbooksStore((state) => (state.open?.id === id ? state.open : null));
  const loadRunbook = useRunbooksStore((state) => state.loadRunbook);

  useEffect(() => {
    void loadRunbook(id);
  }, [id, loadRunbook]);

  const runbook = open?.value ?? null;
  if (open?.missing) {
    return (
      <>
        <BackLink to={{ view: 'list' }} label="Back to list" />
        <p role="status">There is no runbook {id}: it was deleted, or the link is stale.</p>
      </>
    );
  }
  if (!runbook) {
    return (
      <>
        <BackLink to={{ view: 'list' }} label="Back to list" />
        {open?.error ? (
          <ErrorNotice message={open.error} onRetry={() => void loadRunbook(id)} />
        ) : (
          <p className="muted" role="status">
            Loading the runbook…
          </p>
        )}
      </>
    );
  }

  return (
    <>
      <BackLink to={{ view: 'list' }} label="Back to list" />
      <header className="page-header">
        <h1 className="page-header__title">{runbook.title}</h1>
      </header>
      {open?.error ? <ErrorNotice message={open.error} onRetry={() => void loadRunbook(id)} /> : null}
      <div className="action-row">
        <button type="button" className="button" onClick={() => goToRunbooks({ view: 'edit', id })}>
          Edit
        </button>
        <button type="button" className="button" onClick={() => goToRunbooks({ view: 'revisions', id })}>
          Revisions
        </button>
        <DeleteRunbook id={id} title={runbook.title} />
      </div>
      <RunbookFacts runbook={runbook} />
      <ProcedureList runbook={runbook} />
      <article className="runbook-body" data-testid="runbook-view" aria-label={runbook.title}>
        <Markdown source={runbook.markdown} links={runbook.links} images={runbook.images} />
      </article>
    </>
  );
}
