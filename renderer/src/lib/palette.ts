/** Where a command-palette hit leads, and which keys open the palette. Pure, for tests. */
import type { PaletteHit } from '../../../electron/shared/contract.ts';

export function paletteHref(hit: Pick<PaletteHit, 'kind' | 'id'>): string {
  switch (hit.kind) {
    case 'runbook':
      return `#/runbooks/${hit.id}`;
    case 'check':
      return `#/checks/${hit.id}`;
    case 'contact':
      // Contacts have no page of their own yet: the section is where they are listed.
      return '#/contacts';
  }
}

/** Ctrl+K, or Cmd+K on macOS; matched on the key, so it follows the keyboard layout's K. */
export function isPaletteShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

/** Up/Down move through the hits and wrap; Home/End are left to the text field. */
export function movePaletteSelection(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowUp') return (index - 1 + count) % count;
  return null;
}

export const PALETTE_KIND_LABELS: Readonly<Record<PaletteHit['kind'], string>> = { runbook: 'Runbook', check: 'Check', contact: 'Contact' };
