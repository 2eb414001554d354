import { useEffect, useState } from 'react';
import type { RunbookSearchHit } from '../../../../electron/shared/contract.ts';
import { api } from '../../api.ts';

/** Typing pauses this long before a search goes out: fast enough to feel live, without a query per key. */
const DEBOUNCE_MS = 150;

export interface SearchState {
  readonly hits: readonly RunbookSearchHit[] | null;
  readonly error: string | null;
  readonly searching: boolean;
}

/** Runs `runbooks.search` for `query` (empty: no search); a slower, older answer never replaces a newer one. */
export function useRunbookSearch(query: string, enabled: boolean): SearchState {
  const [state, setState] = useState<SearchState>({ hits: null, error: null, searching: false });
  useEffect(() => {
    if (!enabled || query === '') {
      setState({ hits: null, error: null, searching: false });
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, searching: true }));
    const timer = setTimeout(() => {
      void api.invoke('runbooks.search', { query, limit: 50 }).then((result) => {
        if (!current) return;
        if (result.ok) setState({ hits: result.value, error: null, searching: false });
        else setState({ hits: null, error: result.error.message, searching: false });
      });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, enabled]);
  return state;
}
