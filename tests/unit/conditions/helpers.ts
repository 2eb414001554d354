import type { CheckValues } from '../../../electron/core/common/checks/outcome.ts';
import { evaluateCondition, parseCondition, type Condition, type ConditionResult, type ConditionSyntaxError } from '../../../electron/core/common/conditions/index.ts';

/** Parses a condition the test expects to be valid, failing loudly with the reason if not. */
export function parsed(text: string): Condition {
  const result = parseCondition(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got: ${result.error.reason} (at ${result.error.position})`);
  return result.condition;
}

/** The syntax error of a condition the test expects to be invalid. */
export function syntaxError(text: string): ConditionSyntaxError {
  const result = parseCondition(text);
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
  return result.error;
}

/** Parse and evaluate in one step. */
export function check(text: string, values: CheckValues): ConditionResult {
  return evaluateCondition(parsed(text), values);
}

/** A BODY value holding `value` as JSON. */
export function body(value: unknown): CheckValues {
  return { BODY: JSON.stringify(value) };
}
