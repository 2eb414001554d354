import { useSyncExternalStore } from 'react';

/** Where in the checks section the window is: `#/checks`, `/new`, `/<id>`, `/<id>/edit`. */
export type CheckRoute =
  | { readonly view: 'list' }
  | { readonly view: 'new' }
  | { readonly view: 'detail'; readonly id: number }
  | { readonly view: 'edit'; readonly id: number };

/** Anything the section does not know opens the list rather than a blank page. */
export function checkRouteFromHash(hash: string): CheckRoute {
  const [, second = '', third = ''] = hash.replace(/^#\/?/, '').split(/[?]/, 1)[0]?.split('/') ?? [];
  if (second === 'new' && third === '') return { view: 'new' };
  if (!/^[1-9]\d{0,14}$/.test(second)) return { view: 'list' };
  const id = Number(second);
  if (third === '') return { view: 'detail', id };
  if (third === 'edit') return { view: 'edit', id };
  return { view: 'list' };
}

export function checkHref(route: CheckRoute): string {
  switch (route.view) {
    case 'list':
      return '#/checks';
    case 'new':
      return '#/checks/new';
    case 'detail':
      return `#/checks/${route.id}`;
    case 'edit':
      return `#/checks/${route.id}/edit`;
  }
}

export function goTo(route: CheckRoute): void {
  window.location.hash = checkHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The hash as a string: a stable snapshot, parsed by the caller. */
function snapshot(): string {
  return window.location.hash;
}

export function useCheckRoute(): CheckRoute {
  const hash = useSyncExternalStore(subscribe, snapshot);
  return checkRouteFromHash(hash);
}
