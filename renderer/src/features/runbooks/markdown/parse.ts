/**
 * Markdown text → markdown-it's token stream, with GitHub's extensions (tables,
 * strikethrough, autolinks, task lists, alerts, footnotes). markdown-it is a real
 * CommonMark parser and about ten times faster than micromark was here (~100 ms for 1 MB
 * instead of seconds). Only its tokens are used: its HTML renderer never runs, and
 * render.tsx turns the tokens into React elements itself.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import { footnoteDefinition, footnoteReference } from './footnotes.ts';
import { markAlerts, markTasks } from './rules.ts';

/** Bigger chunks (one giant table or paragraph) are shown as plain text: parsing them could stall the window. */
export const MAX_CHUNK_TO_PARSE = 256 * 1024;

const md = new MarkdownIt('default', {
  // Raw HTML is tokenised so the renderer can show it as text (or drop a comment): it is never inserted as markup.
  html: true,
  linkify: true,
  typographer: false,
});
// markdown-it's own guard (its default, pinned here; the typings omit it): nesting deeper
// than this stops being parsed as structure, so no input can overflow the parser's stack.
Object.assign(md.options, { maxNesting: 100 });
// GFM autolinks only `www.`, http(s) and e-mail; the fuzzy default would turn `setup.sh`
// or `notes.md` into web links, and `//host` or `ftp:` are not links a runbook may open.
md.linkify.set({ fuzzyLink: false, fuzzyIP: false }).add('//', null).add('ftp:', null);
// linkify-it's pretest is built for fuzzy links (every country's domain); without them a
// link needs `://`, `mailto:`, an `@` or `www.`, and this check is most of linkify's cost on 1 MB.
const MAY_LINK = /:\/\/|mailto:|@|www\./i;
md.linkify.pretest = (text) => MAY_LINK.test(text);
let wwwTail: RegExp | null = null;
md.linkify.add('www.', {
  validate: (text, pos, self) => {
    // linkify-it's own host and path patterns, so `www.` links end where its `https://` links do.
    wwwTail ??= new RegExp(`^${self.re.src_host_port_strict}${self.re.src_path}`, 'i');
    const match = wwwTail.exec(text.slice(pos));
    return match?.[0].includes('.') ? match[0].length : 0;
  },
  normalize: (match) => {
    match.url = `http://${match.url}`;
  },
});
// links.ts decides what a link may open, so every target reaches it as written: markdown-it
// would otherwise leave a `javascript:` link as bracketed text and percent-encode the rest.
md.validateLink = () => true;
md.normalizeLink = (url) => url;
// An autolink shows its address as written (markdown-it would decode it, punycode and all, for every link).
md.normalizeLinkText = (url) => url;
// prepare.ts has already turned every line ending into \n; markdown-it's own pass would copy
// each chunk just to replace \n with \n. NUL still becomes U+FFFD, as CommonMark asks.
md.core.ruler.at('normalize', (state) => {
  if (state.src.includes('\0')) state.src = state.src.replaceAll('\0', '\uFFFD');
});
md.block.ruler.before('reference', 'oncall_footnote', footnoteDefinition);
md.inline.ruler.before('link', 'oncall_footnote_ref', footnoteReference);
md.core.ruler.push('oncall_tasks', markTasks);
md.core.ruler.push('oncall_alerts', markAlerts);

/** Parses one chunk; `definitions` go first so `[text][ref]` resolves across chunks. */
export function parseChunk(text: string, definitions: string): Token[] {
  return md.parse(definitions ? `${definitions}\n\n${text}` : text, {});
}

/** The text a reader sees in inline tokens (alt text for images), for heading ids and flattened parts. */
export function inlineText(tokens: readonly Token[] | null): string {
  if (!tokens) return '';
  let text = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline' || token.type === 'html_inline') text += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n';
    else if (token.type === 'image') text += inlineText(token.children);
  }
  return text;
}
