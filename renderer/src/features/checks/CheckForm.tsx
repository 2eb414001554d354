import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { CheckKindInfo, CheckOutcome, CheckSummary } from '../../../../electron/shared/contract.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { AlertFields } from './AlertFields.tsx';
import { useChecksStore } from '../../stores/checks-store.ts';
import { buildInput, fieldOrder, fieldId, initialFormState, kindFields, type CheckFormState } from './check-input.ts';
import { checkHref, goTo } from './check-route.ts';
import { formatLatency, kindLabel, STATUS_LABELS } from './check-format.ts';
import { carryOver, setDraftValue, type DraftValue } from './config-draft.ts';
import { ConditionsFields } from './ConditionsFields.tsx';
import { ConfigFields } from './ConfigFields.tsx';
import { DeleteCheck } from './DeleteCheck.tsx';
import { GeneralFields } from './GeneralFields.tsx';
import { ScheduleFields } from './ScheduleFields.tsx';
import { TestOutcome } from './TestOutcome.tsx';
import { firstErrorField, mapCoreErrors, NO_ERRORS, type FieldKey, type FormErrors } from './form-errors.ts';

interface CheckFormProps {
  readonly kinds: readonly CheckKindInfo[];
  /** The check being edited, or null for a new one. */
  readonly check: CheckSummary | null;
}

type Busy = 'test' | 'save' | null;

function isRequired(kinds: readonly CheckKindInfo[], kind: string, key: string): boolean {
  return kindFields(kinds.find((entry) => entry.kind === kind)).some((field) => field.key === key && field.required);
}

export function CheckForm({ kinds, check }: CheckFormProps) {
  const test = useChecksStore((state) => state.test);
  const save = useChecksStore((state) => state.save);
  const [state, setState] = useState<CheckFormState>(() => initialFormState(kinds, check));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState<Busy>(null);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [focusKey, setFocusKey] = useState<{ key: FieldKey } | null>(null);
  // Optional settings start folded for a new check; an edited check that uses them shows them.
  const [moreOpen, setMoreOpen] = useState(() => check !== null && Object.keys(check.config).some((key) => !isRequired(kinds, check.kind, key)));

  const kind = kinds.find((entry) => entry.kind === state.kind);
  const fields = useMemo(() => kindFields(kind), [kind]);
  const order = useMemo(() => fieldOrder(fields), [fields]);
  const primary = fields.filter((field) => field.required);
  const optional = fields.filter((field) => !field.required);

  useEffect(() => {
    if (focusKey) document.getElementById(fieldId(focusKey.key))?.focus();
  }, [focusKey]);

  function clearError(key: FieldKey) {
    if (!errors.fields[key]) return;
    const { [key]: _cleared, ...rest } = errors.fields;
    setErrors({ ...errors, fields: rest });
  }

  function change<K extends keyof CheckFormState>(name: K, value: CheckFormState[K], key: FieldKey = name) {
    setState((current) => ({ ...current, [name]: value }));
    clearError(key);
  }

  function changeKind(next: string) {
    const nextFields = kindFields(kinds.find((entry) => entry.kind === next));
    setState((current) => ({ ...current, kind: next, config: carryOver(fields, current.config, nextFields) }));
    setOutcome(null);
    setErrors(NO_ERRORS);
  }

  function changeConfig(path: readonly string[], value: DraftValue, key: FieldKey) {
    setState((current) => ({ ...current, config: setDraftValue(current.config, path, value) }));
    clearError(key);
  }

  function showErrors(next: FormErrors) {
    setErrors(next);
    const first = firstErrorField(next, order);
    // An error inside the folded settings must not stay hidden.
    const inOptional = (key: FieldKey) => optional.some((field) => key === `config.${field.path}` || key.startsWith(`config.${field.path}.`));
    if (Object.keys(next.fields).some(inOptional)) setMoreOpen(true);
    if (first) setFocusKey({ key: first });
  }

  async function run(action: 'test' | 'save') {
    if (busy) return;
    const built = buildInput(state, fields);
    if (!built.ok) return showErrors(built.errors);
    setBusy(action);
    setErrors(NO_ERRORS);
    if (action === 'test') setOutcome(null);
    const known = new Set(order);
    if (action === 'test') {
      const result = await test(built.input);
      setBusy(null);
      if (result.ok) setOutcome(result.value);
      else showErrors(mapCoreErrors(result.error.message, known, built.lines));
      return;
    }
    const result = await save(check?.id ?? null, built.input);
    setBusy(null);
    if (result.ok) goTo({ view: 'detail', id: result.value.id });
    else showErrors(mapCoreErrors(result.error.message, known, built.lines));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run('save');
  }

  const progress =
    busy === 'test'
      ? 'Testing…'
      : busy === 'save'
        ? 'Saving…'
        : outcome
          ? `Test result: ${STATUS_LABELS[outcome.status]}, ${formatLatency(outcome.latencyMs)}.`
          : errors.general.length > 0 || Object.keys(errors.fields).length > 0
            ? 'Some fields need attention.'
            : '';

  return (
    <form className="check-form" noValidate onSubmit={onSubmit}>
      {errors.general.length > 0 ? <ErrorNotice message={errors.general.join(' ')} /> : null}
      <GeneralFields state={state} kinds={kinds} errors={errors.fields} onChange={change} onKindChange={changeKind} />
      <fieldset className="card check-form__section">
        <legend className="check-form__legend">{kind ? `${kindLabel(kind.kind)} settings` : 'Settings'}</legend>
        {fields.length === 0 ? <p className="muted">This kind has no settings.</p> : null}
        <ConfigFields fields={primary.length > 0 ? primary : optional} draft={state.config} errors={errors.fields} onChange={changeConfig} />
        {primary.length > 0 && optional.length > 0 ? (
          <details className="check-form__more" open={moreOpen} onToggle={(event) => setMoreOpen(event.currentTarget.open)}>
            <summary className="check-form__more-summary">
              More settings <span className="muted">({optional.map((field) => field.label.toLowerCase()).join(', ')})</span>
            </summary>
            <ConfigFields fields={optional} draft={state.config} errors={errors.fields} onChange={changeConfig} />
          </details>
        ) : null}
      </fieldset>
      <ConditionsFields
        kind={state.kind}
        critical={state.critical}
        warning={state.warning}
        errors={errors.fields}
        onChange={(tier, value) => change(tier, value)}
      />
      <ScheduleFields state={state} errors={errors.fields} onChange={change} />
      <AlertFields alert={state.alert} errors={errors.fields} onChange={(alert, key) => change('alert', alert, key)} />
      <div className="action-row check-form__actions">
        {/* aria-disabled rather than disabled: a disabled button drops keyboard focus. */}
        <button type="submit" className="button button--primary" aria-disabled={busy !== null}>
          Save
        </button>
        <button type="button" className="button" aria-disabled={busy !== null} onClick={() => void run('test')}>
          Test now
        </button>
        <a className="check-form__cancel" href={checkHref(check ? { view: 'detail', id: check.id } : { view: 'list' })}>
          Cancel
        </a>
        <span className="muted" role="status">
          {progress}
        </span>
        {check ? (
          <span className="check-form__delete">
            <DeleteCheck id={check.id} name={check.name} />
          </span>
        ) : null}
      </div>
      {outcome ? <TestOutcome outcome={outcome} /> : null}
    </form>
  );
}
