import type { CheckValues } from '../checks/outcome.ts';
import { formatDuration } from './duration.ts';
import { compileGlob, type Glob } from './glob.ts';
import { stringifyJson, walkPath, type JsonCache, type JsonValue } from './json-path.ts';
import { countCharacters, displayValue } from './scalar.ts';
import type { FunctionOperand, Operand, PlaceholderOperand } from './types.ts';

/** What one side of a condition turned into for this run. */
export type Side =
  | {
      readonly kind: 'value';
      readonly value: JsonValue;
      /** Shown in parentheses after the operand; null for a literal, which shows itself. */
      readonly shown: string | null;
    }
  | { readonly kind: 'missing'; readonly why: string }
  | { readonly kind: 'pattern'; readonly glob: Glob }
  | { readonly kind: 'any'; readonly options: readonly string[] };

/** The check's values and the per-batch JSON cache. */
export interface ResolveContext {
  readonly values: CheckValues;
  readonly json: JsonCache;
}

// Gatus shows these placeholders' milliseconds as durations in its result lines.
const DURATION_PLACEHOLDERS = new Set(['CERTIFICATE_EXPIRATION', 'DOMAIN_EXPIRATION']);

/**
 * The value named `name`: an exact match first, then a case-insensitive one, because
 * Gatus treats `[status]` and `[STATUS]` alike while our own names are lower case.
 */
export function lookupValue(values: CheckValues, name: string): string | number | boolean | null | undefined {
  if (Object.hasOwn(values, name)) return values[name];
  const wanted = name.toUpperCase();
  for (const key of Object.keys(values)) {
    if (key.toUpperCase() === wanted) return values[key];
  }
  return undefined;
}

/** Text of a resolved value as `==` and `pat()` see it; null when it cannot be written out. */
export function textOf(value: JsonValue): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return stringifyJson(value);
}

type Lookup = { readonly ok: true; readonly value: JsonValue; readonly atRoot: boolean } | { readonly ok: false; readonly why: string };

function lookup(operand: PlaceholderOperand, context: ResolveContext): Lookup {
  const raw = lookupValue(context.values, operand.name);
  if (raw === undefined || raw === null) return { ok: false, why: 'no value' };
  // Gatus trims the body before comparing; a trailing newline is never what was meant.
  if (operand.path.length === 0) return { ok: true, value: typeof raw === 'string' ? raw.trim() : raw, atRoot: true };
  if (typeof raw !== 'string') return { ok: false, why: `[${operand.name}] is not JSON` };
  const parsed = context.json.parse(raw);
  if (!parsed.ok) return { ok: false, why: `[${operand.name}] is not JSON` };
  const found = walkPath(parsed.value, operand.path);
  return found.found ? { ok: true, value: found.value, atRoot: false } : { ok: false, why: found.why };
}

function lengthOf(found: { readonly value: JsonValue; readonly atRoot: boolean }, context: ResolveContext): number | null {
  const { value } = found;
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'string') {
    // len([BODY]) counts the items of a body that is a JSON array, as Gatus does.
    if (found.atRoot && value.startsWith('[') && value.endsWith(']')) {
      const parsed = context.json.parse(value);
      if (parsed.ok && Array.isArray(parsed.value)) return parsed.value.length;
    }
    return countCharacters(value);
  }
  const text = textOf(value);
  return text === null ? null : countCharacters(text);
}

function resolveFunction(operand: FunctionOperand, context: ResolveContext): Side {
  const found = lookup(operand.target, context);
  if (operand.kind === 'has') {
    const present = found.ok && !(found.atRoot && typeof found.value === 'string' && found.value === '');
    return { kind: 'value', value: present, shown: String(present) };
  }
  if (!found.ok) return { kind: 'missing', why: found.why };
  const length = lengthOf(found, context);
  return length === null ? { kind: 'missing', why: 'too deeply nested to measure' } : { kind: 'value', value: length, shown: String(length) };
}

function shownValue(operand: PlaceholderOperand, value: JsonValue): string {
  if (typeof value === 'number' && operand.path.length === 0 && DURATION_PLACEHOLDERS.has(operand.name.toUpperCase())) {
    return formatDuration(value);
  }
  const text = textOf(value);
  return text === null ? 'deeply nested JSON' : displayValue(text);
}

/** Turns one operand into what the comparison needs, reading values and JSON lazily. */
export function resolveOperand(operand: Operand, context: ResolveContext): Side {
  switch (operand.kind) {
    case 'placeholder': {
      const found = lookup(operand, context);
      return found.ok ? { kind: 'value', value: found.value, shown: shownValue(operand, found.value) } : { kind: 'missing', why: found.why };
    }
    case 'len':
    case 'has':
      return resolveFunction(operand, context);
    case 'pat': {
      const compiled = compileGlob(operand.pattern);
      return compiled.ok ? { kind: 'pattern', glob: compiled.glob } : { kind: 'missing', why: compiled.reason };
    }
    case 'any':
      return { kind: 'any', options: operand.options };
    case 'literal':
      return { kind: 'value', value: operand.text, shown: null };
  }
}
