import { useId } from 'react';
import type { Settings } from '../../../../electron/shared/contract.ts';
import { useSettingsStore } from '../../stores/settings-store.ts';

/** The settings that are on or off. */
type ToggleSetting = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

interface ToggleSettingFieldProps {
  readonly field: ToggleSetting;
  readonly enabled: boolean;
  readonly label: string;
  readonly hint: string;
}

/** A checkbox setting, saved as soon as it is clicked; the core's refusal shows below it. */
export function ToggleSettingField({ field, enabled, label, hint }: ToggleSettingFieldProps) {
  const error = useSettingsStore((state) => state.errors[field]);
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
          onChange={(event) => void change(field, event.target.checked)}
        />
        <span className="choice__label">{label}</span>
      </label>
      <p id={hintId} className="field__hint field__hint--indented">
        {hint}
      </p>
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
