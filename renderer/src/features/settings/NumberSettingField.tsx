import { useId, useState } from 'react';
import type { Settings } from '../../../../electron/shared/contract.ts';
import { useSettingsStore } from '../../stores/settings-store.ts';

/** The settings that hold a number. */
export type NumberSetting = { [K in keyof Settings]: Settings[K] extends number ? K : never }[keyof Settings];

/** One number saved on blur or Enter; a refused value stays in the box beside the reason. */
export function NumberSettingField({ field, label, hint, stored }: { field: NumberSetting; label: string; hint: string; stored: number }) {
  const error = useSettingsStore((state) => state.errors[field]);
  const change = useSettingsStore((state) => state.change);
  const [draft, setDraft] = useState(String(stored));
  const [lastStored, setLastStored] = useState(stored);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  if (stored !== lastStored) {
    setLastStored(stored);
    setDraft(String(stored));
  }

  async function save() {
    const value = Number(draft);
    if (draft.trim() === '' || value === stored) return;
    // Let the core judge the number (it names the bounds); NaN is sent as is and refused.
    await change(field, value, { optimistic: false });
  }

  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      <input
        id={inputId}
        className="input input--number"
        type="number"
        inputMode="numeric"
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void save();
        }}
      />
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
