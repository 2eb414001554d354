import * as z from 'zod';
import { OBJECT, requiredText } from './config-fields.ts';
import { refineHeaders } from './http-config.ts';
import { apiUrlField, requestFields } from './json-api.ts';

const STATUSES = ['up', 'warning', 'critical', 'unknown'] as const;
const COMPARISONS = ['above', 'below'] as const;

/**
 * What an answer with nothing in it means (no series, no targets). `unknown` by default:
 * a query that stopped matching is worth a look, but it is not an outage by itself.
 */
export function emptyPolicy(description: string) {
  return z.enum(STATUSES, `must be one of ${STATUSES.join(', ')}`).default('unknown').describe(description);
}

const threshold = (description: string) => z.number('must be a number').optional().describe(description);

/**
 * A Prometheus instant query judged by thresholds. With `above` a value is bad when it is
 * greater than a threshold (error rate, disk use); with `below` when it is less (free
 * space, `up`). Strictly greater or less: a value equal to the threshold is still fine.
 */
export const prometheusConfig = z
  .strictObject(
    {
      url: apiUrlField('Prometheus server (or Thanos, Mimir, VictoriaMetrics)', 'https://prometheus.example.com'),
      query: requiredText()
        .trim()
        .min(1, 'is required')
        .max(10_000, 'must be at most 10000 characters')
        .describe('PromQL expression evaluated now, e.g. max(rate(http_requests_total{code=~"5.."}[5m])) or up{job="node"}'),
      comparison: z
        .enum(COMPARISONS, 'must be above or below')
        .default('above')
        .describe('A value is bad when it is above the thresholds (errors, latency) or below them (free space, up)'),
      warning: threshold('Warning when a value is past this number'),
      critical: threshold('Critical when a value is past this number'),
      noData: emptyPolicy('What an empty result (no series matched) means: up, warning, critical or unknown'),
      ...requestFields,
    },
    OBJECT,
  )
  .superRefine((config, context) => {
    refineHeaders(config, context);
    const { warning, critical, comparison } = config;
    if (warning === undefined || critical === undefined) return;
    // A warning past the critical line could never show on its own: almost always a swapped pair.
    if (comparison === 'above' ? warning > critical : warning < critical) {
      const side = comparison === 'above' ? 'above' : 'below';
      context.addIssue({ code: 'custom', path: ['warning'], message: `must not be ${side} critical when comparison is ${comparison}` });
    }
  });

export type PrometheusConfig = z.output<typeof prometheusConfig>;
