import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useRunbooksStore } from '../../stores/runbooks-store.ts';
import { goToRunbooks } from './runbook-route.ts';

/** Two clicks, the second on a button that names the runbook: nobody deletes a runbook by a stray Enter. */
export function DeleteRunbook({ id, title }: { readonly id: number; readonly title: string }) {
  const remove = useRunbooksStore((state) => state.remove);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    const result = await remove(id);
    if (result.ok) goToRunbooks({ view: 'list' });
    else setError(result.error.message);
  }

  if (!confirming) {
    return (
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        Delete…
      </button>
    );
  }
  return (
    <span className="action-row__group" role="group" aria-label="Confirm delete">
      <button type="button" className="button button--danger-solid" onClick={() => void confirm()}>
        Delete “{title}” and its revisions
      </button>
      <button type="button" className="button" onClick={() => setConfirming(false)}>
        Keep it
      </button>
      {error ? <ErrorNotice message={error} /> : null}
    </span>
  );
}
