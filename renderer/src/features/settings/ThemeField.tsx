import { useId } from 'react';
import type { Settings } from '../../../../electron/shared/contract.ts';
import { useSettingsStore } from '../../stores/settings-store.ts';

type Theme = Settings['theme'];

const OPTIONS: ReadonlyArray<{ value: Theme; label: string; hint: string }> = [
  { value: 'system', label: 'System', hint: 'follows your operating system' },
  { value: 'light', label: 'Light', hint: 'for daylight' },
  { value: 'dark', label: 'Dark', hint: 'easy on the eyes at night' },
];

export function ThemeField({ theme }: { readonly theme: Theme }) {
  const error = useSettingsStore((state) => state.errors.theme);
  const change = useSettingsStore((state) => state.change);
  const errorId = useId();

  return (
    <fieldset className="field field--group" aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">Theme</legend>
      <div className="choice-row">
        {OPTIONS.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name="theme"
              value={option.value}
              checked={theme === option.value}
              onChange={() => void change('theme', option.value)}
            />
            <span className="choice__label">{option.label}</span>
            <span className="choice__hint" aria-hidden="true">
              {option.hint}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
