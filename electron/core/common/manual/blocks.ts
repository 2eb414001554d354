/**
 * A purpose-built block scanner: one pass over the lines, one block per line (a fence is
 * one block for all its lines). It knows just enough Markdown to find headings, lists,
 * fences, quotes, rules and comments; everything else is `text`. No recursion and no
 * backtracking regex, so nesting depth and line length cost only linear time.
 */
import type { ManualProblem } from './types.ts';
import { measureIndent } from './text.ts';

export type Block =
  | { readonly kind: 'blank'; readonly line: number }
  | { readonly kind: 'heading'; readonly line: number; readonly level: number; readonly text: string }
  | {
      readonly kind: 'fence';
      readonly line: number;
      readonly endLine: number;
      readonly indent: number;
      readonly language: string;
      readonly text: string;
    }
  | {
      readonly kind: 'item';
      readonly line: number;
      readonly indent: number;
      readonly ordered: boolean;
      readonly task: 'open' | 'done' | null;
      readonly text: string;
    }
  | { readonly kind: 'text'; readonly line: number; readonly indent: number; readonly text: string }
  | { readonly kind: 'quote'; readonly line: number; readonly text: string }
  | { readonly kind: 'rule'; readonly line: number }
  | { readonly kind: 'comment'; readonly line: number };

/**
 * Blocks of `lines[from..]`; `from` skips front matter. Unclosed fences and comments run
 * to the end of the file, as CommonMark says, and are reported in `problems`.
 */
export function scanBlocks(lines: readonly string[], from: number, problems: ManualProblem[]): Block[] {
  const blocks: Block[] = [];
  let index = from;
  while (index < lines.length) {
    const raw = lines[index] as string;
    const line = index + 1;
    const { columns, length } = measureIndent(raw);
    const rest = raw.slice(length);
    index += 1;
    if (rest.trim() === '') {
      blocks.push({ kind: 'blank', line });
      continue;
    }
    const fence = fenceOpener(rest);
    if (fence !== null) {
      const body: string[] = [];
      let closed = false;
      while (index < lines.length) {
        const inner = lines[index] as string;
        index += 1;
        if (closesFence(inner, fence.char, fence.size)) {
          closed = true;
          break;
        }
        body.push(stripColumns(inner, columns));
      }
      if (!closed) problems.push({ line, message: `code fence opened at line ${line} is never closed; it runs to the end of the file` });
      blocks.push({ kind: 'fence', line, endLine: closed ? index : lines.length, indent: columns, language: fence.info.split(/\s/)[0] ?? '', text: body.join('\n') });
      continue;
    }
    if (rest.startsWith('<!--')) {
      let end = rest.indexOf('-->', 4) === -1 ? -1 : index - 1;
      while (end === -1 && index < lines.length) {
        if ((lines[index] as string).includes('-->')) end = index;
        index += 1;
      }
      if (end === -1) problems.push({ line, message: `HTML comment opened at line ${line} is never closed; it runs to the end of the file` });
      blocks.push({ kind: 'comment', line });
      continue;
    }
    if (columns < 4) {
      const block = shortIndentBlock(rest, line, columns, blocks);
      if (block !== null) {
        blocks.push(block);
        continue;
      }
    }
    const item = listItem(rest, line, columns);
    blocks.push(item ?? { kind: 'text', line, indent: columns, text: rest.trimEnd() });
  }
  return blocks;
}

// Headings, quotes, rules and setext underlines only count with at most 3 spaces of indent.
function shortIndentBlock(rest: string, line: number, columns: number, blocks: Block[]): Block | null {
  if (rest[0] === '#') {
    let level = 0;
    while (rest[level] === '#') level += 1;
    const after = rest[level];
    if (level <= 6 && (after === undefined || after === ' ' || after === '\t')) {
      return { kind: 'heading', line, level, text: stripClosingHashes(rest.slice(level).trim()) };
    }
  }
  if (rest[0] === '>') {
    let cut = 0;
    while (rest[cut] === '>' || rest[cut] === ' ' || rest[cut] === '\t') cut += 1;
    return { kind: 'quote', line, text: rest.slice(cut).trimEnd() };
  }
  const previous = blocks[blocks.length - 1];
  const trimmed = rest.trimEnd();
  if (previous?.kind === 'text' && previous.indent < 4 && /^(?:=+|-+)$/.test(trimmed)) {
    // A setext underline turns the paragraph line above it into a heading.
    blocks[blocks.length - 1] = { kind: 'heading', line: previous.line, level: trimmed[0] === '=' ? 1 : 2, text: previous.text.trim() };
    return { kind: 'blank', line };
  }
  if (isRule(trimmed)) return { kind: 'rule', line };
  return null;
}

function stripClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  if (end === 0) return '';
  return end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t') ? text.slice(0, end).trimEnd() : text;
}

// `---`, `* * *`, `___`: three or more of one of `-*_`, spaces allowed between.
function isRule(text: string): boolean {
  const char = text[0];
  if (char !== '-' && char !== '*' && char !== '_') return false;
  let count = 0;
  for (const each of text) {
    if (each === char) count += 1;
    else if (each !== ' ' && each !== '\t') return false;
  }
  return count >= 3;
}

function fenceOpener(rest: string): { readonly char: string; readonly size: number; readonly info: string } | null {
  const char = rest[0];
  if (char !== '`' && char !== '~') return null;
  let size = 0;
  while (rest[size] === char) size += 1;
  if (size < 3) return null;
  const info = rest.slice(size).trim();
  // A backtick fence's info string may not hold a backtick (that is inline code instead).
  if (char === '`' && info.includes('`')) return null;
  return { char, size, info };
}

function closesFence(line: string, char: string, size: number): boolean {
  const rest = line.slice(measureIndent(line).length);
  let count = 0;
  while (rest[count] === char) count += 1;
  return count >= size && rest.slice(count).trim() === '';
}

// Code inside a fence indented in a list item loses the fence's own indent.
function stripColumns(line: string, columns: number): string {
  let cut = 0;
  while (cut < columns && line[cut] === ' ') cut += 1;
  return line.slice(cut);
}

function listItem(rest: string, line: number, indent: number): Block | null {
  let marker = 0;
  let ordered = false;
  const first = rest[0];
  if (first === '-' || first === '*' || first === '+') {
    marker = 1;
  } else {
    while (marker < 10 && rest[marker] !== undefined && (rest[marker] as string) >= '0' && (rest[marker] as string) <= '9') marker += 1;
    if (marker === 0 || marker > 9 || (rest[marker] !== '.' && rest[marker] !== ')')) return null;
    marker += 1;
    ordered = true;
  }
  const after = rest[marker];
  if (after !== undefined && after !== ' ' && after !== '\t') return null;
  let text = rest.slice(marker).trim();
  let task: 'open' | 'done' | null = null;
  const box = /^\[([ xX])\](?:\s|$)/.exec(text);
  if (box !== null) {
    task = box[1] === ' ' ? 'open' : 'done';
    text = text.slice(3).trim();
  }
  return { kind: 'item', line, indent, ordered, task, text };
}
