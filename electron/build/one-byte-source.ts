import { readFileSync, writeFileSync } from 'node:fs';

/**
 * V8 keeps a script's source in memory for as long as the script lives, one byte per
 * character when every character is Latin-1 (U+0000–U+00FF) and two bytes per character
 * as soon as one is not. A single "—" in a comment of the main bundle (2.3 MB) made it
 * 4.5 MB of heap for the life of the app (issue 3's benchmark found it in a heap
 * snapshot). esbuild escapes strings but keeps comments and regular expressions as
 * written, so this escapes what is left after it.
 *
 * Every character above U+00FF becomes `\uXXXX` (astral ones as their two surrogates).
 * That means the same character in a string, a template, a regular expression (with or
 * without the u flag), an identifier and a comment. Not in a template's `raw` strings:
 * the one String.raw in the sources builds a RegExp, which reads `\uXXXX` the same way.
 * A character that was itself escaped (`\–`, which also means `–`) loses that backslash
 * rather than turning the new escape into a literal one.
 */

/** A UTF-16 code unit above U+00FF (a regex without the u flag sees surrogates one by one). */
const BEYOND_LATIN1 = /[\u0100-\uffff]/;
const BEYOND_LATIN1_WITH_BACKSLASHES = /(\\*)([\u0100-\uffff])/g;

export function escapeBeyondLatin1(code: string): string {
  return code.replace(BEYOND_LATIN1_WITH_BACKSLASHES, (_match, backslashes: string, char: string) => {
    const kept = backslashes.length % 2 === 1 ? backslashes.slice(1) : backslashes;
    return `${kept}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** True when V8 can hold this source at one byte per character. */
export function isOneByte(code: string): boolean {
  return !BEYOND_LATIN1.test(code);
}

/** Rewrite a built bundle in place so that it is one byte per character. */
export function makeOneByte(path: string): void {
  const code = readFileSync(path, 'utf8');
  if (!isOneByte(code)) writeFileSync(path, escapeBeyondLatin1(code));
}
