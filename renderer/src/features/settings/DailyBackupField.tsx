import { ToggleSettingField } from './ToggleSettingField.tsx';

export function DailyBackupField({ enabled }: { readonly enabled: boolean }) {
  return (
    <ToggleSettingField
      field="dailyBackup"
      enabled={enabled}
      label="Daily backup"
      hint="At start-up, when the newest backup is more than a day old, take a new one. The newest seven are kept."
    />
  );
}
