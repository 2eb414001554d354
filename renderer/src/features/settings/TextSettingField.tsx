import { useId, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import type { Settings } from '../../../../electron/shared/contract.ts';
import { useSettingsStore } from '../../stores/settings-store.ts';

/** The settings that are free text. */
type TextSetting = { [K in keyof Settings]: Settings[K] extends string ? K : never }[keyof Settings];

interface TextSettingFieldProps {
  readonly field: TextSetting;
  readonly stored: string;
  readonly label: string;
  readonly hint: string;
  /** Trim before saving (an address); a name keeps what was typed. */
  readonly trim?: boolean;
  /** Type, autocomplete, placeholder and width of the box. */
  readonly input?: Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode' | 'autoComplete' | 'placeholder' | 'className'>;
}

/**
 * A text setting saved on blur or Enter rather than on each keystroke: every save is an
 * activity-log entry and an event to every window, and a half-typed value must not be
 * sent (and refused) at every key. What the user typed stays in the box if the core
 * refuses it, next to the reason; Escape puts the stored value back.
 */
export function TextSettingField({ field, stored, label, hint, trim = false, input = {} }: TextSettingFieldProps) {
  const error = useSettingsStore((state) => state.errors[field]);
  const saved = useSettingsStore((state) => state.saved[field]);
  const change = useSettingsStore((state) => state.change);
  const [draft, setDraft] = useState(stored);
  const [lastStored, setLastStored] = useState(stored);
  const inFlight = useRef<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const value = trim ? draft.trim() : draft;

  // Another window (or this one's save) changed the setting: show the stored value.
  if (stored !== lastStored) {
    setLastStored(stored);
    setDraft(stored);
  }

  async function save() {
    if (value === stored || value === inFlight.current) return;
    inFlight.current = value;
    const next = await change(field, value, { optimistic: false });
    inFlight.current = null;
    if (next) setDraft(next[field]);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape' && draft !== stored) {
      event.preventDefault();
      setDraft(stored);
    }
  }

  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      <div className="field__row">
        <input
          id={inputId}
          className={input.className ?? 'input'}
          type={input.type ?? 'text'}
          inputMode={input.inputMode}
          autoComplete={input.autoComplete ?? 'off'}
          placeholder={input.placeholder}
          spellCheck={false}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => void save()}
          onKeyDown={onKeyDown}
        />
        <span className="field__status" role="status">
          {saved && !error && value === stored ? 'Saved' : ''}
        </span>
      </div>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
