import { useId } from 'react';
import { useSettingsStore } from '../../stores/settings-store.ts';

export function DailyBackupField({ enabled }: { readonly enabled: boolean }) {
  const error = useSettingsStore((state) => state.errors.dailyBackup);
  const change = useSettingsStore((state) => state.change);
  const hintId = useId();
  const errorId = useId();

  return (
    <div className="field">
      <label className="choice">
        <input
          type="checkbox"
          checked={enabled}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => void change('dailyBackup', event.target.checked)}
        />
        <span className="choice__label">Daily backup</span>
      </label>
      <p id={hintId} className="field__hint field__hint--indented">
        At start-up, when the newest backup is more than a day old, take a new one. The newest seven are kept.
      </p>
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
