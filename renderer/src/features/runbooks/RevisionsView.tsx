import { useEffect, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Timestamp } from '../../components/Timestamp.tsx';
import { formatBytes } from '../../lib/format.ts';
import { useNow } from '../../lib/use-now.ts';
import { api } from '../../api.ts';
import { useRunbooksStore } from '../../stores/runbooks-store.ts';
import { BackLink } from './BackLink.tsx';
import { DiffView } from './DiffView.tsx';
import { goToRunbooks } from './runbook-route.ts';
import { useRevisionText, useRevisions } from './use-revisions.ts';

const SOURCES = { import: 'imported', edit: 'edited', restore: 'restored' } as const;

/** Every saved revision, who saved it and when; pick one to see what changed since, and restore it if needed. */
export function RevisionsView({ id }: { readonly id: number }) {
  const open = useRunbooksStore((state) => (state.open?.id === id ? state.open : null));
  const loadRunbook = useRunbooksStore((state) => state.loadRunbook);
  const { revisions, error, reload } = useRevisions(id);
  const [selected, setSelected] = useState<number | null>(null);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const selectedText = useRevisionText(id, selected);
  const now = useNow();
  const runbook = open?.value ?? null;

  useEffect(() => {
    void loadRunbook(id);
  }, [id, loadRunbook]);

  async function restore(revisionId: number) {
    const result = await api.invoke('runbooks.restore', { id, revisionId });
    if (!result.ok) {
      setRestoreError(result.error.message);
      return;
    }
    reload();
    await loadRunbook(id);
    goToRunbooks({ view: 'detail', id });
  }

  return (
    <>
      <BackLink to={{ view: 'detail', id }} label="Back to runbook" />
      <PageHeader title={`Revisions of ${runbook?.title ?? 'runbook'}`}>Choose a revision to compare it with the current text. Restoring saves it as a new revision; nothing is lost.</PageHeader>
      {error ? <ErrorNotice message={error} onRetry={reload} /> : null}
      {restoreError ? <ErrorNotice message={restoreError} /> : null}
      {!revisions ? (
        <p className="muted" role="status">
          Loading revisions…
        </p>
      ) : (
        <ol className="plain-list revisions">
          {revisions.map((revision, index) => (
            <li key={revision.id} className={`revision${selected === revision.id ? ' revision--selected' : ''}`}>
              <button type="button" className="button button--small" aria-pressed={selected === revision.id} onClick={() => setSelected(revision.id)}>
                Compare
              </button>{' '}
              <Timestamp at={revision.at} now={now} /> — {SOURCES[revision.source]} by {revision.by || 'unknown'} · {revision.title} · {formatBytes(revision.size)}
              {index === 0 ? <span className="muted"> (current)</span> : null}
              {index > 0 ? (
                <>
                  {' '}
                  <button type="button" className="button button--small" onClick={() => void restore(revision.id)}>
                    Restore<span className="visually-hidden"> this revision</span>
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {selectedText.error ? <ErrorNotice message={selectedText.error} /> : null}
      {selected !== null && selectedText.text !== null && runbook ? (
        <section aria-label="Differences">
          <h2>Changes since this revision</h2>
          <DiffView before={selectedText.text} after={runbook.markdown} beforeLabel="the chosen revision" afterLabel="the current text" />
        </section>
      ) : null}
    </>
  );
}
