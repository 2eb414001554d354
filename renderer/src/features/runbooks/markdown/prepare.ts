/**
 * The text pass before parsing. Runbooks come from anywhere (a team's git clone, a wiki
 * export), so this pass makes the parser's job bounded and turns dialect markers into
 * plain CommonMark the renderer understands:
 * - nesting markers (`>`, list bullets) beyond MAX_LINE_NESTING on one line are dropped,
 *   so 50,000 `>` can neither hang the parser nor overflow its stack;
 * - MkDocs admonitions (`!!! note "Title"` + an indented body) become `> [!note] Title`
 *   blockquotes, the same shape as GFM alerts;
 * - GitLab `[TOC]` / `[[_TOC_]]` lines become a sentinel paragraph;
 * - the document is cut into chunks at top-level paragraph boundaries, so a 1 MB runbook
 *   is parsed and shown piece by piece and the window never freezes on it.
 * Fenced code is never touched: a `[TOC]` or `!!!` inside a fence is an example.
 */

/** Deeper than any real runbook quotes or nests on one line. */
export const MAX_LINE_NESTING = 16;
/** Columns of indentation kept on one line (deep enough for code nested in lists). */
export const MAX_INDENT = 80;
/** A chunk closes at the first safe boundary past this many characters. */
export const CHUNK_TARGET = 4 * 1024;
/** …or at a heading once it holds this much: short sections share a chunk, as each chunk costs a component and a parse. */
export const CHUNK_MIN_AT_HEADING = 1024;
/** Private-use characters: a user's own text will not contain this sentinel by accident. */
export const TOC_SENTINEL = '\uE000toc\uE000';

export interface PreparedMarkdown {
  readonly chunks: readonly string[];
  /** Link reference definitions (`[id]: url`): each chunk gets those it refers to, so references resolve across chunks. */
  readonly definitions: readonly Definition[];
  readonly headings: readonly OutlineEntry[];
}

export interface Definition {
  /** The label in lower case, as a chunk's text is searched for it. */
  readonly label: string;
  readonly line: string;
}

export interface OutlineEntry {
  readonly level: number;
  readonly text: string;
  /** The heading's id, unique in the document (`x`, `x-1`, …). */
  readonly slug: string;
  /** slugify(text): how the renderer finds this entry again for a heading it draws. */
  readonly base: string;
  /** Which chunk the heading is in. */
  readonly chunk: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const NESTING_PREFIX = /^(?: {0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?)+/;
const ADMONITION = /^(!!!|\?\?\?\+?)[ \t]+([A-Za-z][\w-]*)(?:[ \t]+"([^"]*)")?[ \t]*$/;
const TOC_LINE = /^[ \t]*(?:\[TOC\]|\[\[_TOC_\]\])[ \t]*$/i;
/** `[id]: url`, not `[^id]: text` (a footnote, drawn where it is written: see footnotes.ts). */
const DEFINITION = /^ {0,3}\[([^\]\n^][^\]\n]{0,199})\]:[ \t]*\S/;
const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
/**
 * A line none of the checks below applies to: prose, or a list item with one marker (no
 * fence, admonition, [TOC], definition, heading or nesting to limit; little indentation).
 */
const PLAIN_LINE = /^ {0,3}(?:(?:[-*+]|\d{1,9}[.)])[ \t]+[^\s>*+\-\d]|[^\s`~!?[#>*+\-\d])/;
/** At most this many definitions travel with each chunk; more is not a runbook. */
const MAX_DEFINITIONS = 500;

interface FenceState {
  marker: string | null;
}

/** Updates `state` for `line`; true when the line is part of a fence (its opening and closing lines too). */
function inFence(line: string, state: FenceState): boolean {
  const match = FENCE.exec(line);
  if (state.marker !== null) {
    if (match?.[1] && match[1][0] === state.marker[0] && match[1].length >= state.marker.length && line.trim() === match[1]) state.marker = null;
    return true;
  }
  if (match?.[1]) {
    // A backtick fence's info string may not contain a backtick; then it is not a fence.
    if (match[1][0] === '`' && line.slice(line.indexOf(match[1]) + match[1].length).includes('`')) return false;
    state.marker = match[1];
    return true;
  }
  return false;
}

/** Keeps the first MAX_LINE_NESTING quote/list markers of a line's prefix, and at most MAX_INDENT of indentation. */
export function limitNesting(line: string): string {
  // Lists nest by indentation too: thousands of columns of it is an attack, not a runbook.
  const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
  if (indent > MAX_INDENT) line = line.slice(0, MAX_INDENT) + line.slice(indent);
  const match = NESTING_PREFIX.exec(line);
  // Each marker is at least one character: a short prefix cannot hold too many (the usual list item).
  if (!match || match[0].length <= MAX_LINE_NESTING) return line;
  const markers = match[0].match(/(?: {0,3}(?:>|[-*+]|\d{1,9}[.)])[ \t]?)/g) ?? [];
  if (markers.length <= MAX_LINE_NESTING) return line;
  return markers.slice(0, MAX_LINE_NESTING).join('') + line.slice(match[0].length);
}

const ASCII = /^[\x20-\x7e]*$/;

/** "Check the DB: *now*" → "check-the-db-now"; the same for the outline and heading ids. */
export function slugify(text: string): string {
  const stripped = text.toLowerCase().replace(/[`*_~[\]()!<>]/g, '');
  // Plain ASCII (nearly every heading) needs no Unicode classes, which are several times slower; same result.
  const slug = (ASCII.test(stripped) ? stripped.replace(/[^a-z0-9]+/g, '-') : stripped.replace(/[^\p{L}\p{N}]+/gu, '-'))
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'section' : slug.slice(0, 80);
}

