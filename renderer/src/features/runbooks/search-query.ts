/**
 * The list page's search: free text plus tag/service chips, sent to `runbooks.search` as
 * one query (`tag:x service:y` are filters the core understands), and the snippets it
 * answers, whose matches arrive between \u0002 and \u0003 rather than as HTML.
 */
import type { RunbookSummary } from '../../../../electron/shared/contract.ts';

export interface Filters {
  readonly tags: readonly string[];
  readonly services: readonly string[];
}

export const NO_FILTERS: Filters = { tags: [], services: [] };

/** A filter value with spaces or quotes is quoted, so `tag:"on call"` stays one filter. */
function filterTerm(name: string, value: string): string {
  return /^[^\s"]+$/.test(value) ? `${name}:${value}` : `${name}:"${value.replace(/"/g, '')}"`;
}

export function buildSearchQuery(text: string, filters: Filters): string {
  const terms = [text.trim(), ...filters.tags.map((tag) => filterTerm('tag', tag)), ...filters.services.map((service) => filterTerm('service', service))];
  return terms.filter((term) => term !== '').join(' ').slice(0, 500);
}

/** Every tag and service in use, most used first, for the filter chips. */
export function chipsFrom(summaries: readonly RunbookSummary[]): Filters {
  const count = (values: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
  };
  return { tags: count(summaries.flatMap((entry) => entry.tags)), services: count(summaries.flatMap((entry) => entry.services)) };
}

/** With no text, the chips filter the list in the window: no round trip, and nothing hidden by ranking. */
export function matchesFilters(summary: RunbookSummary, filters: Filters): boolean {
  return filters.tags.every((tag) => summary.tags.includes(tag)) && filters.services.every((service) => summary.services.includes(service));
}

export function toggle(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((entry) => entry !== value) : [...values, value];
}

export interface SnippetPart {
  readonly text: string;
  readonly match: boolean;
}

const OPEN = '\u0002';
const CLOSE = '\u0003';

/** Splits a snippet at its markers; a marker without its partner is dropped, never shown. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let buffer = '';
  const flush = () => {
    if (buffer !== '') parts.push({ text: buffer, match });
    buffer = '';
  };
  for (const char of snippet) {
    if (char === OPEN || char === CLOSE) {
      flush();
      match = char === OPEN;
    } else {
      buffer += char;
    }
  }
  flush();
  // A match opened and never closed ends the snippet: show it highlighted all the same.
  return parts;
}
