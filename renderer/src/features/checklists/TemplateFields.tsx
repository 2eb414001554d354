import { ItemsEditor } from './ItemsEditor.tsx';
import { RecurrenceFields } from './RecurrenceFields.tsx';
import type { TemplateForm } from './template-form.ts';

interface TemplateFieldsProps {
  readonly form: TemplateForm;
  readonly checks: readonly { readonly id: number; readonly name: string }[];
  /** Keeps ids unique when several templates are edited on one page (import review). */
  readonly idPrefix: string;
  onChange(patch: Partial<TemplateForm>): void;
}

/** Every field of a template; the editor and each import proposal use the same ones. */
export function TemplateFields({ form, checks, idPrefix, onChange }: TemplateFieldsProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={id('title')}>
          Title
        </label>
        <input id={id('title')} className="input input--wide" type="text" maxLength={200} value={form.title} onChange={(event) => onChange({ title: event.target.value })} />
      </div>
      <RecurrenceFields form={form} idPrefix={idPrefix} onChange={onChange} />
      <div className="field field__row">
        <label htmlFor={id('budget')}>Time budget (minutes)</label>
        <input id={id('budget')} className="input input--compact" type="number" min={1} max={1440} value={form.budgetMinutes} onChange={(event) => onChange({ budgetMinutes: event.target.value })} />
        <label htmlFor={id('grace')}>Overdue after (minutes)</label>
        <input
          id={id('grace')}
          className="input input--compact"
          type="number"
          min={1}
          placeholder="the budget, else 60"
          value={form.graceMinutes}
          onChange={(event) => onChange({ graceMinutes: event.target.value })}
        />
        <label className="choice">
          <input type="checkbox" checked={form.enabled} onChange={(event) => onChange({ enabled: event.target.checked })} />
          Active
        </label>
      </div>
      <ItemsEditor items={form.items} checks={checks} idPrefix={idPrefix} onChange={(items) => onChange({ items })} />
    </>
  );
}
