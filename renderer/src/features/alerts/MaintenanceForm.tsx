import { useId, useRef, useState, type FormEvent } from 'react';
import type { MaintenanceEntry } from '../../../../electron/shared/contract.ts';
import { FieldErrors, errorIdFor } from '../checks/FieldErrors.tsx';
import { useAlertsStore } from '../../stores/alerts-store.ts';
import { useChecksStore } from '../../stores/checks-store.ts';
import { maintenanceErrors, SCHEDULE_EXAMPLES, type MaintenanceErrors } from './maintenance-errors.ts';

interface MaintenanceFormProps {
  /** Null: a new window. */
  readonly entry: MaintenanceEntry | null;
  readonly onDone: () => void;
}

const NONE: MaintenanceErrors = { fields: {}, general: [] };

/** Create or change a maintenance window; the core reads the schedule and says what it could not. */
export function MaintenanceForm({ entry, onDone }: MaintenanceFormProps) {
  const save = useAlertsStore((state) => state.saveMaintenance);
  const checks = useChecksStore((state) => state.checks);
  const [title, setTitle] = useState(entry?.title ?? '');
  const [schedule, setSchedule] = useState(entry?.schedule ?? '');
  const [allChecks, setAllChecks] = useState(entry ? entry.checkIds === null : true);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set(entry?.checkIds ?? []));
  const [errors, setErrors] = useState<MaintenanceErrors>(NONE);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const scheduleRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const titleId = `${id}-title`;
  const scheduleId = `${id}-schedule`;
  const hintId = `${id}-schedule-hint`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!allChecks && selected.size === 0) {
      setErrors({ fields: { checkIds: ['Pick at least one check, or choose every check.'] }, general: [] });
      return;
    }
    setBusy(true);
    const result = await save(entry?.id ?? null, { title, schedule, checkIds: allChecks ? null : [...selected] });
    setBusy(false);
    if (result.ok) {
      setErrors(NONE);
      onDone();
      return;
    }
    const found = maintenanceErrors(result.error.message);
    setErrors(found);
    // Put the user where the first problem is.
    if (found.fields.title) titleRef.current?.focus();
    else if (found.fields.schedule) scheduleRef.current?.focus();
  }

  function toggle(checkId: number, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(checkId);
    else next.delete(checkId);
    setSelected(next);
  }

  return (
    <form className="card maintenance-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={entry ? `Edit ${entry.title}` : 'New maintenance window'}>
      <h3 className="card__title">{entry ? `Edit “${entry.title}”` : 'New maintenance window'}</h3>
      {errors.general.length > 0 ? <FieldErrors id={`${id}-general`} messages={errors.general} /> : null}
      <div className="field">
        <label className="field__label" htmlFor={titleId}>
          Title
        </label>
        <input
          ref={titleRef}
          id={titleId}
          className="input input--wide"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={errors.fields.title ? true : undefined}
          aria-describedby={errorIdFor(titleId, errors.fields.title)}
        />
        <FieldErrors id={`${titleId}-error`} messages={errors.fields.title} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={scheduleId}>
          Schedule
        </label>
        <input
          ref={scheduleRef}
          id={scheduleId}
          className="input input--wide"
          value={schedule}
          spellCheck={false}
          placeholder={SCHEDULE_EXAMPLES[0]}
          onChange={(event) => setSchedule(event.target.value)}
          aria-invalid={errors.fields.schedule ? true : undefined}
          aria-describedby={[errorIdFor(scheduleId, errors.fields.schedule), hintId].filter(Boolean).join(' ')}
        />
        <FieldErrors id={`${scheduleId}-error`} messages={errors.fields.schedule} />
        <p id={hintId} className="field__hint">
          Days, start–end time, and a time zone if it is not yours. For example: {SCHEDULE_EXAMPLES.join(' · ')}
        </p>
      </div>
      <fieldset className="field field--group">
        <legend className="field__label">Applies to</legend>
        <label className="choice">
          <input type="radio" name={`${id}-scope`} checked={allChecks} onChange={() => setAllChecks(true)} /> Every check
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-scope`} checked={!allChecks} onChange={() => setAllChecks(false)} /> Only these checks
        </label>
        {!allChecks ? (
          <ul className="plain-list maintenance-form__checks">
            {checks.map((check) => (
              <li key={check.id}>
                <label className="choice">
                  <input type="checkbox" checked={selected.has(check.id)} onChange={(event) => toggle(check.id, event.target.checked)} /> {check.name}
                </label>
              </li>
            ))}
          </ul>
        ) : null}
        <FieldErrors id={`${id}-checks-error`} messages={errors.fields.checkIds} />
      </fieldset>
      <div className="action-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {entry ? 'Save window' : 'Add window'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
