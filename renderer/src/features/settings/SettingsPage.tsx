import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useSettingsStore } from '../../stores/settings-store.ts';
import { AlertingPanel } from './AlertingPanel.tsx';
import { BackupsPanel } from './BackupsPanel.tsx';
import { DailyBackupField } from './DailyBackupField.tsx';
import { DisplayNameField } from './DisplayNameField.tsx';
import { RetentionFields } from './RetentionFields.tsx';
import { SecretsPanel } from './SecretsPanel.tsx';
import { ThemeField } from './ThemeField.tsx';

export function SettingsPage() {
  const settings = useSettingsStore((state) => state.settings);
  const loadError = useSettingsStore((state) => state.loadError);
  const load = useSettingsStore((state) => state.load);

  return (
    <>
      <PageHeader title="Settings">Changes are saved as you make them and apply to every open window.</PageHeader>
      {loadError ? <ErrorNotice message={loadError} onRetry={() => void load()} /> : null}
      {settings ? (
        <section className="card" aria-labelledby="preferences-title">
          <h2 id="preferences-title" className="card__title">
            Preferences
          </h2>
          <ThemeField theme={settings.theme} />
          <DisplayNameField stored={settings.displayName} />
          <DailyBackupField enabled={settings.dailyBackup} />
        </section>
      ) : loadError ? null : (
        <p className="muted" role="status">
          Loading settings…
        </p>
      )}
      {settings ? <AlertingPanel settings={settings} /> : null}
      <BackupsPanel />
      <SecretsPanel />
      {settings ? <RetentionFields settings={settings} /> : null}
    </>
  );
}
