import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useSettingsStore } from '../../stores/settings-store.ts';

/**
 * Saved on blur or Enter rather than on each keystroke: every save is an activity-log
 * entry and an event to every window. What the user typed stays in the box if the core
 * refuses it, next to the reason.
 */
export function DisplayNameField({ stored }: { readonly stored: string }) {
  const error = useSettingsStore((state) => state.errors.displayName);
  const saved = useSettingsStore((state) => state.saved.displayName);
  const change = useSettingsStore((state) => state.change);
  const [draft, setDraft] = useState(stored);
  const [lastStored, setLastStored] = useState(stored);
  const inFlight = useRef<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  // Another window (or this one's save) changed the name: show the stored value.
  if (stored !== lastStored) {
    setLastStored(stored);
    setDraft(stored);
  }

  async function save() {
    if (draft === stored || draft === inFlight.current) return;
    inFlight.current = draft;
    const next = await change('displayName', draft, { optimistic: false });
    inFlight.current = null;
    if (next) setDraft(next.displayName);
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
        Display name
      </label>
      <p id={hintId} className="field__hint">
        Put on acknowledgements, handover notes and incident timeline entries. Saved when you press Enter or leave the field.
      </p>
      <div className="field__row">
        <input
          id={inputId}
          className="input"
          type="text"
          autoComplete="name"
          spellCheck={false}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => void save()}
          onKeyDown={onKeyDown}
        />
        <span className="field__status" role="status">
          {saved && !error && draft === stored ? 'Saved' : ''}
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
