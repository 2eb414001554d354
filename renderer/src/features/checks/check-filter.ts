import type { CheckSummary } from '../../../../electron/shared/contract.ts';
import { checkTarget, displayStatus, kindLabel, STATUS_LABELS, type DisplayStatus } from './check-format.ts';

export type StatusFilter = 'all' | 'problems' | DisplayStatus;

export const FILTERS: ReadonlyArray<{ readonly id: StatusFilter; readonly label: string }> = [
  { id: 'all', label: 'All' },
  { id: 'problems', label: 'Not up' },
  ...(['critical', 'warning', 'unknown', 'never', 'up'] as const).map((id) => ({ id, label: STATUS_LABELS[id] })),
];

export function matchesStatus(check: CheckSummary, filter: StatusFilter): boolean {
  const status = displayStatus(check);
  if (filter === 'all') return true;
  if (filter === 'problems') return status === 'warning' || status === 'critical' || status === 'unknown';
  return status === filter;
}

/** Every word must appear in the name, the kind or the target (URL, host, DNS name). */
export function matchesQuery(check: CheckSummary, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return true;
  const haystack = `${check.name} ${check.kind} ${kindLabel(check.kind)} ${checkTarget(check.config)}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export function countByFilter(checks: readonly CheckSummary[]): Record<StatusFilter, number> {
  return Object.fromEntries(FILTERS.map((filter) => [filter.id, checks.filter((check) => matchesStatus(check, filter.id)).length])) as Record<
    StatusFilter,
    number
  >;
}
