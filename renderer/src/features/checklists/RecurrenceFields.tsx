import type { TemplateForm, Weekday } from './template-form.ts';
import { WEEKDAYS } from './template-form.ts';

interface RecurrenceFieldsProps {
  readonly form: TemplateForm;
  readonly idPrefix: string;
  onChange(patch: Partial<TemplateForm>): void;
}

const KINDS: readonly { readonly id: TemplateForm['kind']; readonly label: string }[] = [
  { id: 'daily', label: 'Every day' },
  { id: 'weekdays', label: 'On chosen weekdays' },
  { id: 'weekly', label: 'Weekly' },
  { id: 'monthly', label: 'Monthly' },
  { id: 'quarterly', label: 'Quarterly (Jan, Apr, Jul, Oct)' },
  { id: 'every-days', label: 'Every N days' },
];

const capital = (day: string) => day.charAt(0).toUpperCase() + day.slice(1);

/** How often and when; only the fields the chosen kind needs are shown. */
export function RecurrenceFields({ form, idPrefix, onChange }: RecurrenceFieldsProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const toggleDay = (day: Weekday, on: boolean) => {
    const chosen = on ? [...form.weekdays, day] : form.weekdays.filter((each) => each !== day);
    onChange({ weekdays: WEEKDAYS.filter((each) => chosen.includes(each)) });
  };
  return (
    <fieldset className="field field--group checklist-recurrence">
      <legend className="field__label">Recurrence</legend>
      <div className="field__row checklist-recurrence__row">
        <label htmlFor={id('kind')}>Repeats</label>
        <select id={id('kind')} className="input input--compact" value={form.kind} onChange={(event) => onChange({ kind: event.target.value as TemplateForm['kind'] })}>
          {KINDS.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kind.label}
            </option>
          ))}
        </select>
        <label htmlFor={id('time')}>At</label>
        <input id={id('time')} className="input input--compact" type="time" required value={form.time} onChange={(event) => onChange({ time: event.target.value })} />
        <label htmlFor={id('zone')}>Time zone</label>
        <input id={id('zone')} className="input input--compact" type="text" spellCheck={false} value={form.timeZone} onChange={(event) => onChange({ timeZone: event.target.value })} />
      </div>
      {form.kind === 'weekdays' ? (
        <div className="choice-row checklist-recurrence__days" role="group" aria-label="Weekdays">
          {WEEKDAYS.map((day) => (
            <label key={day} className="choice">
              <input type="checkbox" checked={form.weekdays.includes(day)} onChange={(event) => toggleDay(day, event.target.checked)} />
              {capital(day)}
            </label>
          ))}
        </div>
      ) : null}
      {form.kind === 'weekly' ? (
        <div className="field__row">
          <label htmlFor={id('day')}>On</label>
          <select id={id('day')} className="input input--compact" value={form.weekdays[0] ?? 'monday'} onChange={(event) => onChange({ weekdays: [event.target.value as Weekday] })}>
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {capital(day)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {form.kind === 'monthly' || form.kind === 'quarterly' ? (
        <div className="field__row">
          <label htmlFor={id('dom')}>Day of the month</label>
          <input id={id('dom')} className="input input--compact" type="number" min={1} max={31} value={form.dayOfMonth} onChange={(event) => onChange({ dayOfMonth: event.target.value })} />
          <span className="field__hint">31 means the last day in shorter months.</span>
        </div>
      ) : null}
      {form.kind === 'every-days' ? (
        <div className="field__row">
          <label htmlFor={id('every')}>Every how many days</label>
          <input id={id('every')} className="input input--compact" type="number" min={1} max={366} value={form.everyDays} onChange={(event) => onChange({ everyDays: event.target.value })} />
          <span className="field__hint">Counted from the day you save.</span>
        </div>
      ) : null}
    </fieldset>
  );
}
