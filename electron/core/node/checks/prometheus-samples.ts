import * as z from 'zod';
import type { CheckStatus } from '../../common/checks/outcome.ts';
import type { Failure } from './classify-error.ts';
import { clip } from './format.ts';
import { statusFailure, type JsonAnswer } from './json-api.ts';

/** `[<unix seconds>, "<value>"]`: Prometheus writes sample values as text ("1", "NaN", "+Inf"). */
const sample = z.tuple([z.number(), z.string()]);
const labels = z.record(z.string(), z.string());

/** The answer of GET /api/v1/query when it succeeded, as the HTTP API documents it. */
export const queryAnswer = z.object({
  status: z.literal('success'),
  data: z.discriminatedUnion('resultType', [
    // A native histogram sample carries `histogram` instead of `value`: no number to judge.
    z.object({ resultType: z.literal('vector'), result: z.array(z.object({ metric: labels, value: sample.optional() })) }),
    z.object({ resultType: z.literal('scalar'), result: sample }),
    z.object({ resultType: z.enum(['matrix', 'string']) }),
  ]),
});

/** Prometheus's error answer (400, 422, 503 and sometimes 200): what went wrong, in its words. */
const errorAnswer = z.object({ status: z.literal('error'), errorType: z.string().optional(), error: z.string().optional() });

/**
 * Why an answer is not a success, or null when it may be one. Prometheus's own error
 * object wins over the HTTP status (it says which query failed and why): `bad_body`.
 */
export function prometheusFailure(answer: JsonAnswer): Failure | null {
  const error = answer.json.ok ? errorAnswer.safeParse(answer.json.value) : undefined;
  if (error?.success) {
    const type = error.data.errorType ? ` (${error.data.errorType})` : '';
    return { errorClass: 'bad_body', message: `Prometheus error${type}: ${clip(error.data.error ?? 'no reason given', 200)}` };
  }
  return answer.status < 200 || answer.status > 299 ? statusFailure(answer.status, 'Prometheus') : null;
}

export type QueryData = z.output<typeof queryAnswer>['data'];

/** One value of the result. `labels` is as PromQL prints it, `{instance="a:9100",job="node"}`; '' for a scalar. */
export interface Sample {
  readonly labels: string;
  /** NaN when the sample is not a number (NaN itself, or a histogram). */
  readonly value: number;
}

/** The samples of an instant vector or scalar, in the answer's order. */
export function samplesOf(data: Exclude<QueryData, { resultType: 'matrix' | 'string' }>): Sample[] {
  if (data.resultType === 'scalar') return [{ labels: '', value: parseValue(data.result[1]) }];
  return data.result.map((series) => ({ labels: labelText(series.metric), value: series.value ? parseValue(series.value[1]) : Number.NaN }));
}

/** How bad a value is against the thresholds; NaN is never past one. */
export function judgeValue(value: number, limits: Thresholds): CheckStatus {
  if (limits.critical !== undefined && past(value, limits.critical, limits.comparison)) return 'critical';
  if (limits.warning !== undefined && past(value, limits.warning, limits.comparison)) return 'warning';
  return 'up';
}

/** The thresholds of a config. */
export interface Thresholds {
  readonly comparison: 'above' | 'below';
  readonly warning?: number | undefined;
  readonly critical?: number | undefined;
}

/** Sorts worst first: the highest values for `above`, the lowest for `below`; NaN last. */
export function worstFirst(samples: readonly Sample[], comparison: 'above' | 'below'): Sample[] {
  const sign = comparison === 'above' ? -1 : 1;
  return [...samples].sort((a, b) => {
    if (Number.isNaN(a.value) || Number.isNaN(b.value)) return Number(Number.isNaN(a.value)) - Number(Number.isNaN(b.value));
    return a.value === b.value ? 0 : sign * (a.value < b.value ? -1 : 1);
  });
}

/** "97.2", "+Inf", "NaN": six significant digits, Prometheus's spelling of the special values. */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  return String(Number(value.toPrecision(6)));
}

function past(value: number, limit: number, comparison: 'above' | 'below'): boolean {
  return comparison === 'above' ? value > limit : value < limit;
}

function parseValue(text: string): number {
  if (text === '+Inf' || text === 'Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  return Number(text);
}

/** `{instance="a:9100",job="node"}`: sorted names, escaped values, without the metric name. */
function labelText(metric: Readonly<Record<string, string>>): string {
  const pairs = Object.keys(metric)
    .filter((name) => name !== '__name__')
    .sort()
    .map((name) => `${name}=${JSON.stringify(clip(metric[name] ?? '', 100))}`);
  return `{${pairs.join(',')}}`;
}
