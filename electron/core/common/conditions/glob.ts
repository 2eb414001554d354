/**
 * `pat()` globs, with the syntax Gatus gets from Go's `filepath.Match`: `*` matches any
 * run of characters, `?` exactly one, `[abc]`, `[a-z]` and `[^a-z]` one character from
 * (or not from) a class, and `\` makes the next character literal. Matching is
 * case-sensitive and covers the whole text (`pat(john*)` is "starts with john").
 *
 * Not a RegExp: a pattern is split at its stars into fixed-length segments, the first
 * pinned to the start, the last to the end, and each middle one placed at its leftmost
 * match. That greedy placement is exact for stars-only wildcards, never backtracks, and
 * costs at most (text length × longest segment) — `*a*a*a*…*b` over a megabyte of `a`
 * is one pass, where a backtracking matcher would never finish.
 */

type Token =
  | { readonly kind: 'char'; readonly code: number }
  | { readonly kind: 'any' }
  | { readonly kind: 'class'; readonly negated: boolean; readonly ranges: readonly (readonly [number, number])[] };

/** A compiled pattern: the pieces between stars. `segments.length === 1` means no star. */
export interface Glob {
  readonly segments: readonly (readonly Token[])[];
}

export type CompileGlobResult = { readonly ok: true; readonly glob: Glob } | { readonly ok: false; readonly offset: number; readonly reason: string };

function codeAt(text: string, index: number): number {
  return text.codePointAt(index) ?? 0;
}

function width(code: number): number {
  return code > 0xffff ? 2 : 1;
}

/** Compiles a pattern, or says at which offset in it the syntax is wrong. */
export function compileGlob(pattern: string): CompileGlobResult {
  const segments: Token[][] = [[]];
  let index = 0;
  const current = (): Token[] => segments[segments.length - 1] as Token[];
  while (index < pattern.length) {
    const char = pattern[index];
    if (char === '*') {
      // Consecutive stars mean the same as one.
      if (current().length > 0 || segments.length === 1) segments.push([]);
      index += 1;
    } else if (char === '?') {
      current().push({ kind: 'any' });
      index += 1;
    } else if (char === '[') {
      const parsed = compileClass(pattern, index);
      if (!parsed.ok) return parsed;
      current().push(parsed.token);
      index = parsed.next;
    } else if (char === '\\') {
      if (index + 1 >= pattern.length) return { ok: false, offset: index, reason: 'a pattern cannot end with \\ (write \\\\ for a backslash)' };
      const code = codeAt(pattern, index + 1);
      current().push({ kind: 'char', code });
      index += 1 + width(code);
    } else {
      const code = codeAt(pattern, index);
      current().push({ kind: 'char', code });
      index += width(code);
    }
  }
  return { ok: true, glob: { segments } };
}

function compileClass(pattern: string, open: number): { ok: true; token: Token; next: number } | { ok: false; offset: number; reason: string } {
  let index = open + 1;
  let negated = false;
  if (pattern[index] === '^') {
    negated = true;
    index += 1;
  }
  const ranges: [number, number][] = [];
  const readChar = (): number | { offset: number; reason: string } => {
    const char = pattern[index];
    if (char === undefined) return { offset: open, reason: 'unclosed [ in the pattern (write \\[ for a literal [)' };
    if (char === '-' || char === ']') return { offset: index, reason: `unexpected ${char} in a [class] of the pattern (write \\${char} for a literal ${char})` };
    if (char === '\\') index += 1;
    if (index >= pattern.length) return { offset: open, reason: 'unclosed [ in the pattern (write \\[ for a literal [)' };
    const code = codeAt(pattern, index);
    index += width(code);
    return code;
  };
  while (!(pattern[index] === ']' && ranges.length > 0)) {
    const low = readChar();
    if (typeof low !== 'number') return { ok: false, ...low };
    let high = low;
    if (pattern[index] === '-') {
      index += 1;
      const read = readChar();
      if (typeof read !== 'number') return { ok: false, ...read };
      high = read;
    }
    ranges.push([low, high]);
  }
  return { ok: true, token: { kind: 'class', negated, ranges }, next: index + 1 };
}

function accepts(token: Token, code: number): boolean {
  if (token.kind === 'any') return true;
  if (token.kind === 'char') return token.code === code;
  const inClass = token.ranges.some(([low, high]) => code >= low && code <= high);
  return inClass !== token.negated;
}

/** Where `segment` ends when matched at `start`, or -1. Tokens each take one character. */
function matchAt(segment: readonly Token[], text: string, start: number): number {
  let index = start;
  for (const token of segment) {
    if (index >= text.length) return -1;
    const code = codeAt(text, index);
    if (!accepts(token, code)) return -1;
    index += width(code);
  }
  return index;
}

/** Leftmost placement of `segment` at or after `from` that ends by `limit`: [start, end] or null. */
function find(segment: readonly Token[], text: string, from: number, limit: number): readonly [number, number] | null {
  if (segment.every((token) => token.kind === 'char')) {
    // Plain text between stars: the engine's substring search is linear in practice.
    const needle = String.fromCodePoint(...segment.map((token) => (token.kind === 'char' ? token.code : 0)));
    const start = text.indexOf(needle, from);
    return start >= 0 && start + needle.length <= limit ? [start, start + needle.length] : null;
  }
  for (let start = from; start < limit; start += width(codeAt(text, start))) {
    const end = matchAt(segment, text, start);
    if (end >= 0 && end <= limit) return [start, end];
  }
  return null;
}

/** Index `count` characters before the end of `text`, or -1 when it is shorter. */
function startOfLast(text: string, count: number): number {
  let index = text.length;
  for (let seen = 0; seen < count; seen += 1) {
    if (index <= 0) return -1;
    const low = text.charCodeAt(index - 1);
    const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
    index -= low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
  }
  return index;
}

/** Whether the whole of `text` matches the compiled pattern. */
export function matchGlob(glob: Glob, text: string): boolean {
  const { segments } = glob;
  const first = segments[0] ?? [];
  const head = matchAt(first, text, 0);
  if (head < 0) return false;
  if (segments.length === 1) return head === text.length;
  const last = segments[segments.length - 1] ?? [];
  const tailStart = startOfLast(text, last.length);
  if (tailStart < head || matchAt(last, text, tailStart) !== text.length) return false;
  let position = head;
  for (let index = 1; index < segments.length - 1; index += 1) {
    const found = find(segments[index] ?? [], text, position, tailStart);
    if (!found) return false;
    position = found[1];
  }
  return true;
}
