import { useState } from 'react';
import type { ImportSource } from '../../../../electron/shared/contract.ts';
import { api } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Timestamp } from '../../components/Timestamp.tsx';
import { useNow } from '../../lib/use-now.ts';

/** Files and folders imported before; removing one stops watching it and keeps its runbooks. */
export function ImportSources({ sources, onChange }: { readonly sources: readonly ImportSource[] | null; readonly onChange: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const now = useNow();
  if (!sources || sources.length === 0) return null;

  async function remove(id: number) {
    const result = await api.invoke('runbooks.removeSource', { id });
    setError(result.ok ? null : result.error.message);
    onChange();
  }

  return (
    <section className="card" aria-labelledby="import-sources-title">
      <h2 id="import-sources-title" className="card__title">
        Imported from
      </h2>
      {error ? <ErrorNotice message={error} /> : null}
      <ul className="plain-list">
        {sources.map((source) => (
          <li key={source.id} className="import-source">
            <code className="path">{source.path}</code> — {source.fileCount} {source.fileCount === 1 ? 'file' : 'files'}
            {source.watch ? ', watched' : ''}
            {source.lastImportAt !== null ? (
              <>
                , last read <Timestamp at={source.lastImportAt} now={now} />
              </>
            ) : null}{' '}
            <button type="button" className="button button--small" onClick={() => void remove(source.id)}>
              {source.watch ? 'Stop watching' : 'Forget'}
              <span className="visually-hidden"> {source.path}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
