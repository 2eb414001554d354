import { compileGlob } from './glob.ts';
import { closest } from './suggest.ts';
import { OPERATORS, type Operand, type Operator, type PathSegment, type PlaceholderOperand } from './types.ts';

/** Raised inside the parser only; `parseCondition` turns it into `{ ok: false, error }`. */
export class SyntaxFailure extends Error {
  readonly position: number;

  constructor(position: number, reason: string) {
    super(reason);
    this.name = 'SyntaxFailure';
    this.position = position;
  }
}

/** The text being parsed and how far the parser has read. */
export interface Cursor {
  readonly text: string;
  position: number;
}

/** Which side of the operator an operand is on: the right one runs to the end of the line. */
export type OperandSide = 'left' | 'right';

const FUNCTIONS = ['len', 'has', 'pat', 'any'] as const;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const SPACE = /\s/;
// Placeholder names: Gatus's upper-case ones and ours, e.g. cpu_percent or disk_percent:/.
const NAME_CHAR = /[A-Za-z0-9_:/.-]/;
// A JSON key runs to the next step or to anything that cannot be part of one here.
const NOT_KEY_CHAR = /[\s.[\]()=<>!]/;

function isSpace(char: string | undefined): boolean {
  return char !== undefined && SPACE.test(char);
}

/** Moves the cursor past spaces, tabs and line breaks. */
export function skipSpaces(cursor: Cursor): void {
  while (isSpace(cursor.text[cursor.position])) cursor.position += 1;
}

/** The text at `position` for an error message: the next word, quoted and cut short. */
export function foundAt(text: string, position: number): string {
  if (position >= text.length) return 'the end of the condition';
  let end = position;
  while (end < text.length && !isSpace(text[end]) && end - position < 20) end += 1;
  return `'${text.slice(position, Math.max(end, position + 1))}'`;
}

/** Index of the last character that is not a space, plus one. */
export function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1])) end -= 1;
  return end;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function parsePath(text: string, from: number, path: PathSegment[]): number {
  let index = from;
  for (;;) {
    if (text[index] === '.') {
      const keyStart = index + 1;
      let keyEnd = keyStart;
      while (keyEnd < text.length && !NOT_KEY_CHAR.test(text[keyEnd] as string)) keyEnd += 1;
      if (keyEnd === keyStart) throw new SyntaxFailure(keyStart, `expected a key after the . at ${index}, e.g. [BODY].status`);
      path.push({ kind: 'key', key: text.slice(keyStart, keyEnd) });
      index = keyEnd;
    } else if (text[index] === '[') {
      let end = index + 1;
      while (isDigit(text[end])) end += 1;
      if (end === index + 1) {
        if (end >= text.length) throw new SyntaxFailure(index, `unclosed [ at ${index}`);
        throw new SyntaxFailure(end, `expected an array index (a whole number such as 0) after the [ at ${index}, found ${foundAt(text, end)}`);
      }
      if (text[end] !== ']') throw new SyntaxFailure(index, `unclosed [ at ${index} — an array index ends with ], e.g. [0]`);
      path.push({ kind: 'index', index: Number(text.slice(index + 1, end)) });
      index = end + 1;
    } else {
      return index;
    }
  }
}

/** `[NAME]` followed by `.key` and `[index]` steps. The cursor is on the `[`. */
export function parsePlaceholder(cursor: Cursor): PlaceholderOperand {
  const { text } = cursor;
  const start = cursor.position;
  let index = start + 1;
  while (index < text.length && NAME_CHAR.test(text[index] as string)) index += 1;
  if (text[index] !== ']') {
    if (index >= text.length || isSpace(text[index])) throw new SyntaxFailure(start, `unclosed [ at ${start} — a placeholder ends with ], e.g. [STATUS]`);
    throw new SyntaxFailure(index, `unexpected '${text[index]}' in the placeholder name at ${index}; names use letters, digits, _ : / . and -`);
  }
  if (index === start + 1) throw new SyntaxFailure(start, `empty placeholder [] at ${start} — name a value, e.g. [STATUS] or [BODY]`);
  const path: PathSegment[] = [];
  const end = parsePath(text, index + 1, path);
  cursor.position = end;
  return { kind: 'placeholder', text: text.slice(start, end), name: text.slice(start + 1, index), path };
}

/** The `)` that closes the `(` at `open`, counting nested pairs; -1 when there is none. */
function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '(') depth += 1;
    else if (text[index] === ')') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

