import * as z from 'zod';
import type { CheckType } from '../../common/checks/check-type.ts';
import type { CheckValues } from '../../common/checks/outcome.ts';
import { OBJECT } from './config-fields.ts';
import { clip } from './format.ts';
import { refineHeaders } from './http-config.ts';
import { apiUrl, apiUrlField, callJsonApi, decode, failed, listSome, requestFields, type JsonAnswer, type Verdict } from './json-api.ts';
import type { NetworkOptions } from './network-options.ts';
import { emptyPolicy } from './prometheus-config.ts';
import { prometheusFailure } from './prometheus-samples.ts';

const kind = 'prometheus-targets';

/**
 * The targets list is the largest answer Prometheus gives: each target carries its
 * discovered labels, often 1 KiB or more, so a few thousand targets pass 2 MiB.
 */
const TARGETS_LIMIT = 8 * 1024 * 1024;

/** Scrape targets that must be up; defaults: every active target, none down, critical. */
export const prometheusTargetsConfig = z
  .strictObject(
    {
      url: apiUrlField('Prometheus server', 'https://prometheus.example.com'),
      job: z
        .string('must be text')
        .trim()
        .max(200, 'must be at most 200 characters')
        .optional()
        .describe('Only the targets whose job label is this, e.g. node; every active target when empty'),
      allowedDown: z
        .int('must be a whole number')
        .min(0, 'must be 0 or more')
        .default(0)
        .describe('Down targets tolerated before the check alerts; 0 alerts on the first one'),
      severity: z.enum(['warning', 'critical'], 'must be warning or critical').default('critical').describe('Status when more targets are down than allowed'),
      noTargets: emptyPolicy('What no active targets (for this job) means: up, warning, critical or unknown'),
      ...requestFields,
    },
    OBJECT,
  )
  .superRefine(refineHeaders);

export type PrometheusTargetsConfig = z.output<typeof prometheusTargetsConfig>;

/** GET /api/v1/targets, as the HTTP API documents it; discovered labels are not read. */
const targetsAnswer = z.object({
  status: z.literal('success'),
  data: z.object({
    activeTargets: z.array(
      z.object({
        labels: z.record(z.string(), z.string()),
        scrapePool: z.string().optional(),
        scrapeUrl: z.string().optional(),
        lastError: z.string().optional(),
        health: z.string(),
      }),
    ),
  }),
});

type Target = z.output<typeof targetsAnswer>['data']['activeTargets'][number];

const NO_VALUES: CheckValues = { targets_up: null, targets_down: null, targets_unknown: null };

/**
 * The Prometheus scrape-targets check type: GET <url>/api/v1/targets?state=active, and an
 * alert when more targets than `allowedDown` report `health: "down"`. The message names
 * the first few down targets (job/instance: last error). Targets not yet scraped
 * (`unknown`) are counted but never alert. Values: targets_up, targets_down, targets_unknown.
 */
export function createPrometheusTargetsCheck(options: NetworkOptions = {}): CheckType<typeof kind, PrometheusTargetsConfig> {
  return {
    kind,
    config: prometheusTargetsConfig,
    summary: 'Prometheus scrape targets: alerts when targets are down',
    run: (config, context) =>
      callJsonApi(
        {
          config,
          url: apiUrl(config.url, '/api/v1/targets', [['state', 'active']]),
          limit: TARGETS_LIMIT,
          noValues: NO_VALUES,
          read: (answer) => readTargets(answer, config),
        },
        context,
        options,
      ),
  };
}

/** Prometheus targets with the system's name resolution. */
export const prometheusTargetsCheck = createPrometheusTargetsCheck();

function readTargets(answer: JsonAnswer, config: PrometheusTargetsConfig): Verdict {
  const failure = prometheusFailure(answer);
  if (failure) return failed(failure, NO_VALUES);
  const decoded = decode(targetsAnswer, answer.json, 'Prometheus');
  if (!decoded.ok) return failed(decoded.failure, NO_VALUES);
  // Filtered here, by the job label: a scrapePool query parameter would miss jobs renamed by relabelling.
  const targets = decoded.value.data.activeTargets.filter((target) => !config.job || target.labels['job'] === config.job);
  const down = targets.filter((target) => target.health === 'down');
  const up = targets.filter((target) => target.health === 'up').length;
  const values = { targets_up: up, targets_down: down.length, targets_unknown: targets.length - up - down.length };
  const scope = config.job ? ` of job "${clip(config.job, 60)}"` : '';
  if (targets.length === 0) {
    const status = config.noTargets;
    const message = `No active targets${scope} (noTargets: ${status})`;
    return { status, message, values, ...(status === 'warning' || status === 'critical' ? { errorClass: 'condition' } : {}) };
  }
  const pending = values.targets_unknown > 0 ? `, ${values.targets_unknown} not scraped yet` : '';
  if (down.length === 0) return { status: 'up', message: `${up} of ${targets.length} targets${scope} up${pending}`, values };
  const named = listSome(down.map(describeTarget));
  if (down.length <= config.allowedDown) {
    return { status: 'up', message: `${down.length} of ${targets.length} targets${scope} down (${config.allowedDown} allowed): ${named}`, values };
  }
  return { status: config.severity, message: `${down.length} of ${targets.length} targets${scope} down: ${named}`, values, errorClass: 'condition' };
}

/** `node/db1:9100 (connection refused)`: job and instance, then why the last scrape failed. */
function describeTarget(target: Target): string {
  const job = target.labels['job'] ?? target.scrapePool ?? '?';
  const instance = target.labels['instance'] ?? target.scrapeUrl ?? '?';
  // `Get "http://db2:9100/metrics": ` repeats the instance; the reason is what follows.
  const reason = target.lastError?.replace(/^[A-Za-z]+ "[^"]*": /u, '');
  const error = reason ? ` (${clip(reason, 100)})` : '';
  return `${clip(job, 60)}/${clip(instance, 80)}${error}`;
}
