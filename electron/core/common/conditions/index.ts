/**
 * The condition language: Gatus's syntax (so Gatus endpoints can be pasted), plus
 * placeholders for our other check types and a `d` unit for durations. See README.md
 * in this folder for the language and where it differs from Gatus.
 */
export type {
  AnyOperand,
  Condition,
  ConditionResult,
  ConditionSyntaxError,
  FunctionOperand,
  LiteralOperand,
  Operand,
  Operator,
  ParseConditionResult,
  PathSegment,
  PatternOperand,
  PlaceholderOperand,
} from './types.ts';
export { OPERATORS } from './types.ts';
export { MAX_CONDITION_LENGTH, parseCondition } from './parse.ts';
export { parseConditions, type ConditionFieldError, type ParseConditionsResult } from './parse-list.ts';
export { evaluateCondition, evaluateConditions } from './evaluate.ts';
export { evaluateTiers, type ConditionTier, type ConditionTiers, type TierVerdict } from './tiers.ts';
export { createJsonCache, type JsonCache } from './json-path.ts';
export { formatDuration, parseDuration } from './duration.ts';
export { compileGlob, matchGlob, type Glob } from './glob.ts';
