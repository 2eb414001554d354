import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useChecklistsStore } from '../../stores/checklists-store.ts';
import { checklistHref, goTo } from './checklist-route.ts';
import { Problems } from './Problems.tsx';
import { TemplateFields } from './TemplateFields.tsx';
import { emptyForm, formFrom, requestFrom, type TemplateForm } from './template-form.ts';

/** Write a new routine or change one; past runs keep what they were when they ran. */
export function TemplateEditorPage({ id }: { readonly id: number | null }) {
  const template = useChecklistsStore((state) => (id === null ? undefined : state.templates.find((each) => each.id === id)));
  const loaded = useChecklistsStore((state) => state.loaded);
  if (id !== null && !template) {
    return (
      <>
        <PageHeader title="Edit checklist" />
        <p role="status">{loaded ? 'This checklist does not exist any more.' : 'Loading…'}</p>
        <a href={checklistHref({ view: 'overview' })}>Back to checklists</a>
      </>
    );
  }
  return <Editor id={id} initial={template ? formFrom(template) : emptyForm()} />;
}

function Editor({ id, initial }: { readonly id: number | null; readonly initial: TemplateForm }) {
  const [form, setForm] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { checks, save, remove } = useChecklistsStore();

  async function onSubmit() {
    setBusy(true);
    const result = await save(id, requestFrom(form));
    setBusy(false);
    if (result.ok) goTo({ view: 'overview' });
    else setProblem(result.error.message);
  }

  async function onDelete() {
    if (id === null || !window.confirm(`Delete “${initial.title}” and its history?`)) return;
    const result = await remove(id);
    if (result.ok) goTo({ view: 'overview' });
    else setProblem(result.error.message);
  }

  return (
    <>
      <PageHeader title={id === null ? 'New checklist' : 'Edit checklist'} />
      <form
        className="card checklist-form"
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        <TemplateFields form={form} checks={checks} idPrefix="template" onChange={(patch) => setForm((previous) => ({ ...previous, ...patch }))} />
        <Problems message={problem} />
        <div className="action-row">
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            Save
          </button>
          <a className="button" href={checklistHref({ view: 'overview' })}>
            Cancel
          </a>
          {id !== null ? (
            <button type="button" className="button button--danger" onClick={() => void onDelete()}>
              Delete
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
