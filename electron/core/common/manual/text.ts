/** Small string helpers shared by the scanner; every one is a single linear pass. */

/**
 * Lines of a document with any line ending (`\n`, `\r\n`, lone `\r`), a leading byte-order
 * mark removed and unpaired surrogates replaced by U+FFFD, so later slicing and JSON never
 * meet half a character.
 */
export function splitLines(markdown: string): string[] {
  const text = markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown;
  return wellFormed(text).split(/\r\n|\r|\n/);
}

/** True when the text holds a surrogate half without its partner. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

// A high half not followed by a low half, or a low half not preceded by a high half.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

function wellFormed(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATES, '\uFFFD') : text;
}

/** Leading whitespace of a line: its width in columns (tabs stop every 4) and its length. */
export function measureIndent(line: string): { readonly columns: number; readonly length: number } {
  let columns = 0;
  let length = 0;
  while (length < line.length) {
    const char = line[length];
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
    length += 1;
  }
  return { columns, length };
}

/**
 * Heading or label text as a reader sees it: emphasis markers and code ticks dropped,
 * `[text](url)` and `![alt](url)` reduced to their text, spaces collapsed.
 */
export function plainText(markdown: string): string {
  let out = '';
  let index = 0;
  // Where the next `)` is, remembered so a line full of `](` is still read once.
  let nextClose = -1;
  while (index < markdown.length) {
    const char = markdown[index] as string;
    if (char === '\\' && index + 1 < markdown.length) {
      out += markdown[index + 1];
      index += 2;
      continue;
    }
    if (char === '*' || char === '`') {
      index += 1;
      continue;
    }
    if (char === '_') {
      let end = index;
      while (markdown[end] === '_') end += 1;
      if (!isBoundary(markdown, index, end)) out += markdown.slice(index, end);
      index = end;
      continue;
    }
    if (char === '!' && markdown[index + 1] === '[') {
      index += 1;
      continue;
    }
    if (char === ']' && markdown[index + 1] === '(') {
      // Skip the link target up to its closing parenthesis, if it has one on this line.
      if (nextClose !== Infinity && nextClose < index + 2) {
        const found = markdown.indexOf(')', index + 2);
        nextClose = found === -1 ? Infinity : found;
      }
      index = nextClose === Infinity ? index + 1 : nextClose + 1;
      continue;
    }
    if (char !== '[') out += char;
    index += 1;
  }
  return out.replace(/\s+/g, ' ').trim();
}

// A run of `_` is emphasis only next to a non-word character; snake_case names keep theirs.
function isBoundary(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return before === undefined || after === undefined || !/\w/.test(before) || !/\w/.test(after);
}

/** The last segment of a `/` or `\` separated path, without its extension. */
export function fileStem(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const name = path.slice(cut + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** At most `limit` characters: vocabulary checks look at the start of huge headings only. */
export function clip(text: string, limit = 2_000): string {
  return text.length > limit ? text.slice(0, limit) : text;
}
