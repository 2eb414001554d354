import { parseDuration } from './duration.ts';

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const PREFIXED = /^([+-]?)0([xXoObB])([0-9a-fA-F]+)$/;
const RADIX: Readonly<Record<string, number>> = { x: 16, o: 8, b: 2 };
const DIGITS: Readonly<Record<number, RegExp>> = { 16: /^[0-9a-fA-F]+$/, 8: /^[0-7]+$/, 2: /^[01]+$/ };

/**
 * The number a text spells, or null. Decimal integers and fractions (`200`, `1.5`,
 * `-3e2`) and, as Gatus accepts through Go's base-0 integer parsing, `0x1F`, `0o17`
 * and `0b101`. Surrounding spaces are not part of a number.
 */
export function parseNumber(text: string): number | null {
  if (DECIMAL.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? value : null;
  }
  const match = PREFIXED.exec(text);
  if (!match) return null;
  const [, sign, prefix, digits] = match as unknown as [string, string, string, string];
  const radix = RADIX[prefix.toLowerCase()] ?? 10;
  if (!DIGITS[radix]?.test(digits)) return null;
  const value = Number.parseInt(digits, radix);
  return sign === '-' ? -value : value;
}

/** A number or a duration in milliseconds (`48h`), for `<`, `<=`, `>`, `>=`. */
export function parseNumberOrDuration(text: string): number | null {
  return parseNumber(text) ?? parseDuration(text);
}

/**
 * Gatus's `==`: two texts that both read as numbers compare as numbers (so `0x1`
 * equals `1` and `1.50` equals `1.5`); anything else compares as exact, case-sensitive
 * text (`UP`, `NOERROR`, `127.0.0.1`, `true`).
 */
export function textsEqual(a: string, b: string): boolean {
  const first = parseNumber(a);
  const second = first === null ? null : parseNumber(b);
  if (first !== null && second !== null) return first === second;
  return a === b;
}

/** Characters (code points, not UTF-16 units or bytes) in a text, for `len()`. */
export function countCharacters(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // A high surrogate followed by a low one is one character.
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    count += 1;
  }
  return count;
}

const SHOWN_CHARACTERS = 50;

/**
 * A resolved value as it appears between parentheses in a result line: on one line and
 * cut short, because a BODY can be a megabyte of HTML and a notification is one line.
 */
export function displayValue(text: string): string {
  const head = text.slice(0, SHOWN_CHARACTERS * 4).replace(/\s+/g, ' ');
  if (head.length <= SHOWN_CHARACTERS && text.length <= SHOWN_CHARACTERS * 4) return head;
  return `${head.slice(0, SHOWN_CHARACTERS)}…(truncated)`;
}
