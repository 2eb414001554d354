/**
 * Relative links between the files of a manual: inline links and images and reference
 * definitions, outside code (`<https://…>` autolinks always carry a scheme, so they are
 * never relative). Each is resolved against the folder of
 * `sourcePath` (a path relative to the manual's folder) so that a target such as
 * `../../etc/passwd` that climbs out of the manual is flagged, never followed.
 */
import type { Block } from './blocks.ts';
import type { ManualLink } from './types.ts';

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]{0,30}:/;
const REFERENCE = /^\s{0,3}\[[^\]]{1,999}\]:\s*(\S+)/;

/** Relative links of every text, item, quote and heading block. */
export function findLinks(blocks: readonly Block[], sourcePath: string): ManualLink[] {
  const base = segments(sourcePath).slice(0, -1);
  const links: ManualLink[] = [];
  for (const block of blocks) {
    if (block.kind !== 'text' && block.kind !== 'item' && block.kind !== 'quote' && block.kind !== 'heading') continue;
    const reference = block.kind === 'text' ? REFERENCE.exec(block.text) : null;
    if (reference !== null) {
      add(links, reference[1] as string, block.line, false, base);
      continue;
    }
    for (const { target, image } of inlineTargets(block.text)) add(links, target, block.line, image, base);
  }
  return links;
}

function add(links: ManualLink[], raw: string, line: number, image: boolean, base: readonly string[]): void {
  const target = raw.startsWith('<') && raw.endsWith('>') ? raw.slice(1, -1) : raw;
  if (target === '' || target.startsWith('#') || target.startsWith('//') || SCHEME.test(target)) return;
  const path = resolve(base, target);
  links.push({ target, line, image, path, escapesFolder: path === null });
}

/** `img/a%20b.png?raw=1#x` → `img/a b.png`: the file part of a link target, decoded. */
export function targetFilePath(target: string): string {
  let path = target;
  const cut = path.search(/[?#]/);
  if (cut !== -1) path = path.slice(0, cut);
  try {
    return decodeURIComponent(path);
  } catch {
    // A stray `%` is a literal character; keep the path as written.
    return path;
  }
}

/** The manual-relative path of a target, or null when it climbs above the manual's folder. */
function resolve(base: readonly string[], target: string): string | null {
  const path = targetFilePath(target);
  const stack = path.startsWith('/') || path.startsWith('\\') ? [] : [...base];
  for (const part of segments(path)) {
    if (part === '.') continue;
    if (part === '..') {
      if (stack.length === 0) return null;
      stack.pop();
    } else {
      stack.push(part);
    }
  }
  return stack.join('/');
}

// Backslashes count as separators: a Windows-style `..\..\` climbs just the same.
function segments(path: string): string[] {
  return path.split(/[\\/]+/).filter((part) => part !== '');
}

/**
 * Targets of `[text](target)` and `![alt](target)` in one line, skipping
 * inline code. One pass with a stack of open brackets, so any line is read once.
 */
function inlineTargets(text: string): { target: string; image: boolean }[] {
  const found: { target: string; image: boolean }[] = [];
  const open: number[] = [];
  let inCode = false;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '`') inCode = !inCode;
    else if (inCode) {
      // Inside a code span nothing is a link.
    } else if (char === '[') {
      if (open.length < 64) open.push(index);
    } else if (char === ']' && open.length > 0) {
      const start = open.pop() as number;
      if (text[index + 1] === '(') {
        const end = targetEnd(text, index + 2);
        found.push({ target: text.slice(index + 2, end).trim(), image: text[start - 1] === '!' });
        index = end;
        continue;
      }
    }
    index += 1;
  }
  return found;
}

// A target ends at whitespace (a title may follow) or at the `)` that balances its `(`.
function targetEnd(text: string, from: number): number {
  let depth = 0;
  let index = from;
  if (text[index] === '<') {
    const close = text.indexOf('>', index);
    return close === -1 ? text.length : close + 1;
  }
  while (index < text.length) {
    const char = text[index];
    if (char === ' ' || char === '\t') break;
    if (char === '(') depth += 1;
    if (char === ')') {
      if (depth === 0) break;
      depth -= 1;
    }
    index += 1;
  }
  return index;
}
