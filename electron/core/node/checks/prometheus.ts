import type { CheckType } from '../../common/checks/check-type.ts';
import type { CheckValues } from '../../common/checks/outcome.ts';
import { clip } from './format.ts';
import { apiUrl, callJsonApi, decode, failed, JSON_API_LIMIT, type JsonAnswer, type Verdict } from './json-api.ts';
import type { NetworkOptions } from './network-options.ts';
import { prometheusConfig, type PrometheusConfig } from './prometheus-config.ts';
import { formatValue, judgeValue, prometheusFailure, queryAnswer, samplesOf, worstFirst, type Sample } from './prometheus-samples.ts';

const kind = 'prometheus';

/** Series named one by one in the values; `series` still counts them all. */
const NAMED_SERIES = 100;

const NO_VALUES: CheckValues = { value: null, series: null };

/**
 * The Prometheus check type: one instant query (GET <url>/api/v1/query?query=…), its
 * value(s) judged by the warning and critical thresholds.
 *
 * Values, for conditions: `value` (the worst value: the highest with `above`, the lowest
 * with `below`; null when there is none or it is NaN), `series` (how many the result
 * has; 1 for a scalar), and one value per series named by its labels as PromQL prints
 * them, e.g. `value{instance="a:9100",job="node"}`, for the worst 100. An empty vector
 * (or one of only NaN) is judged by `noData`. A Prometheus error answer is `bad_body`
 * with Prometheus's own message; a range-vector (matrix) result is `config`.
 */
export function createPrometheusCheck(options: NetworkOptions = {}): CheckType<typeof kind, PrometheusConfig> {
  return {
    kind,
    config: prometheusConfig,
    summary: 'A Prometheus query: its value against warning and critical thresholds',
    run: (config, context) =>
      callJsonApi(
        {
          config,
          url: apiUrl(config.url, '/api/v1/query', [['query', config.query]]),
          limit: JSON_API_LIMIT,
          noValues: NO_VALUES,
          read: (answer) => readQuery(answer, config),
        },
        context,
        options,
      ),
  };
}

/** Prometheus with the system's name resolution. */
export const prometheusCheck = createPrometheusCheck();

function readQuery(answer: JsonAnswer, config: PrometheusConfig): Verdict {
  const failure = prometheusFailure(answer);
  if (failure) return failed(failure, NO_VALUES);
  const decoded = decode(queryAnswer, answer.json, 'Prometheus');
  if (!decoded.ok) return failed(decoded.failure, NO_VALUES);
  const { data } = decoded.value;
  if (data.resultType !== 'vector' && data.resultType !== 'scalar') {
    const what = data.resultType === 'matrix' ? 'a range vector (matrix)' : 'a string';
    const message = `The query returned ${what}; use an expression with one value per series, e.g. rate(x[5m]) or last_over_time(x[5m])`;
    return failed({ errorClass: 'config', message }, NO_VALUES);
  }
  return judgeSamples(samplesOf(data), config);
}

function judgeSamples(samples: readonly Sample[], config: PrometheusConfig): Verdict {
  const sorted = worstFirst(samples, config.comparison);
  const values = valuesOf(sorted, samples.length);
  const worst = sorted[0];
  if (!worst || Number.isNaN(worst.value)) {
    const message = samples.length === 0 ? 'The query returned no series' : `No numeric value in ${seriesCount(samples.length)} (NaN or histograms)`;
    const status = config.noData;
    return { status, message: `${message} (noData: ${status})`, values, ...(status === 'warning' || status === 'critical' ? { errorClass: 'condition' } : {}) };
  }
  const status = judgeValue(worst.value, config);
  const who = worst.labels === '' || worst.labels === '{}' ? 'Value' : clip(worst.labels, 150);
  const shown = `${who} = ${formatValue(worst.value)}`;
  if (status === 'up') {
    const rank = config.comparison === 'above' ? 'Highest' : 'Lowest';
    return { status, message: samples.length > 1 ? `${rank} of ${seriesCount(samples.length)}: ${shown}` : shown, values };
  }
  const limit = status === 'critical' ? config.critical : config.warning;
  const crossing = sorted.filter((sample) => judgeValue(sample.value, config) !== 'up').length;
  const others = crossing > 1 ? `; ${crossing} of ${seriesCount(samples.length)} past a threshold` : '';
  return { status, message: `${shown}, ${config.comparison} ${status} ${formatValue(limit ?? 0)}${others}`, values, errorClass: 'condition' };
}

function valuesOf(sorted: readonly Sample[], count: number): CheckValues {
  const values: Record<string, number | null> = { value: numberOrNull(sorted[0]?.value), series: count };
  for (const sample of sorted.slice(0, NAMED_SERIES)) {
    const name = `value${sample.labels}`;
    // Two metrics can share their labels once __name__ is dropped: the first, the worse, keeps the name.
    if (sample.labels !== '' && sample.labels !== '{}' && !Object.hasOwn(values, name)) values[name] = numberOrNull(sample.value);
  }
  return values;
}

/** NaN has no place among values (conditions would compare it as a number); ±Inf stays. */
function numberOrNull(value: number | undefined): number | null {
  return value === undefined || Number.isNaN(value) ? null : value;
}

function seriesCount(count: number): string {
  return `${count} series`;
}
