import { fieldId } from './check-input.ts';
import { describedBy, errorIdFor, FieldErrors } from './FieldErrors.tsx';

/** Conditions that fit each kind, for the help text; any placeholder works with any kind. */
const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  http: ['[STATUS] == 200', '[RESPONSE_TIME] < 500', '[BODY].status == UP'],
  tcp: ['[CONNECTED] == true', '[RESPONSE_TIME] < 200'],
  dns: ['[DNS_RCODE] == NOERROR', '[IP] == 10.0.0.5'],
  tls: ['[CERTIFICATE_EXPIRATION] > 7d', '[RESPONSE_TIME] < 1s'],
};
const FALLBACK = ['[RESPONSE_TIME] < 500'];

interface ConditionsFieldsProps {
  readonly kind: string;
  readonly critical: string;
  readonly warning: string;
  readonly errors: Readonly<Record<string, readonly string[]>>;
  onChange(tier: 'critical' | 'warning', value: string): void;
}

const TIERS = [
  { tier: 'critical', label: 'Critical conditions' },
  { tier: 'warning', label: 'Warning conditions' },
] as const;

/** The two tiers of conditions, one per line, with examples that fit the chosen kind. */
export function ConditionsFields({ kind, critical, warning, errors, onChange }: ConditionsFieldsProps) {
  const hintId = 'check-conditions-hint';
  const examples = EXAMPLES[kind] ?? FALLBACK;
  return (
    <fieldset className="card check-form__section">
      <legend className="check-form__legend">Conditions</legend>
      <div id={hintId} className="field__hint">
        <p className="check-form__hint-line">
          One per line; all must hold. A failed critical condition makes a result critical, else a failed warning condition makes it a warning.
        </p>
        <p className="check-form__hint-line">
          For example{' '}
          {examples.map((example, index) => (
            <span key={example}>
              {index > 0 ? ', ' : ''}
              <code>{example}</code>
            </span>
          ))}
          . Times are in milliseconds or with a unit (<code>500ms</code>, <code>2s</code>, <code>7d</code>).
        </p>
      </div>
      {TIERS.map(({ tier, label }) => {
        const id = fieldId(tier);
        const tierErrors = errors[tier];
        return (
          <div key={tier} className="field">
            <label className="field__label" htmlFor={id}>
              {label}
            </label>
            <textarea
              id={id}
              className="input input--wide input--code"
              rows={3}
              spellCheck={false}
              autoCapitalize="off"
              value={tier === 'critical' ? critical : warning}
              aria-invalid={tierErrors?.length ? true : undefined}
              aria-describedby={describedBy(hintId, errorIdFor(id, tierErrors))}
              onChange={(event) => onChange(tier, event.target.value)}
            />
            <FieldErrors id={`${id}-error`} messages={tierErrors} />
          </div>
        );
      })}
    </fieldset>
  );
}
