import { useSyncExternalStore } from 'react';
import { sectionFromHash, type SectionId } from './routes.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function snapshot(): SectionId {
  return sectionFromHash(window.location.hash);
}

/**
 * The section lives in the hash (`#/runbooks`): a reload keeps it, it works the same
 * under app:// and http://, and no server route is needed for it.
 */
export function useHashRoute(): SectionId {
  return useSyncExternalStore(subscribe, snapshot);
}
