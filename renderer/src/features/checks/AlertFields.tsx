import { ALERT_DEFAULTS, type AlertDraft, type AlertField } from './alert-policy.ts';
import { fieldId } from './check-input.ts';
import { describedBy, errorIdFor, FieldErrors } from './FieldErrors.tsx';

interface AlertFieldsProps {
  readonly alert: AlertDraft;
  readonly errors: Readonly<Record<string, readonly string[]>>;
  onChange(alert: AlertDraft, key: string): void;
}

interface Box {
  readonly field: AlertField;
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

/** Labels are in FORM_LABELS (check-input.ts) so a config field never takes one. */
const BOXES: readonly Box[] = [
  { field: 'failures', label: 'Fail after (results)', min: 1, max: 100 },
  { field: 'forSeconds', label: 'Over at least (seconds)', min: 0, max: 86_400 },
  { field: 'successes', label: 'Resolve after (good results)', min: 1, max: 100 },
];

/**
 * When this check's alert fires and resolves. Blank keeps the default, shown as the
 * placeholder, so a check only carries the thresholds someone chose for it.
 */
export function AlertFields({ alert, errors, onChange }: AlertFieldsProps) {
  const hintId = 'check-alert-hint';
  return (
    <fieldset className="card check-form__section" aria-describedby={hintId}>
      <legend className="check-form__legend">Alerting</legend>
      <p id={hintId} className="field__hint">
        Notify after this many failing results in a row, spanning at least this long; resolve after this many good ones in a row. Leave a box
        blank for the default ({ALERT_DEFAULTS.failures} results over {ALERT_DEFAULTS.forSeconds} s, {ALERT_DEFAULTS.successes} to resolve): it
        keeps one slow or lost answer from paging you.
      </p>
      {BOXES.map(({ field, label, min, max }) => {
        const key = `alert.${field}`;
        const id = fieldId(key);
        return (
          <div className="field" key={field}>
            <label className="field__label" htmlFor={id}>
              {label}
            </label>
            <input
              id={id}
              className="input input--number"
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              step={1}
              placeholder={String(ALERT_DEFAULTS[field])}
              value={alert[field]}
              aria-invalid={errors[key]?.length ? true : undefined}
              aria-describedby={describedBy(errorIdFor(id, errors[key]))}
              onChange={(event) => onChange({ ...alert, [field]: event.target.value }, key)}
            />
            <FieldErrors id={`${id}-error`} messages={errors[key]} />
          </div>
        );
      })}
    </fieldset>
  );
}
