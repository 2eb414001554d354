import { foundAt, parseOperand, skipSpaces, SyntaxFailure, trimmedEnd, type Cursor } from './parse-operand.ts';
import { parseNumberOrDuration } from './scalar.ts';
import { closest } from './suggest.ts';
import type { Condition, Operand, Operator, ParseConditionResult } from './types.ts';

/**
 * Longest condition accepted. A condition is one line; this is far past any real one and
 * bounds the cost of matching a `pat()` against a megabyte body.
 */
export const MAX_CONDITION_LENGTH = 4096;

const OPERATOR_LIST = '(==, !=, <, <=, >, >=)';

// What people type for an operator by habit from other languages, and what they meant.
const OPERATOR_HINTS: ReadonlyMap<string, Operator> = new Map([
  ['=', '=='],
  ['===', '=='],
  ['!', '!='],
  ['!==', '!='],
  ['<>', '!='],
  ['=!', '!='],
  ['=<', '<='],
  ['=>', '>='],
]);

// Gatus's own placeholders, for "did you mean [STATUS]?" when the brackets are missing.
const KNOWN_PLACEHOLDERS = ['STATUS', 'RESPONSE_TIME', 'BODY', 'CONNECTED', 'CERTIFICATE_EXPIRATION', 'DOMAIN_EXPIRATION', 'DNS_RCODE', 'IP'];

function readOperator(cursor: Cursor, left: Operand): Operator {
  const { text, position } = cursor;
  const two = text.slice(position, position + 2);
  const operator: Operator | null =
    two === '==' || two === '!=' || two === '<=' || two === '>=' ? two : text[position] === '<' || text[position] === '>' ? (text[position] as Operator) : null;
  let run = position;
  while (run < text.length && run - position < 3 && '=!<>'.includes(text[run] as string)) run += 1;
  if (operator !== null && run === position + operator.length) {
    cursor.position = run;
    return operator;
  }
  const expected = `expected an operator ${OPERATOR_LIST} after ${left.text}`;
  if (position >= text.length) throw new SyntaxFailure(position, expected);
  const typed = text.slice(position, run);
  const hint = OPERATOR_HINTS.get(typed);
  if (hint !== undefined) {
    throw new SyntaxFailure(position, `${expected}, found '${typed}' — did you mean ${hint}?`);
  }
  throw new SyntaxFailure(position, `${expected}, found ${run > position ? `'${typed}'` : foundAt(text, position)}`);
}

function readsValue(operand: Operand): boolean {
  return operand.kind === 'placeholder' || operand.kind === 'len' || operand.kind === 'has';
}

/** Checks that need both sides: what may be compared with what, and how. */
function checkComparison(left: Operand, leftAt: number, operator: Operator, right: Operand, rightAt: number): void {
  if ((left.kind === 'pat' || left.kind === 'any') && (right.kind === 'pat' || right.kind === 'any')) {
    throw new SyntaxFailure(rightAt, `${right.kind}( cannot be compared with ${left.kind}(; compare it with a placeholder such as [BODY]`);
  }
  if (!readsValue(left) && !readsValue(right)) {
    const suggestion = left.kind === 'literal' ? closest(left.text, KNOWN_PLACEHOLDERS) : null;
    const hint = suggestion === null ? '' : ` — did you mean [${suggestion}]?`;
    throw new SyntaxFailure(leftAt, `neither side reads the check's result: compare a placeholder such as [STATUS] or len([BODY]) with a value${hint}`);
  }
  if (operator === '==' || operator === '!=') return;
  for (const [operand, at] of [
    [left, leftAt],
    [right, rightAt],
  ] as const) {
    if (operand.kind === 'pat' || operand.kind === 'any') {
      throw new SyntaxFailure(at, `${operand.kind}( only works with == and !=, not ${operator}`);
    }
    if (operand.kind === 'has') throw new SyntaxFailure(at, `has( is true or false; compare it with == or !=, not ${operator}`);
    if (operand.kind === 'literal' && parseNumberOrDuration(operand.text) === null) {
      throw new SyntaxFailure(at, `${operator} compares numbers: expected a number or a duration (e.g. 300, 1.5, 500ms, 48h, 7d), found '${operand.text.slice(0, 40)}'`);
    }
  }
}

function parse(text: string): Condition {
  const cursor: Cursor = { text, position: 0 };
  skipSpaces(cursor);
  if (cursor.position >= text.length) throw new SyntaxFailure(0, 'the condition is empty; write e.g. [STATUS] == 200');
  const leftAt = cursor.position;
  const left = parseOperand(cursor, 'left');
  skipSpaces(cursor);
  const operator = readOperator(cursor, left);
  skipSpaces(cursor);
  if (cursor.position >= text.length) throw new SyntaxFailure(cursor.position, `expected a value after ${operator}, e.g. ${left.text} ${operator} 200`);
  const rightAt = cursor.position;
  const right = parseOperand(cursor, 'right');
  skipSpaces(cursor);
  if (cursor.position < text.length) {
    throw new SyntaxFailure(cursor.position, `unexpected ${foundAt(text, cursor.position)} after ${right.text}; a condition is two sides and one operator`);
  }
  checkComparison(left, leftAt, operator, right, rightAt);
  return { text: text.slice(leftAt, trimmedEnd(text)), left, operator, right };
}

/**
 * Parses one condition in Gatus's syntax (`[STATUS] == 200`, `len([BODY].items) < 5`,
 * `[BODY].name == pat(john*)`, `[CERTIFICATE_EXPIRATION] > 48h`, …). Call it once when
 * the check is saved; evaluation then never re-reads the text. On failure, `position` is
 * the 0-based index of the problem in `text` and `reason` is a sentence for the user.
 */
export function parseCondition(text: string): ParseConditionResult {
  if (text.length > MAX_CONDITION_LENGTH) {
    return {
      ok: false,
      error: { position: MAX_CONDITION_LENGTH, reason: `the condition is ${text.length} characters long; the limit is ${MAX_CONDITION_LENGTH}` },
    };
  }
  try {
    return { ok: true, condition: parse(text) };
  } catch (error) {
    if (error instanceof SyntaxFailure) return { ok: false, error: { position: error.position, reason: error.message } };
    throw error;
  }
}
