import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ImportReport, ImportSource } from '../../../../electron/shared/contract.ts';
import { api } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useRunbooksStore } from '../../stores/runbooks-store.ts';
import { BackLink } from './BackLink.tsx';
import { ImportReportView } from './ImportReportView.tsx';
import { ImportSources } from './ImportSources.tsx';

/** Import a Markdown file or folder by path: preview first (a dry run saves nothing), then import, optionally watching the folder. */
export function ImportPanel() {
  const importPath = useRunbooksStore((state) => state.importPath);
  const [path, setPath] = useState('');
  const [watch, setWatch] = useState(false);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [report, setReport] = useState<{ value: ImportReport; dryRun: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sources, setSources] = useState<readonly ImportSource[] | null>(null);
  const pathId = useId();
  const hintId = useId();

  async function loadSources() {
    const result = await api.invoke('runbooks.sources', {});
    if (result.ok) setSources(result.value);
  }

  useEffect(() => {
    void loadSources();
  }, []);

  async function run(dryRun: boolean) {
    if (busy) return;
    if (path.trim() === '') {
      setError('Type the path of a Markdown file or a folder first.');
      return;
    }
    setBusy(dryRun ? 'preview' : 'import');
    setError(null);
    const result = await importPath(path.trim(), watch, dryRun);
    setBusy(null);
    if (result.ok) {
      setReport({ value: result.value, dryRun });
      if (!dryRun) void loadSources();
    } else {
      setError(result.error.message);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void run(false);
  }

  return (
    <>
      <BackLink to={{ view: 'list' }} label="Back to list" />
      <PageHeader title="Import runbooks">
        Markdown files are copied into your local database, with their images, so they read the same when the wiki or the VPN is down.
      </PageHeader>
      <form className="card import-form" onSubmit={onSubmit} aria-label="Import runbooks">
        <div className="field">
          <label className="field__label" htmlFor={pathId}>
            File or folder
          </label>
          <p id={hintId} className="field__hint">
            A full path on this computer, such as ~/src/runbooks or /home/me/ops-manual.md. Folders are read recursively (.md files).
          </p>
          <input
            id={pathId}
            className="input input--wide"
            spellCheck={false}
            autoComplete="off"
            aria-describedby={hintId}
            aria-invalid={error !== null && path.trim() === ''}
            value={path}
            onChange={(event) => setPath(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="choice">
            <input type="checkbox" checked={watch} onChange={(event) => setWatch(event.target.checked)} />
            Watch this folder and re-import when its files change
          </label>
        </div>
        {error ? <ErrorNotice message={error} /> : null}
        <div className="action-row">
          <button type="button" className="button" aria-disabled={busy !== null} onClick={() => void run(true)}>
            {busy === 'preview' ? 'Previewing…' : 'Preview'}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={busy !== null}>
            {busy === 'import' ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>
      {report ? <ImportReportView report={report.value} dryRun={report.dryRun} /> : null}
      <ImportSources sources={sources} onChange={() => void loadSources()} />
    </>
  );
}
