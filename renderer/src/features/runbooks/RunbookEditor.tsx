import { useDeferredValue, useEffect, useId, useState, type KeyboardEvent } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useRunbooksStore } from '../../stores/runbooks-store.ts';
import { BackLink } from './BackLink.tsx';
import { Markdown } from './markdown/Markdown.tsx';
import { goToRunbooks } from './runbook-route.ts';

const TEMPLATE = '# New runbook\n\n## Symptoms\n\n## First moves (5 minutes)\n\n1. \n';

interface Draft {
  readonly text: string;
  /** The revision the text started from: the save is refused if someone saved since. */
  readonly revision: number;
}

/** Markdown on the left, the rendered runbook on the right; every save is a new revision. */
export function RunbookEditor({ id }: { readonly id: number | null }) {
  const open = useRunbooksStore((state) => (id !== null && state.open?.id === id ? state.open : null));
  const loadRunbook = useRunbooksStore((state) => state.loadRunbook);
  const save = useRunbooksStore((state) => state.save);
  const [draft, setDraft] = useState<Draft | null>(id === null ? { text: TEMPLATE, revision: 0 } : null);
  const [error, setError] = useState<{ message: string; conflict: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const textId = useId();
  const runbook = open?.value ?? null;
  // The preview may lag a keystroke behind on a long runbook; the textarea never does.
  const preview = useDeferredValue(draft?.text ?? '');

  useEffect(() => {
    if (id === null) return;
    let live = true;
    // The draft starts from a fresh read, not a cached copy: its revision is what a save is checked against.
    void loadRunbook(id).then(() => {
      const fresh = useRunbooksStore.getState().open;
      if (live && fresh?.id === id && fresh.value) {
        const { markdown, revision } = fresh.value;
        setDraft((current) => current ?? { text: markdown, revision });
      }
    });
    return () => {
      live = false;
    };
  }, [id, loadRunbook, attempt]);

  if (!draft) {
    if (open?.error) return <ErrorNotice message={open.error} onRetry={() => setAttempt((value) => value + 1)} />;
    return (
      <p className="muted" role="status">
        Loading the runbook…
      </p>
    );
  }

  async function onSave(revision: number) {
    if (!draft || saving) return;
    setSaving(true);
    const result = await save(id, draft.text, revision);
    setSaving(false);
    if (result.ok) {
      goToRunbooks({ view: 'detail', id: result.value.id });
      return;
    }
    setError({ message: result.error.message, conflict: result.error.code === 'conflict' });
  }

  /** After a conflict: read the newest revision, then save this text over it (the older one stays in the revisions). */
  async function saveOver() {
    if (id === null || !draft) return;
    await loadRunbook(id);
    const latest = useRunbooksStore.getState().open?.value;
    if (!latest || latest.id !== id) return;
    setDraft({ ...draft, revision: latest.revision });
    setError(null);
    await onSave(latest.revision);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (draft) void onSave(draft.revision);
    }
  }

  const title = id === null ? 'Write a runbook' : `Edit ${runbook?.title ?? 'runbook'}`;
  return (
    <>
      <BackLink to={id === null ? { view: 'list' } : { view: 'detail', id }} label={id === null ? 'Back to list' : 'Back to runbook'} />
      <PageHeader title={title}>Markdown: headings, numbered steps and - [ ] items become procedures you can run.</PageHeader>
      {error ? (
        <div className="notice notice--error" role="alert">
          <p className="notice__text">
            {error.message}
            {error.conflict ? ' Your text is still here, unsaved. The other change is kept as a revision either way.' : ''}
          </p>
          {error.conflict ? (
            <button type="button" className="button" onClick={() => void saveOver()}>
              Save my text as the newest revision
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="runbook-editor">
        <div className="runbook-editor__pane">
          <label className="field__label" htmlFor={textId}>
            Markdown
          </label>
          <textarea
            id={textId}
            className="input input--code runbook-editor__text"
            spellCheck={false}
            value={draft.text}
            aria-keyshortcuts="Control+S"
            onChange={(event) => setDraft({ ...draft, text: event.target.value })}
            onKeyDown={onKeyDown}
          />
        </div>
        <section className="runbook-editor__pane" aria-label="Preview">
          <p className="field__label" aria-hidden="true">
            Preview
          </p>
          <div className="runbook-editor__preview">
            <Markdown source={preview} links={runbook?.links} images={runbook?.images} />
          </div>
        </section>
      </div>
      <div className="action-row">
        <button type="button" className="button button--primary" aria-disabled={saving} onClick={() => void onSave(draft.revision)}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button" onClick={() => goToRunbooks(id === null ? { view: 'list' } : { view: 'detail', id })}>
          Cancel
        </button>
        <span className="muted">Ctrl+S saves too.</span>
      </div>
    </>
  );
}
