/**
 * Sections: each heading with the blocks it owns. Built with a stack of at most six open
 * headings, so deep or skipped heading levels cost nothing extra.
 */
import type { Block } from './blocks.ts';
import type { Priority } from './types.ts';
import { findPriorities } from './priority.ts';
import { plainText } from './text.ts';
import { findTimebox } from './timebox.ts';

/** One heading and the block ranges it covers (indices into the block list). */
export interface Section {
  readonly index: number;
  readonly level: number;
  /** Plain text of the heading. */
  readonly text: string;
  readonly line: number;
  /** Index of the enclosing section, or -1 at the top. */
  readonly parent: number;
  readonly headingBlock: number;
  /** Blocks up to the next heading of any level: the section's own body. */
  readonly bodyEnd: number;
  /** Blocks up to the next heading of the same or a higher level: body and sub-sections. */
  subtreeEnd: number;
  readonly priorities: readonly Priority[];
  readonly timeboxMinutes: number | null;
}

/** Sections in document order, each with its body and subtree ranges. */
export function buildSections(blocks: readonly Block[]): Section[] {
  const sections: Section[] = [];
  const open: Section[] = [];
  const headingAt: number[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') headingAt.push(index);
  });
  headingAt.forEach((blockIndex, order) => {
    const block = blocks[blockIndex] as Extract<Block, { kind: 'heading' }>;
    while (open.length > 0 && (open[open.length - 1] as Section).level >= block.level) {
      (open.pop() as Section).subtreeEnd = blockIndex;
    }
    const text = plainText(block.text);
    const section: Section = {
      index: sections.length,
      level: block.level,
      text,
      line: block.line,
      parent: open.length > 0 ? (open[open.length - 1] as Section).index : -1,
      headingBlock: blockIndex,
      bodyEnd: headingAt[order + 1] ?? blocks.length,
      subtreeEnd: blocks.length,
      priorities: findPriorities(text),
      timeboxMinutes: findTimebox(text),
    };
    sections.push(section);
    open.push(section);
  });
  return sections;
}

/**
 * The last line with content in `blocks[start..end)`, trailing blank lines and rules left
 * out (a fence reaches its closing line); `fallback` when there is none.
 */
export function lastLineOf(blocks: readonly Block[], start: number, end: number, fallback: number): number {
  for (let index = end - 1; index >= start; index -= 1) {
    const block = blocks[index] as Block;
    if (block.kind === 'blank' || block.kind === 'rule') continue;
    return block.kind === 'fence' ? block.endLine : block.line;
  }
  return fallback;
}

/** The section and its ancestors, nearest first; the walk is bounded by the six levels. */
export function lineage(sections: readonly Section[], index: number): Section[] {
  const chain: Section[] = [];
  let current = sections[index];
  while (current !== undefined) {
    chain.push(current);
    current = sections[current.parent];
  }
  return chain;
}
