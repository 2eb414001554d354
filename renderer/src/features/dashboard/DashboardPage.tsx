import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Timestamp } from '../../components/Timestamp.tsx';
import { useNow } from '../../lib/use-now.ts';
import { useAppStore } from '../../stores/app-store.ts';
import { NewestBackup } from './NewestBackup.tsx';
import { StartupWarnings } from './StartupWarnings.tsx';

const MODE_LABELS = {
  electron: 'Desktop app',
  browser: 'Browser mode (served by npm run serve on this machine)',
} as const;

export function DashboardPage() {
  const info = useAppStore((state) => state.info);
  const error = useAppStore((state) => state.error);
  const load = useAppStore((state) => state.load);
  const now = useNow();

  return (
    <>
      <PageHeader title="Dashboard">What is running, where your data lives, and when it was last backed up.</PageHeader>
      {error ? <ErrorNotice message={error} onRetry={() => void load()} /> : null}
      {info ? (
        <>
          <StartupWarnings warnings={info.warnings} />
          <section className="card" aria-labelledby="about-title">
            <h2 id="about-title" className="card__title">
              This installation
            </h2>
            <dl className="facts">
              <dt>Version</dt>
              <dd>
                {info.name} {info.version}
              </dd>
              <dt>Mode</dt>
              <dd>{MODE_LABELS[info.mode]}</dd>
              <dt>Data folder</dt>
              <dd>
                <code className="path">{info.dataDir}</code>
              </dd>
              <dt>Schema version</dt>
              <dd>{info.schemaVersion}</dd>
              <dt>Started</dt>
              <dd>
                <Timestamp at={info.startedAt} now={now} />
              </dd>
            </dl>
          </section>
        </>
      ) : error ? null : (
        <p className="muted" role="status">
          Asking the core what is running…
        </p>
      )}
      <NewestBackup />
    </>
  );
}
