import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Timestamp } from '../../components/Timestamp.tsx';
import { formatBytes } from '../../lib/format.ts';
import { hrefFor } from '../../lib/routes.ts';
import { useNow } from '../../lib/use-now.ts';
import { useBackupStore } from '../../stores/backup-store.ts';

/** A day without a backup is worth noticing; the daily backup should have made one. */
const STALE_AFTER_MS = 36 * 3_600_000;

export function NewestBackup() {
  const backups = useBackupStore((state) => state.backups);
  const loaded = useBackupStore((state) => state.loaded);
  const listError = useBackupStore((state) => state.listError);
  const refresh = useBackupStore((state) => state.refresh);
  const now = useNow();
  const newest = backups[0];

  return (
    <section className="card" aria-labelledby="newest-backup-title">
      <h2 id="newest-backup-title" className="card__title">
        Newest backup
      </h2>
      {listError ? <ErrorNotice message={listError} onRetry={() => void refresh()} /> : null}
      {!loaded ? (
        <p className="muted" role="status">
          Looking for backups…
        </p>
      ) : newest ? (
        <>
          <dl className="facts">
            <dt>Taken</dt>
            <dd>
              <Timestamp at={newest.createdAt} now={now} />
            </dd>
            <dt>File</dt>
            <dd>
              <code className="path">{newest.fileName}</code>
            </dd>
            <dt>Size</dt>
            <dd>{formatBytes(newest.sizeBytes)}</dd>
          </dl>
          {now - newest.createdAt > STALE_AFTER_MS ? (
            <p className="notice notice--warning notice--inline">
              This backup is more than a day old. Take one now in <a href={hrefFor('settings')}>Settings</a>.
            </p>
          ) : null}
        </>
      ) : listError ? null : (
        <p>
          No backup yet. Your data lives in one SQLite file; take a copy now in <a href={hrefFor('settings')}>Settings</a>.
        </p>
      )}
    </section>
  );
}
