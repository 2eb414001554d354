/**
 * GFM footnotes, kept simple: `[^note]: text` (with indented continuation lines) is drawn
 * where it is written, as a labelled note, and `[^note]` in the text as a superscript
 * label. Without these rules markdown-it would take `[^note]: text` for a link definition:
 * the note's text would vanish and `[^note]` would become a link to it.
 */
import type { StateBlock, StateInline } from 'markdown-it';

export interface FootnoteMeta {
  readonly label: string;
}

const DEFINITION = /^\[\^([^\]\s]{1,100})\]:[ \t]*/;
const REFERENCE = /^\[\^([^\]\s]{1,100})\]/;

export function footnoteDefinition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  // Indented four columns it is code; and like a link definition it cannot interrupt a paragraph (no alt chains).
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  if (state.src.charCodeAt(start) !== 0x5b || state.src.charCodeAt(start + 1) !== 0x5e) return false;
  const first = state.src.slice(start, state.eMarks[startLine]);
  const match = DEFINITION.exec(first);
  if (!match?.[1]) return false;
  if (silent) return true;
  const parts = [first.slice(match[0].length)];
  let next = startLine + 1;
  while (next < endLine && !state.isEmpty(next) && (state.sCount[next] ?? 0) - state.blkIndent >= 4) {
    parts.push(state.src.slice((state.bMarks[next] ?? 0) + (state.tShift[next] ?? 0), state.eMarks[next]));
    next++;
  }
  const open = state.push('footnote_open', 'div', 1);
  open.meta = { label: match[1] } satisfies FootnoteMeta;
  open.map = [startLine, next];
  const inline = state.push('inline', '', 0);
  inline.content = parts.join('\n').trim();
  inline.map = [startLine, next];
  inline.children = [];
  state.push('footnote_close', 'div', -1);
  state.line = next;
  return true;
}

export function footnoteReference(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b || state.src.charCodeAt(state.pos + 1) !== 0x5e) return false;
  const match = REFERENCE.exec(state.src.slice(state.pos, state.pos + 104));
  if (!match?.[1]) return false;
  if (!silent) state.push('footnote_ref', 'sup', 0).meta = { label: match[1] } satisfies FootnoteMeta;
  state.pos += match[0].length;
  return true;
}
