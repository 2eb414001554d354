import { useEffect, useState } from 'react';
import type { PaletteHit } from '../../../electron/shared/contract.ts';
import { api } from '../api.ts';

const DEBOUNCE_MS = 80;

/** `palette.search` as the user types; an older answer never replaces a newer one. */
export function usePaletteSearch(query: string): { readonly hits: readonly PaletteHit[]; readonly error: string | null; readonly pending: boolean } {
  const [state, setState] = useState<{ query: string; hits: readonly PaletteHit[]; error: string | null }>({ query: '', hits: [], error: null });
  const trimmed = query.trim();
  useEffect(() => {
    if (trimmed === '') return;
    let current = true;
    const timer = setTimeout(() => {
      void api.invoke('palette.search', { query: trimmed.slice(0, 200), limit: 20 }).then((result) => {
        if (!current) return;
        setState(result.ok ? { query: trimmed, hits: result.value, error: null } : { query: trimmed, hits: [], error: result.error.message });
      });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed]);
  if (trimmed === '') return { hits: [], error: null, pending: false };
  return { hits: state.hits, error: state.error, pending: state.query !== trimmed };
}
