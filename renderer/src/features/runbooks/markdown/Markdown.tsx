import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Chunk } from './Chunk.tsx';
import { definitionsFor, prepareMarkdown, TOC_SENTINEL, type OutlineEntry, type PreparedMarkdown } from './prepare.ts';

const NO_LINKS: Readonly<Record<string, number | null>> = {};
const NO_IMAGES: Readonly<Record<string, string | null>> = {};
const NO_HEADINGS: readonly OutlineEntry[] = [];
/** Drawn at once: the top of any runbook, on screen within a frame or two. */
const FIRST_SLICE = 16 * 1024;
/**
 * Then the rest, a slice per task (~50 ms for 128 KB): input and scrolling are handled
 * between slices, and a 1 MB runbook is complete in eight. Plain tasks, not React
 * transitions: a transition checks the clock after every element and starts over when any
 * update interrupts it (the fresh copy of the runbook arriving), which cost a third more.
 */
const LATER_SLICE = 128 * 1024;

interface MarkdownProps {
  readonly source: string;
  /** Relative link target → runbook id, as the core resolved them at import. */
  readonly links?: Readonly<Record<string, number | null>>;
  /** Relative image target → data: URL copied in at import (null: the file was missing). */
  readonly images?: Readonly<Record<string, string | null>>;
  readonly className?: string;
  /** Draw everything in one go (tests, short texts); the default draws in slices. */
  readonly progressive?: boolean;
}

interface ChunkInput {
  readonly references: string;
  readonly headings: readonly OutlineEntry[];
  readonly toc: boolean;
}

/**
 * What each chunk needs besides its text, worked out once per text (not once per slice
 * drawn); headings in one pass, as a lookup per chunk would be quadratic in a 1 MB runbook.
 */
function chunkInputs(prepared: PreparedMarkdown): ChunkInput[] {
  const headings: OutlineEntry[][] = prepared.chunks.map(() => []);
  for (const entry of prepared.headings) headings[entry.chunk]?.push(entry);
  return prepared.chunks.map((text, index) => ({
    references: definitionsFor(text, prepared.definitions),
    headings: headings[index] ?? [],
    toc: text.includes(TOC_SENTINEL),
  }));
}

function sliceEnd(chunks: readonly string[], from: number, budget: number): number {
  let size = 0;
  let end = from;
  while (end < chunks.length && (end === from || size + (chunks[end]?.length ?? 0) <= budget)) {
    size += chunks[end]?.length ?? 0;
    end++;
  }
  return end;
}

function sameRecord<T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

/**
 * The same links/images object while its content is the same: the view shows a cached
 * runbook, then the fresh copy from the core arrives with equal but new maps, and that
 * must not make every chunk of a 1 MB runbook parse and draw again.
 */
function useStableRecord<T>(value: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  const kept = useRef(value);
  // Only ever replaced by a different content, so a render that is thrown away leaves nothing wrong behind.
  if (kept.current !== value && !sameRecord(kept.current, value)) kept.current = value;
  return kept.current;
}

/** A runbook's Markdown, drawn safely (see render.tsx) and without freezing the window on a huge one. */
export function Markdown({ source, links: givenLinks = NO_LINKS, images: givenImages = NO_IMAGES, className, progressive = true }: MarkdownProps) {
  const links = useStableRecord(givenLinks);
  const images = useStableRecord(givenImages);
  const prepared = useMemo(() => prepareMarkdown(source), [source]);
  const inputs = useMemo(() => chunkInputs(prepared), [prepared]);
  const total = prepared.chunks.length;
  const [shown, setShown] = useState(() => (progressive ? sliceEnd(prepared.chunks, 0, FIRST_SLICE) : total));
  const visible = progressive ? Math.min(Math.max(shown, sliceEnd(prepared.chunks, 0, FIRST_SLICE)), total) : total;

  // A layout effect and a message, not a timer: the next slice is queued as soon as one is
  // committed (a chain of timers is clamped to 4 ms each), yet still after pending input.
  useLayoutEffect(() => {
    if (visible >= total) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => setShown(sliceEnd(prepared.chunks, visible, LATER_SLICE));
    channel.port2.postMessage(null);
    return () => channel.port1.close();
  }, [visible, total, prepared]);

  return (
    <div className={`markdown${className ? ` ${className}` : ''}`} aria-busy={visible < total ? true : undefined}>
      {prepared.chunks.slice(0, visible).map((text, index) => (
        <Chunk
          key={index}
          text={text}
          references={inputs[index]?.references ?? ''}
          headings={inputs[index]?.headings ?? NO_HEADINGS}
          outline={inputs[index]?.toc ? prepared.headings : NO_HEADINGS}
          links={links}
          images={images}
        />
      ))}
    </div>
  );
}
