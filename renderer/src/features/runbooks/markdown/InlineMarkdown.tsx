import { useMemo } from 'react';
import { inlineText, parseChunk } from './parse.ts';
import { prepareMarkdown } from './prepare.ts';
import { renderTokens, type RenderContext } from './render.tsx';

const CONTEXT: RenderContext = { links: {}, images: {}, outline: [], headingId: (text) => text };
/** A step is a line or two; anything longer is shown as its text. */
const MAX_INLINE = 4_000;

/** One line of Markdown (a procedure step) inside a label: its paragraph's content without the <p>. */
export function InlineMarkdown({ text }: { readonly text: string }) {
  const content = useMemo(() => {
    if (text.length > MAX_INLINE) return text;
    const tokens = parseChunk(prepareMarkdown(text).chunks.join('\n'), '');
    const [open, inline, close] = tokens;
    if (tokens.length === 3 && open?.type === 'paragraph_open' && inline?.type === 'inline' && close?.type === 'paragraph_close') return renderTokens([inline], CONTEXT);
    // Several blocks in a label would be invalid markup: keep their text.
    return tokens.map((token) => (token.type === 'inline' ? inlineText(token.children) : token.type === 'fence' || token.type === 'code_block' ? token.content : '')).join('\n').trim();
  }, [text]);
  return <span className="md-inline">{content}</span>;
}
