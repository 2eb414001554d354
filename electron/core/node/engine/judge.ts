import { type CheckOutcome, STATUS_SEVERITY } from '../../common/checks/outcome.ts';
import { evaluateTiers, type Condition, type ConditionTiers, type Operand } from '../../common/conditions/index.ts';

const namesStatus = (operand: Operand): boolean =>
  (operand.kind === 'placeholder' && operand.name.toUpperCase() === 'STATUS') ||
  ((operand.kind === 'len' || operand.kind === 'has') && operand.target.name.toUpperCase() === 'STATUS');

/** Whether the user wrote their own rule about the HTTP status (as every Gatus endpoint does). */
export function conditionsJudgeStatus(tiers: ConditionTiers): boolean {
  return [...tiers.warning, ...tiers.critical].some((condition: Condition) => namesStatus(condition.left) || namesStatus(condition.right));
}

/** Runs with these errors measured nothing conditions could read; their own verdict stands. */
const UNMEASURED = new Set(['dns', 'connect', 'tls', 'timeout', 'body_too_large', 'config', 'command']);

/**
 * The final word on one run. The check type's verdict stands, made worse (never better)
 * by the user's warning and critical conditions, with one exception: when the conditions
 * say what the HTTP status must be, they replace the type's expected-status rule, so a
 * pasted Gatus endpoint with `[STATUS] == any(200, 429)` behaves as it did in Gatus.
 */
export function judge(outcome: CheckOutcome, tiers: ConditionTiers): CheckOutcome {
  if (tiers.warning.length === 0 && tiers.critical.length === 0) return outcome;
  if (outcome.errorClass && UNMEASURED.has(outcome.errorClass)) return outcome;
  const base: CheckOutcome =
    outcome.errorClass === 'http_status' && conditionsJudgeStatus(tiers)
      ? { ...outcome, status: 'up', errorClass: undefined, message: `HTTP ${String(outcome.values['STATUS'])}` }
      : outcome;
  const verdict = evaluateTiers(tiers, outcome.values);
  if (STATUS_SEVERITY[verdict.status] <= STATUS_SEVERITY[base.status]) return base;
  const failed = verdict.failed.map((failure) => failure.description).join('; ');
  return { ...base, status: verdict.status, errorClass: 'condition', message: `Condition failed: ${failed}` };
}
