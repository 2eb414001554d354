/**
 * List entries of a block range, as a person reading a runbook would group them: each
 * top-level item with its nested items and paragraphs as details, and code fences
 * attached to the item they follow — also a column-0 fence that splits a numbered list,
 * so the numbering carries on after it. Lazy numbers (`1.` `1.` `1.`) and `1)` are
 * ignored: entries are counted, not read.
 */
import type { Block } from './blocks.ts';
import type { CodeSnippet } from './types.ts';

/** One top-level list entry. */
export interface ListEntry {
  readonly line: number;
  readonly ordered: boolean;
  readonly task: 'open' | 'done' | null;
  text: string;
  readonly details: string[];
  readonly code: CodeSnippet[];
}

// Anything indented past the owner's marker belongs to it: runbooks nest with two spaces
// under `1.` where CommonMark would want three, and readers see a sub-item either way.
interface Owner {
  readonly entry: ListEntry;
  readonly indent: number;
}

/** Entries of `blocks[from..to)`; headings and rules end any open list. */
export function scanEntries(blocks: readonly Block[], from: number, to: number): ListEntry[] {
  const entries: ListEntry[] = [];
  let owner: Owner | null = null;
  let afterBlank = false;
  for (let index = from; index < to; index += 1) {
    const block = blocks[index] as Block;
    switch (block.kind) {
      case 'blank':
        afterBlank = true;
        continue;
      case 'heading':
      case 'rule':
        owner = null;
        break;
      case 'comment':
        continue;
      case 'item':
        owner = takeItem(block, owner, entries);
        break;
      case 'fence':
        if (owner !== null) owner.entry.code.push({ language: block.language, text: block.text, line: block.line });
        break;
      case 'text':
      case 'quote':
        owner = takeText(block.kind === 'text' ? block.indent : 0, block.text, afterBlank, owner);
        break;
    }
    afterBlank = false;
  }
  return entries;
}

function takeItem(block: Extract<Block, { kind: 'item' }>, owner: Owner | null, entries: ListEntry[]): Owner | null {
  const stepLike = block.ordered || block.task !== null;
  if (owner !== null && block.indent > owner.indent) {
    // A numbered or check-box list under a plain bullet is a procedure of its own
    // ("- Option A:" then "1. …"); anything else nested is detail of its parent.
    const parentIsPlain = !owner.entry.ordered && owner.entry.task === null;
    if (!(parentIsPlain && stepLike)) {
      owner.entry.details.push(block.text);
      return owner;
    }
  } else if (owner === null && block.indent >= 4) {
    return null; // Indented code, not a list.
  }
  const entry: ListEntry = { line: block.line, ordered: block.ordered, task: block.task, text: block.text, details: [], code: [] };
  entries.push(entry);
  return { entry, indent: block.indent };
}

function takeText(indent: number, text: string, afterBlank: boolean, owner: Owner | null): Owner | null {
  if (owner === null) return null;
  const inside = indent > owner.indent;
  if (!afterBlank && owner.entry.details.length === 0 && owner.entry.code.length === 0) {
    // A wrapped line (indented or lazy) continues the item's own text.
    owner.entry.text = `${owner.entry.text} ${text.trim()}`.trim();
    return owner;
  }
  if (inside) {
    owner.entry.details.push(text.trim());
    return owner;
  }
  // A paragraph back at the margin after a blank line ends the list.
  return afterBlank ? null : owner;
}