function splitOptions(inner: string, offset: number): string[] {
  const options: string[] = [];
  let start = 0;
  for (let index = 0; index <= inner.length; index += 1) {
    if (index < inner.length && inner[index] !== ',') continue;
    const option = inner.slice(start, index).trim();
    if (option === '') throw new SyntaxFailure(offset + start, `empty value in any( at ${offset + start} — separate values with commas, e.g. any(200, 429)`);
    options.push(option);
    start = index + 1;
  }
  return options;
}

function parseFunction(cursor: Cursor, name: string, side: OperandSide): Operand {
  const { text } = cursor;
  const start = cursor.position;
  const open = start + name.length;
  if (name === 'len' || name === 'has') {
    cursor.position = open + 1;
    skipSpaces(cursor);
    if (cursor.position >= text.length) throw new SyntaxFailure(start, `unclosed ${name}( at ${start} — expected a placeholder and )`);
    if (text[cursor.position] !== '[') throw new SyntaxFailure(cursor.position, `${name}( needs a placeholder inside, e.g. ${name}([BODY].items)`);
    const target = parsePlaceholder(cursor);
    skipSpaces(cursor);
    if (cursor.position >= text.length) throw new SyntaxFailure(start, `unclosed ${name}( at ${start} — expected ) after ${target.text}`);
    if (text[cursor.position] !== ')') {
      throw new SyntaxFailure(cursor.position, `expected ) to close ${name}( at ${start}, found ${foundAt(text, cursor.position)}`);
    }
    cursor.position += 1;
    return { kind: name, text: text.slice(start, cursor.position), target };
  }
  if (name === 'pat' || name === 'any') {
    // On the right, like Gatus, the argument runs to the last ) of the line, so a
    // pattern may hold unbalanced parentheses: `[BODY] == pat(*:-)*)`.
    const last = trimmedEnd(text) - 1;
    const close = side === 'right' ? (text[last] === ')' && last > open ? last : -1) : matchingClose(text, open);
    if (close < 0) throw new SyntaxFailure(start, `unclosed ${name}( at ${start} — expected )`);
    const inner = text.slice(open + 1, close);
    cursor.position = close + 1;
    const operandText = text.slice(start, close + 1);
    if (name === 'any') return { kind: 'any', text: operandText, options: splitOptions(inner, open + 1) };
    const compiled = compileGlob(inner);
    if (!compiled.ok) throw new SyntaxFailure(open + 1 + compiled.offset, `${compiled.reason}, at ${open + 1 + compiled.offset}`);
    return { kind: 'pat', text: operandText, pattern: inner };
  }
  const suggestion = closest(name, FUNCTIONS);
  const hint = suggestion === null ? 'the functions are len(, has(, pat( and any(' : `did you mean ${suggestion}(?`;
  throw new SyntaxFailure(start, `unknown function ${name}( — ${hint}`);
}

function isOperatorStart(text: string, index: number): boolean {
  const char = text[index];
  return char === '=' || char === '<' || char === '>' || (char === '!' && text[index + 1] === '=');
}

function parseLiteral(cursor: Cursor, side: OperandSide): Operand {
  const { text } = cursor;
  const start = cursor.position;
  if (side === 'right') {
    // Like Gatus, a value on the right is the rest of the line: `[BODY].message == all good`.
    const end = trimmedEnd(text);
    let index = start;
    while (index < end) {
      let wordEnd = index;
      while (wordEnd < end && !isSpace(text[wordEnd])) wordEnd += 1;
      const word = text.slice(index, wordEnd);
      if (index > start && OPERATORS.includes(word as Operator)) {
        throw new SyntaxFailure(index, `a condition has one operator; found another ${word} at ${index} — write one condition per line`);
      }
      index = wordEnd;
      while (index < end && isSpace(text[index])) index += 1;
    }
    cursor.position = end;
    return { kind: 'literal', text: text.slice(start, end) };
  }
  let end = start;
  while (end < text.length && !isSpace(text[end]) && !isOperatorStart(text, end)) end += 1;
  if (end === start) {
    throw new SyntaxFailure(start, `expected a placeholder such as [STATUS], a function such as len( or a value at ${start}, found ${foundAt(text, start)}`);
  }
  cursor.position = end;
  return { kind: 'literal', text: text.slice(start, end) };
}

/** One side of a condition: a placeholder, a function call or a literal value. */
export function parseOperand(cursor: Cursor, side: OperandSide): Operand {
  const { text, position } = cursor;
  if (text[position] === '[') return parsePlaceholder(cursor);
  IDENTIFIER.lastIndex = position;
  const word = IDENTIFIER.exec(text)?.[0];
  if (word !== undefined && text[position + word.length] === '(') return parseFunction(cursor, word, side);
  return parseLiteral(cursor, side);
}
