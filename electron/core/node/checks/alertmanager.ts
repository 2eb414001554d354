import * as z from 'zod';
import type { CheckType } from '../../common/checks/check-type.ts';
import { OBJECT } from './config-fields.ts';
import { clip } from './format.ts';
import { refineHeaders } from './http-config.ts';
import { apiUrl, apiUrlField, callJsonApi, decode, failed, JSON_API_LIMIT, requestFields, statusFailure, type JsonAnswer, type Verdict } from './json-api.ts';
import type { NetworkOptions } from './network-options.ts';
import { alertsAnswer, alertValues, describeFiring, firingAlerts } from './alertmanager-alerts.ts';

const kind = 'alertmanager';

/** `name op "value"`, the name plain or quoted (Alertmanager 0.27+ takes UTF-8 names in quotes). */
const MATCHER = /^\s*(?:"[^"]+"|[A-Za-z_][A-Za-z0-9_]*)\s*(?:=~|!~|!=|=)/u;
const NO_CONTROL = /^\P{Cc}*$/u;

const matcher = z
  .string('must be a matcher such as severity="critical"')
  .trim()
  .min(1, 'must not be empty')
  .max(500, 'must be at most 500 characters')
  .regex(NO_CONTROL, 'must not contain line breaks')
  .regex(MATCHER, 'must be a matcher such as severity="critical", team!="db" or service=~"api|web"');

/** Firing alerts from an Alertmanager; defaults: every unsilenced, uninhibited alert, severity from `severity`. */
export const alertmanagerConfig = z
  .strictObject(
    {
      url: apiUrlField('Alertmanager', 'https://alertmanager.example.com'),
      filter: z
        .array(matcher, 'must be a list of matchers')
        .max(20, 'must have at most 20 matchers')
        .default([])
        .describe('Only alerts matching all of these, e.g. severity="critical" or team=~"db|infra"'),
      receiver: z
        .string('must be text')
        .trim()
        .max(200, 'must be at most 200 characters')
        .optional()
        .describe('Only alerts routed to receivers matching this regular expression'),
      severityLabel: z
        .string('must be a label name')
        .trim()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/u, 'must be a label name (letters, digits and _)')
        .default('severity')
        .describe('Label that says how bad an alert is: critical or page → critical, anything else → warning'),
      ...requestFields,
    },
    OBJECT,
  )
  .superRefine(refineHeaders);

export type AlertmanagerConfig = z.output<typeof alertmanagerConfig>;

/**
 * The Alertmanager check type: GET <url>/api/v2/alerts?active=true&silenced=false&inhibited=false
 * (plus one `filter` parameter per matcher, and `receiver`). Status: the worst severity
 * among the firing alerts (critical/page → critical, anything else → warning); up when
 * none fire. The message names the first few (alertname and key labels).
 *
 * Values, for conditions and for the alerting layer:
 * - `alerts_firing`, `alerts_critical`, `alerts_warning`: counts of all firing alerts;
 * - `alerts`: JSON text of an array of at most 50 of them, critical first, then the
 *   longest-firing first, each `{ fingerprint, alertname, severity, labels, annotations,
 *   runbook_url, startsAt }` (see FiringAlert in alertmanager-alerts.ts): `severity` is
 *   the check's reading ("critical" | "warning"), `runbook_url` the annotation of that
 *   name (or label) or null, annotation values cut at 1000 characters.
 * Every value is null when the check got no readable answer.
 */
export function createAlertmanagerCheck(options: NetworkOptions = {}): CheckType<typeof kind, AlertmanagerConfig> {
  return {
    kind,
    config: alertmanagerConfig,
    summary: 'Alertmanager: the alerts firing now, by severity',
    run: (config, context) =>
      callJsonApi(
        { config, url: alertsUrl(config), limit: JSON_API_LIMIT, noValues: alertValues(null), read: (answer) => readAlerts(answer, config) },
        context,
        options,
      ),
  };
}

/** Alertmanager with the system's name resolution. */
export const alertmanagerCheck = createAlertmanagerCheck();

function alertsUrl(config: AlertmanagerConfig): URL {
  const query: [string, string][] = [
    ['active', 'true'],
    ['silenced', 'false'],
    ['inhibited', 'false'],
  ];
  for (const item of config.filter) query.push(['filter', item]);
  if (config.receiver) query.push(['receiver', config.receiver]);
  return apiUrl(config.url, '/api/v2/alerts', query);
}

function readAlerts(answer: JsonAnswer, config: AlertmanagerConfig): Verdict {
  if (answer.status < 200 || answer.status > 299) {
    // Alertmanager explains a 400 (a bad matcher) as a JSON string; some fronts as { error }.
    const said = answer.json.ok ? errorText(answer.json.value) : undefined;
    return failed(statusFailure(answer.status, 'Alertmanager', said), alertValues(null));
  }
  const decoded = decode(alertsAnswer, answer.json, 'Alertmanager');
  if (!decoded.ok) return failed(decoded.failure, alertValues(null));
  const firing = firingAlerts(decoded.value, config.severityLabel);
  const values = alertValues(firing);
  if (firing.length === 0) {
    return { status: 'up', message: config.filter.length > 0 ? `No alerts firing matching ${clip(config.filter.join(', '), 200)}` : 'No alerts firing', values };
  }
  const status = firing.some((alert) => alert.severity === 'critical') ? 'critical' : 'warning';
  return { status, message: describeFiring(firing), values, errorClass: 'condition' };
}

function errorText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'error' in value && typeof value.error === 'string') return value.error;
  return undefined;
}
