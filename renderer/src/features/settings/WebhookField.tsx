import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useSettingsStore } from '../../stores/settings-store.ts';

/**
 * The escalation webhook, saved on blur or Enter like the display name: a half-typed
 * address must not be sent (and refused) at every keystroke. Emptying the box removes
 * it; a refused address stays in the box next to the core's reason.
 */
export function WebhookField({ stored }: { readonly stored: string }) {
  const error = useSettingsStore((state) => state.errors.escalationWebhookUrl);
  const saved = useSettingsStore((state) => state.saved.escalationWebhookUrl);
  const change = useSettingsStore((state) => state.change);
  const [draft, setDraft] = useState(stored);
  const [lastStored, setLastStored] = useState(stored);
  const inFlight = useRef<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  if (stored !== lastStored) {
    setLastStored(stored);
    setDraft(stored);
  }

  async function save() {
    const value = draft.trim();
    if (value === stored || value === inFlight.current) return;
    inFlight.current = value;
    const next = await change('escalationWebhookUrl', value, { optimistic: false });
    inFlight.current = null;
    if (next) setDraft(next.escalationWebhookUrl);
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
        Escalation webhook
      </label>
      <p id={hintId} className="field__hint">
        A Slack-compatible incoming webhook (http or https) that is told when a critical alert stays unacknowledged. Leave it empty for none.
      </p>
      <div className="field__row">
        <input
          id={inputId}
          className="input input--wide"
          type="url"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          placeholder="https://hooks.slack.com/services/…"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => void save()}
          onKeyDown={onKeyDown}
        />
        <span className="field__status" role="status">
          {saved && !error && draft.trim() === stored ? 'Saved' : ''}
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
