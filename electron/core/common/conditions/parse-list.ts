import { parseCondition } from './parse.ts';
import type { Condition } from './types.ts';

/** One line of a condition list that did not parse, for a save form to show next to it. */
export interface ConditionFieldError {
  /** `field[index]`, e.g. `conditions.critical[2]`. */
  readonly field: string;
  readonly index: number;
  /** 0-based index of the problem within that line. */
  readonly position: number;
  readonly reason: string;
  /** `field[index] at position: reason`, for places that show one string. */
  readonly message: string;
}

export type ParseConditionsResult =
  | { readonly ok: true; readonly conditions: Condition[] }
  | { readonly ok: false; readonly errors: ConditionFieldError[] };

/**
 * Parses every line of a condition list and reports every bad line, not just the first,
 * so the user can fix them all in one pass. `field` names the list in the form.
 */
export function parseConditions(texts: readonly string[], field: string): ParseConditionsResult {
  const conditions: Condition[] = [];
  const errors: ConditionFieldError[] = [];
  texts.forEach((text, index) => {
    const parsed = parseCondition(text);
    if (parsed.ok) {
      conditions.push(parsed.condition);
      return;
    }
    const name = `${field}[${index}]`;
    const { position, reason } = parsed.error;
    errors.push({ field: name, index, position, reason, message: `${name} at ${position}: ${reason}` });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, conditions };
}
