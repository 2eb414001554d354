import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useChecksStore } from '../../stores/checks-store.ts';
import { goTo } from './check-route.ts';

/**
 * Delete asks first, in the page (not window.confirm, which blocks every window and
 * cannot be styled for the night theme). Focus lands on Cancel: Enter twice keeps the check.
 */
export function DeleteCheck({ id, name }: { readonly id: number; readonly name: string }) {
  const remove = useChecksStore((state) => state.remove);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (confirming) {
      asked.current = true;
      cancelRef.current?.focus();
    } else if (asked.current) deleteRef.current?.focus();
  }, [confirming]);

  async function confirm() {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await remove(id);
    setBusy(false);
    if (result.ok) goTo({ view: 'list' });
    else setError(result.error.message);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault();
      setConfirming(false);
    }
  }

  if (!confirming) {
    return (
      <button ref={deleteRef} type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        Delete
      </button>
    );
  }
  return (
    <div className="confirm-delete" role="group" aria-labelledby="delete-check-question" onKeyDown={onKeyDown}>
      <p id="delete-check-question" className="confirm-delete__question">
        Delete “{name}” and all its results? This cannot be undone.
      </p>
      <div className="confirm-delete__actions">
        <button type="button" className="button button--danger-solid" aria-disabled={busy} onClick={() => void confirm()}>
          {busy ? 'Deleting…' : 'Yes, delete'}
        </button>
        <button ref={cancelRef} type="button" className="button" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
      {error ? <ErrorNotice message={error} /> : null}
    </div>
  );
}
