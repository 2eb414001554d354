import type { CheckKindInfo } from '../../../../electron/shared/contract.ts';
import { kindLabel } from './check-format.ts';
import { fieldId, type CheckFormState } from './check-input.ts';
import { describedBy, errorIdFor, FieldErrors, RequiredMark } from './FieldErrors.tsx';

interface GeneralFieldsProps {
  readonly state: CheckFormState;
  readonly kinds: readonly CheckKindInfo[];
  readonly errors: Readonly<Record<string, readonly string[]>>;
  onChange(name: 'name', value: string): void;
  onKindChange(kind: string): void;
}

/** What the check is called and what kind it is; the kind decides the settings below. */
export function GeneralFields({ state, kinds, errors, onChange, onKindChange }: GeneralFieldsProps) {
  const nameId = fieldId('name');
  const kindId = fieldId('kind');
  const summary = kinds.find((kind) => kind.kind === state.kind)?.summary;
  return (
    <div className="card check-form__section">
      <div className="field">
        <div className="field__label-row">
          <label className="field__label" htmlFor={nameId}>
            Name
          </label>
          <RequiredMark />
        </div>
        <p id={`${nameId}-hint`} className="field__hint">
          What the alert and the list call it, e.g. “Checkout API” or “VPN gateway”.
        </p>
        <input
          id={nameId}
          className="input input--wide"
          type="text"
          required
          maxLength={200}
          autoComplete="off"
          value={state.name}
          aria-invalid={errors['name']?.length ? true : undefined}
          aria-describedby={describedBy(`${nameId}-hint`, errorIdFor(nameId, errors['name']))}
          onChange={(event) => onChange('name', event.target.value)}
        />
        <FieldErrors id={`${nameId}-error`} messages={errors['name']} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={kindId}>
          Kind
        </label>
        <select
          id={kindId}
          className="input"
          value={state.kind}
          aria-invalid={errors['kind']?.length ? true : undefined}
          aria-describedby={describedBy(summary && `${kindId}-hint`, errorIdFor(kindId, errors['kind']))}
          onChange={(event) => onKindChange(event.target.value)}
        >
          {kinds.map((kind) => (
            <option key={kind.kind} value={kind.kind}>
              {kindLabel(kind.kind)}
            </option>
          ))}
        </select>
        {summary ? (
          <p id={`${kindId}-hint`} className="field__hint check-form__after-hint">
            {summary}
          </p>
        ) : null}
        <FieldErrors id={`${kindId}-error`} messages={errors['kind']} />
      </div>
    </div>
  );
}
