/**
 * markdown-it tokens → React elements. Every string from the runbook becomes a React text
 * child (escaped by React), every element is one this file or elements.tsx names: no HTML
 * string is ever built or injected, so nothing a runbook contains can run as script.
 *
 * The token stream is flat (`*_open` … `*_close`), so it is walked with an explicit stack
 * instead of recursion: no input can overflow the JavaScript stack, and past
 * MAX_RENDER_DEPTH wrappers are dropped (their content kept) so layout stays sane too.
 */
import type { ReactNode } from 'react';
import type { Token } from 'markdown-it';
import { CodeBlock } from './CodeBlock.tsx';
import { element, rawHtml } from './elements.tsx';
import type { FootnoteMeta } from './footnotes.ts';
import { HEADING_ID_PREFIX } from './links.ts';
import { markdownImage } from './MarkdownImage.tsx';
import { inlineText } from './parse.ts';
import { TOC_SENTINEL, type OutlineEntry } from './prepare.ts';
import { TableOfContents } from './TableOfContents.tsx';

/** Deeper than this, wrappers are left out and their content joins the parent: the layout stays sane. */
export const MAX_RENDER_DEPTH = 32;

export interface RenderContext {
  readonly links: Readonly<Record<string, number | null>>;
  readonly images: Readonly<Record<string, string | null>>;
  readonly outline: readonly OutlineEntry[];
  /** The id (unique across chunks) for the next heading drawn, given its text. */
  readonly headingId: (text: string) => string;
}

interface Frame {
  /** null: the root, or a wrapper dropped for depth (its children go to the parent). */
  readonly open: Token | null;
  readonly children: ReactNode[];
  /** Set by the open token for what the close needs (a heading's id). */
  readonly id?: string;
}

/** Text joins the previous text: a soft line break is not worth its own DOM node. */
function pushText(children: ReactNode[], text: string): void {
  const last = children.length - 1;
  const previous = children[last];
  if (typeof previous === 'string') children[last] = previous + text;
  else children.push(text);
}

/** Adds the elements for `tokens` to `root`; inline tokens' children are walked by the same loop. */
function build(tokens: readonly Token[], ctx: RenderContext, root: ReactNode[], nextKey: () => number): void {
  const stack: Frame[] = [{ open: null, children: root }];
  let depth = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const frame = stack[stack.length - 1] as Frame;
    if (token.nesting === 1) {
      if (token.type === 'paragraph_open') {
        const inline = tokens[index + 1];
        if (inline?.type === 'inline' && inline.content.trim() === TOC_SENTINEL) {
          frame.children.push(<TableOfContents key={nextKey()} outline={ctx.outline} />);
          index += 2;
          continue;
        }
        // An alert whose first paragraph held only its marker; a tight list's paragraphs have no <p>.
        if (inline?.type === 'inline' && inline.children?.length === 0 && tokens[index + 2]?.type === 'paragraph_close') {
          index += 2;
          continue;
        }
        if (token.hidden) {
          stack.push({ open: null, children: frame.children });
          continue;
        }
      }
      depth++;
      if (depth > MAX_RENDER_DEPTH) {
        stack.push({ open: null, children: frame.children });
        continue;
      }
      const id = token.type === 'heading_open' ? HEADING_ID_PREFIX + ctx.headingId(inlineText(tokens[index + 1]?.children ?? null)) : undefined;
      stack.push({ open: token, children: [], id });
      continue;
    }
    if (token.nesting === -1) {
      if (!(token.type === 'paragraph_close' && token.hidden)) depth--;
      if (stack.length <= 1) continue;
      stack.pop();
      if (frame.open) (stack[stack.length - 1] as Frame).children.push(element(frame.open, frame.children, frame.id, ctx, nextKey()));
      continue;
    }
    leaf(token, frame.children, ctx, nextKey);
  }
  // Unbalanced input (not produced by markdown-it, but cheap to be safe about): close what is open.
  while (stack.length > 1) {
    const frame = stack.pop() as Frame;
    if (frame.open) (stack[stack.length - 1] as Frame).children.push(element(frame.open, frame.children, frame.id, ctx, nextKey()));
  }
}

/** A token without children of its own to pair up. */
function leaf(token: Token, children: ReactNode[], ctx: RenderContext, nextKey: () => number): void {
  switch (token.type) {
    case 'inline':
      build(token.children ?? [], ctx, children, nextKey);
      return;
    case 'text':
      pushText(children, token.content);
      return;
    case 'softbreak':
      pushText(children, '\n');
      return;
    case 'hardbreak':
      children.push(<br key={nextKey()} />);
      return;
    case 'code_inline':
      children.push(<code key={nextKey()}>{token.content}</code>);
      return;
    case 'html_inline':
    case 'html_block':
      children.push(rawHtml(token.content, token.type === 'html_block', nextKey()));
      return;
    case 'fence':
    case 'code_block': {
      const language = token.info.trim().split(/\s+/)[0] || null;
      children.push(<CodeBlock key={nextKey()} language={language} code={token.content.replace(/\n$/, '')} />);
      return;
    }
    case 'footnote_ref':
      children.push(<sup key={nextKey()}>[{(token.meta as FootnoteMeta).label}]</sup>);
      return;
    case 'hr':
      children.push(<hr key={nextKey()} />);
      return;
    case 'image':
      children.push(markdownImage(nextKey(), token.attrGet('src') ?? '', inlineText(token.children), ctx.images));
      return;
    default:
      // A token no rule here produces: its text, never its markup.
      if (token.content) pushText(children, token.content);
  }
}

/** React elements for a parsed chunk (or for one inline token's children). */
export function renderTokens(tokens: readonly Token[], ctx: RenderContext): ReactNode[] {
  const out: ReactNode[] = [];
  let key = 0;
  build(tokens, ctx, out, () => key++);
  return out;
}
