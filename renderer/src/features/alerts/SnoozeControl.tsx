import { useId, useRef, useState, type FormEvent } from 'react';
import type { Result } from '../../../../electron/shared/contract.ts';
import { minutesUntilTomorrowMorning, parseSnoozeMinutes, SNOOZE_MAX_MINUTES } from './alert-format.ts';

interface SnoozeControlProps {
  /** "Snooze" for one alert, "Snooze all" for everything. */
  readonly label: string;
  /** Names what is snoozed, for screen readers: "Snooze Local API". */
  readonly accessibleLabel: string;
  readonly onSnooze: (minutes: number) => Promise<Result<unknown>>;
  /** Small inside an alert; full size in the toolbar, next to "Acknowledge all". */
  readonly small?: boolean;
}

const morning = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });

/**
 * A disclosure with the three ways to snooze: an hour, until tomorrow morning (its time
 * written out, so 3am does not read "tomorrow" as "today"), or a number of minutes.
 */
export function SnoozeControl({ label, accessibleLabel, onSnooze, small = true }: SnoozeControlProps) {
  const [minutes, setMinutes] = useState('30');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const tomorrow = minutesUntilTomorrowMorning(Date.now());

  async function snooze(value: number) {
    setBusy(true);
    const result = await onSnooze(value);
    setBusy(false);
    if (result.ok) {
      setError(null);
      if (details.current) details.current.open = false;
    } else setError(result.error.message);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseSnoozeMinutes(minutes);
    if (!parsed.ok) return setError(parsed.error);
    void snooze(parsed.minutes);
  }

  return (
    <details ref={details} className="snooze">
      <summary className={small ? 'button button--small' : 'button'} aria-label={accessibleLabel}>
        {label}…
      </summary>
      <div className="snooze__panel">
        <button type="button" className="button button--small" disabled={busy} onClick={() => void snooze(60)}>
          1 hour
        </button>
        <button type="button" className="button button--small" disabled={busy} onClick={() => void snooze(tomorrow)}>
          Until {morning.format(Date.now() + tomorrow * 60_000)}
        </button>
        <form className="snooze__custom" onSubmit={onSubmit} noValidate>
          <label htmlFor={inputId}>Minutes</label>
          <input
            id={inputId}
            className="input input--compact input--number"
            type="number"
            inputMode="numeric"
            min={1}
            max={SNOOZE_MAX_MINUTES}
            value={minutes}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => setMinutes(event.target.value)}
          />
          <button type="submit" className="button button--small" disabled={busy}>
            Snooze
          </button>
        </form>
        {error ? (
          <p id={errorId} className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </details>
  );
}
