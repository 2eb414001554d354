/**
 * The parsed form of one condition line such as `[STATUS] == 200`. Plain data (no
 * functions, no class instances) so it can be kept in memory between runs, sent over
 * IPC or written as JSON; `text` is what the user typed, kept for display.
 */
export interface Condition {
  readonly text: string;
  readonly left: Operand;
  readonly operator: Operator;
  readonly right: Operand;
}

/** The six comparisons Gatus knows; `<`, `<=`, `>`, `>=` compare numbers (or durations). */
export type Operator = '==' | '!=' | '<' | '<=' | '>' | '>=';

export const OPERATORS: readonly Operator[] = ['==', '!=', '<=', '>=', '<', '>'];

/** One step into a JSON value: `.key` on an object or `[index]` on an array. */
export type PathSegment = { readonly kind: 'key'; readonly key: string } | { readonly kind: 'index'; readonly index: number };

/** `[NAME]` with an optional JSON path, e.g. `[BODY].data[0].id`. */
export interface PlaceholderOperand {
  readonly kind: 'placeholder';
  /** The operand as typed, e.g. `[BODY].data[0].id`. */
  readonly text: string;
  /** The name between the brackets, as typed (looked up case-insensitively as a fallback). */
  readonly name: string;
  readonly path: readonly PathSegment[];
}

/** `len([BODY].items)` (a length) or `has([BODY].errors)` (true or false). */
export interface FunctionOperand {
  readonly kind: 'len' | 'has';
  readonly text: string;
  readonly target: PlaceholderOperand;
}

/** `pat(john*)`: a glob with `*`, `?`, `[a-z]` classes and `\` escapes. */
export interface PatternOperand {
  readonly kind: 'pat';
  readonly text: string;
  readonly pattern: string;
}

/** `any(200, 429)`: equal to one of the options. */
export interface AnyOperand {
  readonly kind: 'any';
  readonly text: string;
  readonly options: readonly string[];
}

/** Anything else: `200`, `UP`, `true`, `127.0.0.1`, `48h`. Interpreted when compared. */
export interface LiteralOperand {
  readonly kind: 'literal';
  readonly text: string;
}

export type Operand = PlaceholderOperand | FunctionOperand | PatternOperand | AnyOperand | LiteralOperand;

/** Where and why a condition could not be parsed; `position` is a 0-based index into the text. */
export interface ConditionSyntaxError {
  readonly position: number;
  readonly reason: string;
}

/** What `parseCondition` answers. */
export type ParseConditionResult =
  | { readonly ok: true; readonly condition: Condition }
  | { readonly ok: false; readonly error: ConditionSyntaxError };

/** One evaluated condition: whether it held and a line like `[STATUS] (503) == 200`. */
export interface ConditionResult {
  readonly passed: boolean;
  readonly description: string;
}
