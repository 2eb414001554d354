import type { PathSegment } from './types.ts';

/** A value JSON.parse can produce. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export type ParsedJson = { readonly ok: true; readonly value: JsonValue } | { readonly ok: false };

/**
 * Parses each distinct text at most once. One cache serves one evaluation batch (all the
 * conditions of one check run), so ten `[BODY].…` conditions over a megabyte of JSON
 * cost one JSON.parse, and a body that is not JSON is tried once.
 */
export interface JsonCache {
  parse(text: string): ParsedJson;
}

/** A fresh cache; let it go with the batch, it holds the parsed bodies. */
export function createJsonCache(): JsonCache {
  const parsed = new Map<string, ParsedJson>();
  return {
    parse(text) {
      let entry = parsed.get(text);
      if (entry === undefined) {
        try {
          entry = { ok: true, value: JSON.parse(text) as JsonValue };
        } catch {
          entry = { ok: false };
        }
        parsed.set(text, entry);
      }
      return entry;
    },
  };
}

/** What a path found: a value, nothing, or an explicit JSON null. */
export type PathLookup = { readonly found: true; readonly value: JsonValue } | { readonly found: false; readonly why: 'no such path' | 'null' };

function isObject(value: JsonValue): value is { readonly [key: string]: JsonValue } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Follows `.key` and `[index]` steps from `root`. Keys are looked up as own properties
 * only, so `[BODY].constructor` finds nothing rather than Object's constructor. A step
 * through a string, number or null finds nothing. Like Gatus, a JSON null at the end
 * counts as absent: `has()` is false for it and comparisons with it fail.
 */
export function walkPath(root: JsonValue, path: readonly PathSegment[]): PathLookup {
  let current: JsonValue = root;
  for (const segment of path) {
    if (segment.kind === 'key') {
      if (!isObject(current) || !Object.hasOwn(current, segment.key)) return { found: false, why: 'no such path' };
      current = current[segment.key] as JsonValue;
    } else {
      if (!Array.isArray(current) || segment.index >= current.length) return { found: false, why: 'no such path' };
      current = (current as readonly JsonValue[])[segment.index] as JsonValue;
    }
  }
  return current === null ? { found: false, why: 'null' } : { found: true, value: current };
}

/**
 * Minified JSON of an object or array, or null when it is nested too deeply for the
 * engine's recursive stringify (a hostile body can be 100,000 levels deep).
 */
export function stringifyJson(value: JsonValue): string | null {
  try {
    return JSON.stringify(value);
  } catch {
    return null;
  }
}
