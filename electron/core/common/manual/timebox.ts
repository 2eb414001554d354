/**
 * Timeboxes in headings and bold labels: "Immediate Actions (5 minutes)", "(2 hours)",
 * "(30 min)", "(~15m)", "(5–10 minutes)" (the upper bound) and "What to do in the first
 * 5 minutes". A bare "1 Hour Response" is a response promise, not a timebox.
 */
import { unitMinutes } from './priority.ts';
import { clip } from './text.ts';

const NUMBER = String.raw`(\d{1,4}(?:\.\d{1,2})?)`;
const UNIT = '(minutes?|mins?|m|hours?|hrs?|h|days?|d)';
const PARENTHESISED = new RegExp(
  String.raw`\(\s?(?:~|about |approx\.? |up to |within |first |max\.? |≤ ?|<= ?|< ?)?${NUMBER}(?:\s?[-–]\s?${NUMBER})?\s?-?${UNIT}\.?\s?\)`,
  'i',
);
const FIRST = /\bfirst\s(\d{1,4})\s?(minutes?|mins?|hours?|hrs?)\b/i;

/** The timebox of a heading or label in whole minutes, or null when it has none. */
export function findTimebox(text: string): number | null {
  const clipped = clip(text);
  const parenthesised = PARENTHESISED.exec(clipped);
  if (parenthesised !== null) {
    const amount = Number(parenthesised[2] ?? parenthesised[1]);
    return Math.round(amount * unitMinutes(parenthesised[3] as string));
  }
  const first = FIRST.exec(clipped);
  if (first !== null) return Number(first[1]) * unitMinutes(first[2] as string);
  return null;
}

/**
 * A heading or label without the parentheticals that only carry a priority or timebox:
 * "Checkout Unavailable (P0 - Respond Now)" → "Checkout Unavailable".
 */
export function stripMarkers(text: string, isMarker: (inner: string) => boolean): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf('(', index);
    if (open === -1) break;
    const close = text.indexOf(')', open);
    if (close === -1) break;
    const inner = text.slice(open, close + 1);
    out += text.slice(index, open);
    if (!isMarker(inner)) out += inner;
    index = close + 1;
  }
  out += text.slice(index);
  let cleaned = out.replace(/\s+/g, ' ').trim();
  if (cleaned.endsWith(':')) cleaned = cleaned.slice(0, -1).trimEnd();
  return cleaned === '' ? text.trim() : cleaned;
}
