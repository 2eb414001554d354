import type { CheckAlertPolicy } from '../../common/checks/definition.ts';
import type { EndpointNotes } from './gatus-notes.ts';
import { isRecord } from './gatus-yaml.ts';

/** The thresholds a Gatus alert entry has and a check here can take. */
const THRESHOLDS = { 'failure-threshold': 'failures', 'success-threshold': 'successes' } as const;
type ThresholdKey = keyof typeof THRESHOLDS;

/** The contract's limits for a check's failures and successes. */
const MIN = 1;
const MAX = 100;

const typeOf = (entry: unknown): string => (isRecord(entry) && typeof entry['type'] === 'string' ? entry['type'] : 'untyped');

/**
 * Gatus's `alerts:` is a list of providers (slack, pagerduty, …), each with its own
 * thresholds. A check here has one alert and notifies on the desktop, so the first
 * entry's `failure-threshold` / `success-threshold` become the check's own; every other
 * field and entry is listed as not imported. Null when nothing differs from the defaults
 * (Gatus's defaults, 3 and 2, are this app's too).
 */
export function readAlerts(value: unknown, notes: EndpointNotes): CheckAlertPolicy | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) {
    notes.unsupported.push({ field: 'alerts', note: 'not imported: must be a list of alerts; the default alerting applies' });
    return null;
  }
  value.slice(1).forEach((entry: unknown, offset) => {
    notes.unsupported.push({
      field: `alerts[${offset + 1}]`,
      note: `not imported: only the first alert's thresholds are used (a check has one alert here); this ${typeOf(entry)} alert is left out`,
    });
  });
  const first: unknown = value[0];
  if (first === undefined) return null;
  if (!isRecord(first)) {
    notes.unsupported.push({ field: 'alerts[0]', note: 'not imported: must be a mapping such as {type: slack, failure-threshold: 3}' });
    return null;
  }
  const policy: { failures: number | null; successes: number | null } = { failures: null, successes: null };
  for (const [key, option] of Object.entries(first)) {
    const field = `alerts[0].${key}`;
    if (key in THRESHOLDS) policy[THRESHOLDS[key as ThresholdKey]] = readThreshold(option, field, notes);
    else if (key === 'type') notes.unsupported.push({ field, note: `not imported: this app shows its own desktop notifications, not ${typeOf(first)} messages` });
    else notes.unsupported.push({ field, note: `not imported: an option of Gatus's ${typeOf(first)} alert, with no counterpart here` });
  }
  if (policy.failures === null && policy.successes === null) return null;
  if (policy.failures !== null) {
    // Gatus counts results only; here the failures must also span a time, so say which.
    notes.adjusted.push({
      field: 'alerts[0].failure-threshold',
      note: `fires after ${policy.failures} failing result${policy.failures === 1 ? '' : 's'} spanning at least 60 s (the default here); change "over at least" in the check's Alerting settings`,
    });
  }
  return { failures: policy.failures, forSeconds: null, successes: policy.successes };
}

/** A whole number clamped to 1–100 (with a note); anything else keeps the default, noted. */
function readThreshold(value: unknown, field: string, notes: EndpointNotes): number | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    notes.unsupported.push({ field, note: `not imported: "${String(value)}" is not a whole number; the default applies` });
    return null;
  }
  const clamped = Math.min(MAX, Math.max(MIN, value));
  if (clamped !== value) notes.adjusted.push({ field, note: `${value} is outside ${MIN}–${MAX} here; imported as ${clamped}` });
  return clamped;
}
