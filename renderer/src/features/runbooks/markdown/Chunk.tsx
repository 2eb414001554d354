import { memo } from 'react';
import { MAX_CHUNK_TO_PARSE, parseChunk } from './parse.ts';
import { slugify, type OutlineEntry } from './prepare.ts';
import { renderTokens, type RenderContext } from './render.tsx';

interface ChunkProps {
  readonly text: string;
  /** The `[id]: url` lines this chunk refers to. */
  readonly references: string;
  /** The outline entries of this chunk's own headings, in order. */
  readonly headings: readonly OutlineEntry[];
  /** The whole outline, only for a chunk that draws a `[TOC]` (others get an empty one, so they need not re-render). */
  readonly outline: readonly OutlineEntry[];
  readonly links: Readonly<Record<string, number | null>>;
  readonly images: Readonly<Record<string, string | null>>;
}

/**
 * Headings in this chunk get the ids the outline gave them, so `[TOC]` links land. They
 * come in outline order, so the next entry is compared first (no slugify for the usual
 * heading); a heading the outline does not list (setext, in a quote) is matched by slug.
 */
function headingIds(headings: readonly OutlineEntry[]): (text: string) => string {
  const queue = [...headings];
  return (text) => {
    if (queue[0]?.text === text.trim()) return (queue.shift() as OutlineEntry).slug;
    const base = slugify(text);
    const at = queue.findIndex((entry) => entry.base === base);
    if (at === -1) return base;
    const [entry] = queue.splice(at, 1);
    return entry?.slug ?? base;
  };
}

function sameHeadings(a: readonly OutlineEntry[], b: readonly OutlineEntry[]): boolean {
  return a.length === b.length && a.every((entry, index) => entry.slug === b[index]?.slug && entry.base === b[index]?.base);
}

/**
 * Every keystroke in the editor prepares the text anew (new arrays), so chunks compare
 * by content: only the chunks that changed are parsed and drawn again.
 */
function sameChunk(a: ChunkProps, b: ChunkProps): boolean {
  return a.text === b.text && a.references === b.references && a.links === b.links && a.images === b.images && a.outline === b.outline && sameHeadings(a.headings, b.headings);
}

/**
 * One chunk, parsed and drawn when its props change (sameChunk), which is nearly always
 * its text. The tokens are not kept: they die young, which keeps garbage collection cheap
 * on a 1 MB runbook (kept tokens are copied from generation to generation).
 */
export const Chunk = memo(function Chunk({ text, references, headings, outline, links, images }: ChunkProps) {
  if (text.length > MAX_CHUNK_TO_PARSE) {
    return (
      <div className="md-chunk md-oversized">
        <p className="muted">This part is too large to format; it is shown as plain text.</p>
        <pre className="md-code__pre">{text}</pre>
      </div>
    );
  }
  const ctx: RenderContext = { links, images, outline, headingId: headingIds(headings) };
  return <div className="md-chunk">{renderTokens(parseChunk(text, references), ctx)}</div>;
}, sameChunk);
