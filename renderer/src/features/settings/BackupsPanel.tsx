import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Timestamp } from '../../components/Timestamp.tsx';
import { formatBytes, formatDateTime } from '../../lib/format.ts';
import { useNow } from '../../lib/use-now.ts';
import { useBackupStore } from '../../stores/backup-store.ts';

/** The folder the backups are in, read off a backup's own path (the core knows the separator). */
function folderOf(path: string, fileName: string): string {
  return path.endsWith(fileName) ? path.slice(0, path.length - fileName.length).replace(/[\\/]$/, '') : path;
}

export function BackupsPanel() {
  const backups = useBackupStore((state) => state.backups);
  const loaded = useBackupStore((state) => state.loaded);
  const listError = useBackupStore((state) => state.listError);
  const creating = useBackupStore((state) => state.creating);
  const createError = useBackupStore((state) => state.createError);
  const lastCreatedAt = useBackupStore((state) => state.lastCreatedAt);
  const create = useBackupStore((state) => state.create);
  const refresh = useBackupStore((state) => state.refresh);
  const now = useNow();
  const newest = backups[0];

  return (
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title" className="card__title">
        Backups
      </h2>
      <p className="field__hint">
        A backup is a full copy of the database, taken while the app runs and checked with SQLite’s quick_check before it is kept.
        The newest seven are kept.
      </p>
      <div className="action-row">
        {/* aria-disabled rather than disabled: a disabled button drops keyboard focus. */}
        <button type="button" className="button button--primary" aria-disabled={creating} onClick={() => void create()}>
          Back up now
        </button>
        <span className="muted" role="status">
          {creating
            ? 'Backing up…'
            : lastCreatedAt !== null && !createError
              ? `Backup written and verified at ${formatDateTime(lastCreatedAt)}.`
              : ''}
        </span>
      </div>
      {createError ? <ErrorNotice message={createError} /> : null}
      {listError ? <ErrorNotice message={listError} onRetry={() => void refresh()} /> : null}
      {!loaded ? (
        <p className="muted">Looking for backups…</p>
      ) : newest ? (
        <>
          <p className="muted">
            Stored in <code className="path">{folderOf(newest.path, newest.fileName)}</code>
          </p>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Backups, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Taken</th>
                  <th scope="col">File</th>
                  <th scope="col" className="table__number">
                    Size
                  </th>
                </tr>
              </thead>
              <tbody>
                {backups.map((backup) => (
                  <tr key={backup.fileName}>
                    <td>
                      <Timestamp at={backup.createdAt} now={now} />
                    </td>
                    <td>
                      <code className="path">{backup.fileName}</code>
                    </td>
                    <td className="table__number">{formatBytes(backup.sizeBytes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : listError ? null : (
        <p>No backups yet. “Back up now” takes the first one.</p>
      )}
    </section>
  );
}
