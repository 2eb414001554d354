import type { CheckValues } from '../checks/outcome.ts';
import { matchGlob } from './glob.ts';
import { createJsonCache, type JsonCache } from './json-path.ts';
import { resolveOperand, textOf, type ResolveContext, type Side } from './resolve.ts';
import { parseNumberOrDuration, textsEqual } from './scalar.ts';
import type { Condition, ConditionResult, Operand, Operator } from './types.ts';

function describeSide(operand: Operand, side: Side, note: string | undefined): string {
  if (side.kind === 'missing') return `${operand.text} (${side.why})`;
  if (side.kind !== 'value') return operand.text;
  const shown = side.shown === null ? note : note === undefined ? side.shown : `${side.shown}: ${note}`;
  return shown === undefined ? operand.text : `${operand.text} (${shown})`;
}

type Verdict = { readonly passed: boolean; readonly leftNote?: string; readonly rightNote?: string };

function equal(left: Side, right: Side): boolean | null {
  if (left.kind === 'pattern' || left.kind === 'any') return right.kind === 'value' ? equal(right, left) : null;
  if (left.kind !== 'value') return null;
  const text = textOf(left.value);
  if (text === null) return null;
  if (right.kind === 'pattern') return matchGlob(right.glob, text);
  if (right.kind === 'any') return right.options.some((option) => textsEqual(text, option));
  if (right.kind !== 'value') return null;
  const other = textOf(right.value);
  return other === null ? null : textsEqual(text, other);
}

function numberOf(side: Side): number | null {
  if (side.kind !== 'value') return null;
  if (typeof side.value === 'number') return side.value;
  return typeof side.value === 'string' ? parseNumberOrDuration(side.value) : null;
}

function compareNumbers(operator: Operator, left: number, right: number): boolean {
  switch (operator) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    case '==':
      return left === right;
    case '!=':
      return left !== right;
  }
}

function judge(operator: Operator, left: Side, right: Side): Verdict {
  // A value that is not there fails every comparison, `!=` included: "the field is
  // missing" must never read as "the field is not 'error'".
  if (left.kind === 'missing' || right.kind === 'missing') return { passed: false };
  if (operator === '==' || operator === '!=') {
    const same = equal(left, right);
    if (same === null) return { passed: false };
    return { passed: operator === '==' ? same : !same };
  }
  const first = numberOf(left);
  const second = numberOf(right);
  if (first === null || second === null) {
    return {
      passed: false,
      ...(first === null ? { leftNote: 'not a number' } : {}),
      ...(second === null ? { rightNote: 'not a number' } : {}),
    };
  }
  return { passed: compareNumbers(operator, first, second) };
}

function evaluateWith(condition: Condition, context: ResolveContext): ConditionResult {
  const left = resolveOperand(condition.left, context);
  const right = resolveOperand(condition.right, context);
  const verdict = judge(condition.operator, left, right);
  const leftText = describeSide(condition.left, left, verdict.leftNote);
  const rightText = describeSide(condition.right, right, verdict.rightNote);
  return { passed: verdict.passed, description: `${leftText} ${condition.operator} ${rightText}` };
}

/**
 * Evaluates one parsed condition against a check's values. Never throws: a missing value
 * or JSON path fails the condition and the description says what was missing. The
 * description is Gatus's result line with the actual value in parentheses, e.g.
 * `[STATUS] (503) == 200` or `[BODY].data.name (no such path) == john`.
 * Pass the same `cache` to every condition of one run so BODY is parsed once.
 */
export function evaluateCondition(condition: Condition, values: CheckValues, cache: JsonCache = createJsonCache()): ConditionResult {
  return evaluateWith(condition, { values, json: cache });
}

/** Evaluates a list of conditions against one set of values, parsing BODY at most once. */
export function evaluateConditions(conditions: readonly Condition[], values: CheckValues, cache: JsonCache = createJsonCache()): ConditionResult[] {
  const context: ResolveContext = { values, json: cache };
  return conditions.map((condition) => evaluateWith(condition, context));
}

