import { SECTIONS, type SectionId } from './routes.ts';

export interface ShortcutKey {
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly code: string;
}

/** Digit keys in the order they sit on the keyboard: 1…9, then 0 for the tenth section. */
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

/**
 * Alt+1…Alt+9 and Alt+0 open the sections in navigation order. Matched on `code` (the
 * physical key), not `key`: on macOS and on AZERTY layouts Alt+digit produces another
 * character. The numeric keypad is left alone: on Windows Alt+keypad digits type characters.
 */
export function sectionForShortcut(event: ShortcutKey): SectionId | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const match = /^Digit([0-9])$/.exec(event.code);
  if (!match) return null;
  const index = DIGITS.indexOf(match[1] as (typeof DIGITS)[number]);
  return SECTIONS[index]?.id ?? null;
}

/** The shortcut of the section at `index`; sections past the tenth have none. */
export function shortcutLabel(index: number): string | undefined {
  const digit = DIGITS[index];
  return digit === undefined ? undefined : `Alt+${digit}`;
}
