/**
 * The user's search text → a safe FTS5 MATCH expression plus filters. Raw user syntax
 * never reaches MATCH: every term is rebuilt as a double-quoted FTS5 string (quotes
 * doubled), so NEAR, AND, parentheses, `:`, `^` and `*` in the text are just characters.
 *
 * Understood: words (all must match), "quoted phrases", word* (prefix), -word (exclude),
 * tag:x and service:y (exact, case-insensitive; tag:"two words" too).
 */
import { highlightStems } from './snippet.ts';

export interface ParsedQuery {
  /** Null when there is nothing to match on (only filters, or nothing usable). */
  readonly match: string | null;
  readonly tags: string[];
  readonly services: string[];
  /** The positive terms as FTS5 strings, for narrowing a query to some columns. */
  readonly positive: string[];
  /** Word starts to highlight in snippets (the positive terms). */
  readonly highlight: string[];
}

/** More terms than this is not a search, it is a paste; the rest are ignored. */
const MAX_TERMS = 24;
const WORD = /[\p{L}\p{N}]/u;

interface Term {
  readonly text: string;
  readonly prefix: boolean;
  readonly negated: boolean;
}

export function parseSearchQuery(input: string): ParsedQuery {
  const terms: Term[] = [];
  const tags: string[] = [];
  const services: string[] = [];
  for (const token of tokenize(input)) {
    const filter = /^(tag|tags|service|services):(.*)$/is.exec(token.raw);
    if (filter !== null && !token.quoted) {
      const value = unquote(filter[2] as string).trim().toLowerCase();
      if (value !== '') ((filter[1] as string).toLowerCase().startsWith('tag') ? tags : services).push(value);
      continue;
    }
    let text = token.raw;
    let negated = false;
    let prefix = false;
    if (!token.quoted && text.startsWith('-') && text.length > 1) {
      negated = true;
      text = text.slice(1);
    }
    if (text.endsWith('*')) {
      prefix = true;
      text = text.replace(/\*+$/, '');
    }
    if (!token.quoted) text = unquote(text);
    if (!WORD.test(text)) continue;
    if (terms.length < MAX_TERMS) terms.push({ text, prefix, negated });
  }
  const positive = terms.filter((term) => !term.negated);
  return { match: buildMatch(terms), tags, services, positive: positive.map((term) => ftsString(term.text, term.prefix)), highlight: highlightStems(positive) };
}

/** `"a ""b"""*`: FTS5's string syntax, which its tokenizer splits into a phrase. */
export function ftsString(text: string, prefix: boolean): string {
  return `"${text.replace(/"/g, '""')}"${prefix ? '*' : ''}`;
}

function buildMatch(terms: readonly Term[]): string | null {
  const positive = terms.filter((term) => !term.negated).map((term) => ftsString(term.text, term.prefix));
  if (positive.length === 0) return null;
  // FTS5's NOT is binary ("a NOT b"), so exclusions hang off the positive terms.
  const negative = terms.filter((term) => term.negated).map((term) => ` NOT ${ftsString(term.text, term.prefix)}`);
  return positive.join(' AND ') + negative.join('');
}

interface Token {
  readonly raw: string;
  readonly quoted: boolean;
}

/** Splits on whitespace, keeping "quoted phrases" (and tag:"quoted values") whole; an unclosed quote runs to the end. */
function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  const text = input.slice(0, 500);
  while (index < text.length) {
    while (index < text.length && /\s/.test(text[index] as string)) index += 1;
    if (index >= text.length) break;
    if (text[index] === '"') {
      const close = text.indexOf('"', index + 1);
      const end = close === -1 ? text.length : close;
      const star = text[end + 1] === '*';
      tokens.push({ raw: text.slice(index + 1, end) + (star ? '*' : ''), quoted: true });
      index = end + 1 + (star ? 1 : 0);
      continue;
    }
    let end = index;
    let inQuote = false;
    while (end < text.length && (inQuote || !/\s/.test(text[end] as string))) {
      if (text[end] === '"') inQuote = !inQuote;
      end += 1;
    }
    tokens.push({ raw: text.slice(index, end), quoted: false });
    index = end;
  }
  return tokens;
}

function unquote(text: string): string {
  return text.replace(/"/g, '');
}
