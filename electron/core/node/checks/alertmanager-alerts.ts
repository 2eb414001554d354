import * as z from 'zod';
import type { CheckValues } from '../../common/checks/outcome.ts';
import { clip } from './format.ts';
import { listSome } from './json-api.ts';

const labelSet = z.record(z.string(), z.string());

/** GET /api/v2/alerts: a list of gettableAlert (Alertmanager's OpenAPI v2); only what the check reads. */
export const alertsAnswer = z.array(
  z.object({
    labels: labelSet,
    annotations: labelSet.optional(),
    fingerprint: z.string().optional(),
    startsAt: z.string().optional(),
    status: z.object({ state: z.string() }).optional(),
  }),
);

type GettableAlert = z.output<typeof alertsAnswer>[number];

/** One firing alert as the `alerts` value carries it (see alertmanager.ts). */
export interface FiringAlert {
  readonly fingerprint: string | null;
  readonly alertname: string;
  /** The check's reading of the severity label: critical or warning. The label itself is in `labels`. */
  readonly severity: 'critical' | 'warning';
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  readonly runbook_url: string | null;
  readonly startsAt: string | null;
}

/** Alerts carried in the `alerts` value; `alerts_firing` counts them all. */
export const ALERTS_IN_VALUE = 50;
/** Long descriptions are cut so that 50 alerts stay a value, not a document. */
const ANNOTATION_LIMIT = 1000;
/** Labels that tell one alert of a kind from another, in the order a person looks for them. */
const KEY_LABELS = ['instance', 'service', 'job', 'namespace', 'cluster', 'pod'];
const CRITICAL_SEVERITIES = new Set(['critical', 'page']);

/**
 * The firing alerts of an answer, critical first, then the longest-firing first. A
 * suppressed alert is dropped even when the server ignored silenced=false (a proxy).
 */
export function firingAlerts(answer: readonly GettableAlert[], severityLabel: string): FiringAlert[] {
  return answer
    .filter((alert) => alert.status?.state !== 'suppressed')
    .map((alert) => toFiring(alert, severityLabel))
    .sort((a, b) => Number(b.severity === 'critical') - Number(a.severity === 'critical') || (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
}

/** alerts_firing, alerts_critical, alerts_warning and alerts (JSON text of the first 50). */
export function alertValues(firing: readonly FiringAlert[] | null): CheckValues {
  if (firing === null) return { alerts_firing: null, alerts_critical: null, alerts_warning: null, alerts: null };
  const critical = firing.filter((alert) => alert.severity === 'critical').length;
  return {
    alerts_firing: firing.length,
    alerts_critical: critical,
    alerts_warning: firing.length - critical,
    alerts: JSON.stringify(firing.slice(0, ALERTS_IN_VALUE)),
  };
}

/** `3 firing (1 critical): HighErrorRate (service=api), DiskFull (instance=db1:9100) and 1 more`. */
export function describeFiring(firing: readonly FiringAlert[]): string {
  const critical = firing.filter((alert) => alert.severity === 'critical').length;
  const counts = critical > 0 ? ` (${critical} critical)` : '';
  return `${firing.length} firing${counts}: ${listSome(firing.map(describeAlert))}`;
}

function describeAlert(alert: FiringAlert): string {
  const keys = KEY_LABELS.filter((name) => alert.labels[name] !== undefined)
    .slice(0, 2)
    .map((name) => `${name}=${clip(alert.labels[name] ?? '', 60)}`);
  return `${clip(alert.alertname, 80)}${keys.length > 0 ? ` (${keys.join(', ')})` : ''}`;
}

function toFiring(alert: GettableAlert, severityLabel: string): FiringAlert {
  const annotations = Object.fromEntries(Object.entries(alert.annotations ?? {}).map(([name, value]) => [name, clip(value, ANNOTATION_LIMIT)]));
  const level = (alert.labels[severityLabel] ?? '').trim().toLowerCase();
  return {
    fingerprint: alert.fingerprint ?? null,
    alertname: alert.labels['alertname'] ?? '(no alertname)',
    // Anything that is not plainly critical is a warning: an unknown severity still fires.
    severity: CRITICAL_SEVERITIES.has(level) ? 'critical' : 'warning',
    labels: alert.labels,
    annotations,
    runbook_url: annotations['runbook_url'] ?? alert.labels['runbook_url'] ?? null,
    startsAt: alert.startsAt ?? null,
  };
}
