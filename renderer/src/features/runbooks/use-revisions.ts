import { useEffect, useState } from 'react';
import type { RunbookRevision } from '../../../../electron/shared/contract.ts';
import { api } from '../../api.ts';

export interface RevisionsState {
  readonly revisions: readonly RunbookRevision[] | null;
  readonly error: string | null;
  readonly reload: () => void;
}

/** The revisions of one runbook, newest first; read again after a restore adds one. */
export function useRevisions(id: number): RevisionsState {
  const [revisions, setRevisions] = useState<readonly RunbookRevision[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    void api.invoke('runbooks.revisions', { id }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setRevisions(result.value);
        setError(null);
      } else {
        setError(result.error.message);
      }
    });
    return () => {
      current = false;
    };
  }, [id, generation]);
  return { revisions, error, reload: () => setGeneration((value) => value + 1) };
}

/** One revision's text, for the diff; null until it arrives. */
export function useRevisionText(id: number, revisionId: number | null): { readonly text: string | null; readonly error: string | null } {
  const [state, setState] = useState<{ key: string; text: string | null; error: string | null }>({ key: '', text: null, error: null });
  const key = `${id}:${revisionId}`;
  useEffect(() => {
    if (revisionId === null) return;
    let current = true;
    void api.invoke('runbooks.revision', { id, revisionId }).then((result) => {
      if (!current) return;
      setState(result.ok ? { key, text: result.value.markdown, error: null } : { key, text: null, error: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [id, revisionId, key]);
  return state.key === key ? state : { text: null, error: null };
}
