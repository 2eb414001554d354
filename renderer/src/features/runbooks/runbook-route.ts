import { useSyncExternalStore } from 'react';

/**
 * Where in the runbooks section the window is. `#/runbooks/<id>` (and `#runbooks/<id>`,
 * the form links and the benchmark use) opens a runbook; the rest are its sub-views.
 */
export type RunbookRoute =
  | { readonly view: 'list' }
  | { readonly view: 'new' }
  | { readonly view: 'import' }
  | { readonly view: 'detail'; readonly id: number }
  | { readonly view: 'edit'; readonly id: number }
  | { readonly view: 'revisions'; readonly id: number }
  | { readonly view: 'run'; readonly id: number };

const ID = /^[1-9]\d{0,14}$/;

/** Anything the section does not know opens the list rather than a blank page. */
export function runbookRouteFromHash(hash: string): RunbookRoute {
  const [, second = '', third = '', fourth = ''] = hash.replace(/^#\/?/, '').split(/[?]/, 1)[0]?.split('/') ?? [];
  if (second === 'new' && third === '') return { view: 'new' };
  if (second === 'import' && third === '') return { view: 'import' };
  if (second === 'runs' && ID.test(third) && fourth === '') return { view: 'run', id: Number(third) };
  if (!ID.test(second) || fourth !== '') return { view: 'list' };
  const id = Number(second);
  if (third === '') return { view: 'detail', id };
  if (third === 'edit') return { view: 'edit', id };
  if (third === 'revisions') return { view: 'revisions', id };
  return { view: 'list' };
}

export function runbookHref(route: RunbookRoute): string {
  switch (route.view) {
    case 'list':
      return '#/runbooks';
    case 'new':
      return '#/runbooks/new';
    case 'import':
      return '#/runbooks/import';
    case 'detail':
      return `#/runbooks/${route.id}`;
    case 'edit':
      return `#/runbooks/${route.id}/edit`;
    case 'revisions':
      return `#/runbooks/${route.id}/revisions`;
    case 'run':
      return `#/runbooks/runs/${route.id}`;
  }
}

export function goToRunbooks(route: RunbookRoute): void {
  window.location.hash = runbookHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function snapshot(): string {
  return window.location.hash;
}

export function useRunbookRoute(): RunbookRoute {
  return runbookRouteFromHash(useSyncExternalStore(subscribe, snapshot));
}
