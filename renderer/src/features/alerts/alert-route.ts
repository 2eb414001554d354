import { useSyncExternalStore } from 'react';

/** Where in the alerts section the window is: `#/alerts`, `#/alerts/<checkId>`, `/history`, `/maintenance`. */
export type AlertRoute =
  | { readonly view: 'inbox'; readonly focus: number | null }
  | { readonly view: 'history' }
  | { readonly view: 'maintenance' };

/** Anything the section does not know opens the inbox rather than a blank page. */
export function alertRouteFromHash(hash: string): AlertRoute {
  const [, second = ''] = hash.replace(/^#\/?/, '').split(/[?]/, 1)[0]?.split('/') ?? [];
  if (second === 'history') return { view: 'history' };
  if (second === 'maintenance') return { view: 'maintenance' };
  // A notification opens the window on its alert: `#/alerts/12`.
  if (/^[1-9]\d{0,14}$/.test(second)) return { view: 'inbox', focus: Number(second) };
  return { view: 'inbox', focus: null };
}

export function alertHref(view: AlertRoute['view']): string {
  return view === 'inbox' ? '#/alerts' : `#/alerts/${view}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function snapshot(): string {
  return window.location.hash;
}

export function useAlertRoute(): AlertRoute {
  return alertRouteFromHash(useSyncExternalStore(subscribe, snapshot));
}
