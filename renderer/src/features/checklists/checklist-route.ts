import { useSyncExternalStore } from 'react';

/** Where in the checklists section the window is: `#/checklists`, `/new`, `/import`, `/<id>/edit`. */
export type ChecklistRoute =
  | { readonly view: 'overview' }
  | { readonly view: 'new' }
  | { readonly view: 'import' }
  | { readonly view: 'edit'; readonly id: number };

/** Anything the section does not know opens the overview rather than a blank page. */
export function checklistRouteFromHash(hash: string): ChecklistRoute {
  const [, second = '', third = ''] = hash.replace(/^#\/?/, '').split(/[?]/, 1)[0]?.split('/') ?? [];
  if (second === 'new' && third === '') return { view: 'new' };
  if (second === 'import' && third === '') return { view: 'import' };
  if (/^[1-9]\d{0,14}$/.test(second) && third === 'edit') return { view: 'edit', id: Number(second) };
  return { view: 'overview' };
}

export function checklistHref(route: ChecklistRoute): string {
  switch (route.view) {
    case 'overview':
      return '#/checklists';
    case 'new':
      return '#/checklists/new';
    case 'import':
      return '#/checklists/import';
    case 'edit':
      return `#/checklists/${route.id}/edit`;
  }
}

export function goTo(route: ChecklistRoute): void {
  window.location.hash = checklistHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useChecklistRoute(): ChecklistRoute {
  return checklistRouteFromHash(useSyncExternalStore(subscribe, () => window.location.hash));
}