/** Gives repeated headings distinct ids (`x`, `x-1`, `x-2`) from their slugify(text), in document order. */
export function createSlugger(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

/** Heading text as a reader sees it: link targets, emphasis and code ticks removed. */
export function plainHeading(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_~]/g, '')
    .trim();
}

/** Turns an admonition starting at `lines[start]` into quoted lines; returns them and the next index. */
function admonition(lines: readonly string[], start: number, match: RegExpExecArray): { out: string[]; next: number } {
  const kind = match[2] ?? 'note';
  const title = match[3] ?? '';
  const out = [`> [!${kind}]${title ? ` ${title}` : ''}`];
  let index = start + 1;
  let pendingBlank = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      pendingBlank++;
      index++;
      continue;
    }
    const body = /^(?: {4}|\t)(.*)$/.exec(line);
    if (!body) break;
    for (; pendingBlank > 0; pendingBlank--) out.push('>');
    out.push(`> ${limitNesting(body[1] ?? '')}`);
    index++;
  }
  // Blank lines after the body stay outside the quote, and end it.
  return { out: [...out, ...Array<string>(pendingBlank).fill('')], next: index };
}

/** True where a new chunk may start: nothing before it can change how it parses. */
function startsTopLevelBlock(line: string): boolean {
  return line !== '' && !/^[ \t>]/.test(line) && !/^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line) && !/^[=-]+[ \t]*$/.test(line);
}

/** YAML front matter is data the core already read (title, tags, checks): not part of the text to show. */
export function stripFrontMatter(lines: string[]): string[] {
  if (lines[0]?.trimEnd() !== '---') return lines;
  const end = lines.findIndex((line, index) => index > 0 && (line.trimEnd() === '---' || line.trimEnd() === '...'));
  if (end === -1) return lines;
  // A document may also open with a thematic break: only YAML-looking content (`key: value`) is front matter.
  const first = lines.slice(1, end).find((line) => line.trim() !== '');
  return first === undefined || /^[\w-]+\s*:/.test(first) ? lines.slice(end + 1) : lines;
}

export function prepareMarkdown(source: string): PreparedMarkdown {
  const lines = stripFrontMatter(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n'));
  const fence: FenceState = { marker: null };
  const slug = createSlugger();
  const chunks: string[] = [];
  const definitions: Definition[] = [];
  const headings: OutlineEntry[] = [];
  let current: string[] = [];
  let size = 0;
  let previousBlank = false;

  const push = (line: string) => {
    current.push(line);
    size += line.length + 1;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    // Most lines are prose: one test, instead of the six below (a 1 MB runbook has ~30,000 lines).
    if (fence.marker === null && PLAIN_LINE.test(line)) {
      if (previousBlank && size >= CHUNK_TARGET && startsTopLevelBlock(line)) {
        chunks.push(current.join('\n'));
        current = [];
        size = 0;
      }
      push(line);
      previousBlank = false;
      continue;
    }
    const wasInFence = fence.marker !== null;
    if (inFence(line, fence) || wasInFence) {
      push(line);
      previousBlank = false;
      continue;
    }
    // Headings also start chunks, so an edit in one section leaves the other sections' chunks (and their parses) as they were.
    if (previousBlank && (size >= CHUNK_TARGET || (size >= CHUNK_MIN_AT_HEADING && line.startsWith('#'))) && startsTopLevelBlock(line)) {
      chunks.push(current.join('\n'));
      current = [];
      size = 0;
    }
    const admonitionMatch = ADMONITION.exec(line);
    if (admonitionMatch) {
      const { out, next } = admonition(lines, index, admonitionMatch);
      out.forEach(push);
      index = next - 1;
      previousBlank = out.at(-1) === '';
      continue;
    }
    if (TOC_LINE.test(line)) {
      push(TOC_SENTINEL);
      previousBlank = false;
      continue;
    }
    const definition = DEFINITION.exec(line);
    if (definition?.[1] && definitions.length < MAX_DEFINITIONS) definitions.push({ label: definition[1].trim().toLowerCase(), line: line.trim() });
    const heading = ATX_HEADING.exec(line);
    if (heading?.[1]) {
      const text = plainHeading(heading[2] ?? '');
      const base = slugify(text);
      headings.push({ level: heading[1].length, text, slug: slug(base), base, chunk: chunks.length });
    }
    push(limitNesting(line));
    previousBlank = line.trim() === '';
  }
  if (current.length > 0) chunks.push(current.join('\n'));
  return { chunks, definitions, headings };
}

/** The definition lines a chunk refers to (`[label]` appears in it, in any case): parsing all of them with every chunk would cost more than the chunk. */
export function definitionsFor(chunk: string, definitions: readonly Definition[]): string {
  if (definitions.length === 0) return '';
  const lower = chunk.toLowerCase();
  return definitions
    .filter((definition) => lower.includes(`[${definition.label}]`))
    .map((definition) => definition.line)
    .join('\n');
}
