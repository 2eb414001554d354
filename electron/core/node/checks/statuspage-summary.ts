import * as z from 'zod';
import type { CheckStatus, CheckValues } from '../../common/checks/outcome.ts';
import { clip } from './format.ts';

/** GET /api/v2/summary.json of a Statuspage page; only what the check reads. */
export const summaryAnswer = z.object({
  status: z.object({ indicator: z.string(), description: z.string() }),
  components: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        status: z.string(),
        // A group's status is already the worst of its members: listing both would name an outage twice.
        group: z.boolean().optional(),
      }),
    )
    .default([]),
  incidents: z.array(z.object({ name: z.string() })).default([]),
});

export type Summary = z.output<typeof summaryAnswer>;
export type Component = Summary['components'][number];

/**
 * The page's overall indicator. `major` is critical, as Statuspage's own colours say
 * (orange and red both mean "something is down"). Some pages report `maintenance`:
 * planned work, not an outage.
 */
const INDICATOR_STATUS: Readonly<Record<string, CheckStatus>> = { none: 'up', minor: 'warning', major: 'critical', critical: 'critical', maintenance: 'up' };

/**
 * A component's status. A partial outage is critical: part of the service does not work
 * at all, which is what the page's `major` indicator means too. Maintenance is planned
 * and announced: up, with the component named in the message.
 */
const COMPONENT_STATUS: Readonly<Record<string, CheckStatus>> = {
  operational: 'up',
  degraded_performance: 'warning',
  partial_outage: 'critical',
  major_outage: 'critical',
  under_maintenance: 'up',
};

const RANK: Readonly<Record<CheckStatus, number>> = { up: 0, unknown: 1, warning: 2, critical: 3 };

/** The worst of some statuses: critical, then warning, then unknown, then up. */
export function worstStatus(statuses: Iterable<CheckStatus>): CheckStatus {
  let worst: CheckStatus = 'up';
  for (const status of statuses) if (RANK[status] > RANK[worst]) worst = status;
  return worst;
}

/** What the check makes of an indicator; unknown for a value Statuspage does not document. */
export function indicatorStatus(indicator: string): CheckStatus {
  return INDICATOR_STATUS[indicator] ?? 'unknown';
}

/** What the check makes of a component's status; unknown for an undocumented one. */
export function componentStatus(component: Component): CheckStatus {
  return COMPONENT_STATUS[component.status] ?? 'unknown';
}

/** The components a filter names, by id or by name (any case); and the names it found nothing for. */
export function selectComponents(components: readonly Component[], wanted: readonly string[]): { selected: Component[]; missing: string[] } {
  const selected: Component[] = [];
  const missing: string[] = [];
  for (const name of wanted) {
    const lower = name.toLowerCase();
    const found = components.find((component) => component.id === name || component.name.trim().toLowerCase() === lower);
    if (!found) missing.push(name);
    else if (!selected.includes(found)) selected.push(found);
  }
  return { selected, missing };
}

/** "API Requests (partial outage)". */
export function describeComponent(component: Component): string {
  return `${clip(component.name, 60)} (${component.status.replaceAll('_', ' ')})`;
}

/**
 * indicator (the page's, as written), components_not_operational (degraded or out; under
 * maintenance is counted apart, as the check treats it as up), components_under_maintenance,
 * incidents_unresolved.
 */
export function summaryValues(summary: Summary | null, considered: readonly Component[]): CheckValues {
  if (summary === null) return { indicator: null, components_not_operational: null, components_under_maintenance: null, incidents_unresolved: null };
  const maintenance = considered.filter((component) => component.status === 'under_maintenance').length;
  const notOperational = considered.filter((component) => component.status !== 'operational').length - maintenance;
  return {
    indicator: summary.status.indicator,
    components_not_operational: notOperational,
    components_under_maintenance: maintenance,
    incidents_unresolved: summary.incidents.length,
  };
}
