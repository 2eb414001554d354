import { SECTIONS, type SectionId } from './routes.ts';

export interface ShortcutKey {
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly code: string;
}

/**
 * Alt+1…Alt+9 open the sections in navigation order. Matched on `code` (the physical
 * key), not `key`: on macOS and on AZERTY layouts Alt+digit produces another character.
 * The numeric keypad is left alone: on Windows Alt+keypad digits type characters.
 */
export function sectionForShortcut(event: ShortcutKey): SectionId | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const match = /^Digit([1-9])$/.exec(event.code);
  if (!match) return null;
  return SECTIONS[Number(match[1]) - 1]?.id ?? null;
}

export function shortcutLabel(index: number): string {
  return `Alt+${index + 1}`;
}
