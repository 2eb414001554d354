import { fieldId, type CheckFormState } from './check-input.ts';
import { describedBy, errorIdFor, FieldErrors } from './FieldErrors.tsx';

type ScheduleName = 'intervalSeconds' | 'enabled' | 'runbook';

interface ScheduleFieldsProps {
  readonly state: CheckFormState;
  readonly errors: Readonly<Record<string, readonly string[]>>;
  onChange<K extends ScheduleName>(name: K, value: CheckFormState[K], key: string): void;
}

/** How often it runs, whether it runs, and where to look when it fails. */
export function ScheduleFields({ state, errors, onChange }: ScheduleFieldsProps) {
  const intervalId = fieldId('intervalMs');
  const enabledId = fieldId('enabled');
  const runbookId = fieldId('runbook');
  return (
    <fieldset className="card check-form__section">
      <legend className="check-form__legend">Schedule and runbook</legend>
      <div className="field">
        <label className="field__label" htmlFor={intervalId}>
          Interval (seconds)
        </label>
        <p id={`${intervalId}-hint`} className="field__hint">
          How often it runs: at least 5 seconds, at most a day. Every 60 seconds is a good start.
        </p>
        <input
          id={intervalId}
          className="input input--number"
          type="number"
          inputMode="decimal"
          min={5}
          max={86_400}
          step="any"
          value={state.intervalSeconds}
          aria-invalid={errors['intervalMs']?.length ? true : undefined}
          aria-describedby={describedBy(`${intervalId}-hint`, errorIdFor(intervalId, errors['intervalMs']))}
          onChange={(event) => onChange('intervalSeconds', event.target.value, 'intervalMs')}
        />
        <FieldErrors id={`${intervalId}-error`} messages={errors['intervalMs']} />
      </div>
      <div className="field">
        <label className="choice">
          <input
            id={enabledId}
            type="checkbox"
            checked={state.enabled}
            aria-describedby={`${enabledId}-hint`}
            onChange={(event) => onChange('enabled', event.target.checked, 'enabled')}
          />
          <span className="choice__label">Enabled</span>
        </label>
        <p id={`${enabledId}-hint`} className="field__hint field__hint--indented">
          A paused check keeps its history and can still be run by hand.
        </p>
        <FieldErrors id={`${enabledId}-error`} messages={errors['enabled']} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={runbookId}>
          Runbook
        </label>
        <p id={`${runbookId}-hint`} className="field__hint">
          Optional: an https link (or an imported runbook’s path) to open when this check fails.
        </p>
        <input
          id={runbookId}
          className="input input--wide"
          type="text"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          value={state.runbook}
          aria-invalid={errors['runbook']?.length ? true : undefined}
          aria-describedby={describedBy(`${runbookId}-hint`, errorIdFor(runbookId, errors['runbook']))}
          onChange={(event) => onChange('runbook', event.target.value, 'runbook')}
        />
        <FieldErrors id={`${runbookId}-error`} messages={errors['runbook']} />
      </div>
    </fieldset>
  );
}
