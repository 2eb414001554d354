import type { ReactNode } from 'react';
import type { ConfigDraft, DraftValue, KeyValue } from './config-draft.ts';
import { fieldId } from './check-input.ts';
import { describedBy, errorIdFor, FieldErrors, RequiredMark } from './FieldErrors.tsx';
import { KeyValueEditor } from './KeyValueEditor.tsx';
import type { ConfigField } from './schema-fields.ts';

interface ConfigFieldsProps {
  readonly fields: readonly ConfigField[];
  readonly draft: ConfigDraft;
  readonly errors: Readonly<Record<string, readonly string[]>>;
  /** `path` is the keys from the config root; `key` the form-level error key (`config.url`). */
  onChange(path: readonly string[], value: DraftValue, key: string): void;
}

function singular(label: string): string {
  return label.toLowerCase().replace(/s$/, '');
}

/** A list is typed one item per line; the schema cannot say that, so the form does. */
function hintFor(field: ConfigField): string | null {
  if (field.type !== 'list') return field.description;
  return field.description ? `${field.description.replace(/\.$/, '')}. One per line.` : 'One per line.';
}

interface FieldShellProps {
  readonly field: ConfigField;
  readonly id: string;
  readonly errors: readonly string[] | undefined;
  readonly children: ReactNode;
}

/** Label, help text, the control and its errors, for one field. */
function FieldShell({ field, id, errors, children }: FieldShellProps) {
  const hint = hintFor(field);
  return (
    <div className="field">
      <div className="field__label-row">
        <label className="field__label" htmlFor={id}>
          {field.label}
        </label>
        {field.required ? <RequiredMark /> : null}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors id={`${id}-error`} messages={errors} />
    </div>
  );
}

/** The kind's own fields, generated from its schema (schema-fields.ts says which control each gets). */
export function ConfigFields({ fields, draft, errors, onChange }: ConfigFieldsProps) {
  return (
    <>
      {fields.map((field) => {
        const key = `config.${field.path}`;
        const id = fieldId(key);
        const fieldErrors = errors[key];
        const path = field.path.split('.');
        const value = draft[field.key];
        const described = describedBy(hintFor(field) && `${id}-hint`, errorIdFor(id, fieldErrors));
        const invalid = fieldErrors?.length ? true : undefined;
        const set = (next: DraftValue) => onChange(path, next, key);

        if (field.type === 'group' || field.type === 'map') {
          return (
            <fieldset key={field.key} id={id} className="field field--group check-form__group" tabIndex={-1} aria-describedby={described}>
              <legend className="field__label">{field.label}</legend>
              {field.description ? (
                <p id={`${id}-hint`} className="field__hint">
                  {field.description}
                </p>
              ) : null}
              {field.type === 'group' ? (
                <ConfigFields
                  fields={field.fields}
                  draft={typeof value === 'object' && !Array.isArray(value) ? (value as ConfigDraft) : {}}
                  errors={errors}
                  onChange={onChange}
                />
              ) : (
                <KeyValueEditor
                  noun={singular(field.label)}
                  entries={Array.isArray(value) ? (value as readonly KeyValue[]) : []}
                  describedBy={described}
                  onChange={set}
                />
              )}
              <FieldErrors id={`${id}-error`} messages={fieldErrors} />
            </fieldset>
          );
        }

        if (field.type === 'choices') {
          const chosen = typeof value === 'object' && !Array.isArray(value) ? (value as ConfigDraft) : {};
          return (
            <fieldset key={field.key} id={id} className="field field--group" tabIndex={-1} aria-describedby={described}>
              <legend className="field__label">{field.label}</legend>
              {field.description ? (
                <p id={`${id}-hint`} className="field__hint">
                  {field.description}
                </p>
              ) : null}
              <div className="check-form__choices">
                {field.options.map((option) => (
                  <label key={option} className="choice">
                    <input type="checkbox" checked={chosen[option] === true} onChange={(event) => set({ ...chosen, [option]: event.target.checked })} />
                    <span className="choice__label">{option}</span>
                  </label>
                ))}
              </div>
              <FieldErrors id={`${id}-error`} messages={fieldErrors} />
            </fieldset>
          );
        }

        if (field.type === 'boolean') {
          return (
            <div key={field.key} className="field">
              <label className="choice">
                <input id={id} type="checkbox" checked={value === true} aria-describedby={described} onChange={(event) => set(event.target.checked)} />
                <span className="choice__label">{field.label}</span>
              </label>
              {field.description ? (
                <p id={`${id}-hint`} className="field__hint field__hint--indented">
                  {field.description}
                </p>
              ) : null}
              <FieldErrors id={`${id}-error`} messages={fieldErrors} />
            </div>
          );
        }

        const text = typeof value === 'string' ? value : '';
        const common = {
          id,
          required: field.required,
          'aria-invalid': invalid,
          'aria-describedby': described,
        };
        let control: ReactNode;
        if (field.type === 'select') {
          control = (
            <select {...common} className="input" value={text} onChange={(event) => set(event.target.value)}>
              {field.default === null ? <option value="">{field.required ? 'Choose…' : 'Not set'}</option> : null}
              {field.options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          );
        } else if (field.type === 'number') {
          control = (
            <input
              {...common}
              className="input input--number"
              type="number"
              inputMode={field.integer ? 'numeric' : 'decimal'}
              min={field.min ?? undefined}
              max={field.max ?? undefined}
              step={field.integer ? 1 : 'any'}
              value={text}
              onChange={(event) => set(event.target.value)}
            />
          );
        } else if (field.type === 'list' || field.type === 'json' || (field.type === 'text' && field.multiline)) {
          control = <textarea {...common} className="input input--wide input--code" rows={4} spellCheck={false} value={text} onChange={(event) => set(event.target.value)} />;
        } else {
          control = (
            <input
              {...common}
              className="input input--wide"
              type="text"
              spellCheck={false}
              autoComplete="off"
              maxLength={field.maxLength ?? undefined}
              value={text}
              onChange={(event) => set(event.target.value)}
            />
          );
        }
        return (
          <FieldShell key={field.key} field={field} id={id} errors={fieldErrors}>
            {control}
          </FieldShell>
        );
      })}
    </>
  );
}
