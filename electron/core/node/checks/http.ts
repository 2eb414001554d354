import { STATUS_CODES } from 'node:http';
import type { CheckRunContext, CheckType } from '../../common/checks/check-type.ts';
import type { CheckOutcome } from '../../common/checks/outcome.ts';
import { timeoutFailure, type Failure } from './classify-error.ts';
import { startDeadline } from './deadline.ts';
import { formatDuration, plural, roundMs } from './format.ts';
import { checkBody } from './http-body-match.ts';
import { httpConfig, type HttpConfig } from './http-config.ts';
import { isHop, nextHop, type Hop } from './http-redirect.ts';
import { attempt, type AttemptResult } from './http-request.ts';
import { redact, runHeaders, type RunHeaders } from './http-secrets.ts';
import { describeStatusRanges, parseStatusRanges, statusMatches, type StatusRanges } from './http-status.ts';
import type { NetworkOptions } from './network-options.ts';

const kind = 'http';

/**
 * The HTTP(S) check type. `options` replace how it reaches the network (tests pass a
 * fake DNS lookup); the registry uses `httpCheck`, built with the system's.
 *
 * Values: STATUS (final status, after redirects), RESPONSE_TIME (ms until the whole body
 * was read), BODY (decoded text, at most 64 KiB), IP (the server's address), CONNECTED
 * (a response arrived); each is null when not measured.
 */
export function createHttpCheck(options: NetworkOptions = {}): CheckType<typeof kind, HttpConfig> {
  return {
    kind,
    config: httpConfig,
    summary: 'A web endpoint: HTTP status, response time and body',
    run: (config, context) => runHttp(config, context, options),
  };
}

/** HTTP(S) with the system's name resolution. */
export const httpCheck = createHttpCheck();

/** What every run of one config starts from, worked out at its first run rather than at each. */
interface Plan {
  /** Only read, never changed: redirects make URLs of their own. */
  readonly url: URL;
  readonly ranges: StatusRanges;
}

/** Keyed by the parsed config, which the registry keeps for as long as the check is live. */
const PLANS = new WeakMap<HttpConfig, Plan>();

function planFor(config: HttpConfig): Plan {
  let plan = PLANS.get(config);
  if (!plan) {
    plan = { url: new URL(config.url), ranges: parseStatusRanges(config.expectedStatus) ?? [[200, 399]] };
    PLANS.set(config, plan);
  }
  return plan;
}

/** The measurements of one run, before they become values. */
interface Measured {
  readonly status: number | null;
  readonly body: string | null;
  readonly ip: string | null;
  readonly elapsedMs: number;
  readonly redirects: number;
}

/** What one run carries from start to outcome. */
interface HttpRun {
  readonly config: HttpConfig;
  readonly context: CheckRunContext;
  readonly options: NetworkOptions;
  readonly prepared: RunHeaders;
  readonly signal: AbortSignal;
  readonly started: number;
}

async function runHttp(config: HttpConfig, context: CheckRunContext, options: NetworkOptions): Promise<CheckOutcome> {
  const started = context.monotonic();
  const prepared = runHeaders(config, context);
  if ('errorClass' in prepared) {
    return { status: 'critical', latencyMs: null, message: prepared.message, values: values(null), errorClass: prepared.errorClass };
  }
  const deadline = startDeadline(context, config.timeoutMs);
  try {
    const outcome = await follow({ config, context, options, prepared, signal: deadline.signal, started });
    return prepared.secretValues.length === 0 ? outcome : redacted(outcome, prepared.secretValues);
  } finally {
    deadline.release();
  }
}

/** Sends the request and follows its redirects until an answer, a failure or the deadline. */
async function follow(run: HttpRun): Promise<CheckOutcome> {
  const { config, context } = run;
  const env = { signal: run.signal, lookup: run.options.lookup, now: context.now() };
  const chain: Hop[] = [{ url: planFor(config).url, method: config.method, body: config.body, headers: run.prepared.headers }];
  for (;;) {
    const hop = chain[chain.length - 1]!;
    const result = await attempt({ ...hop, followRedirects: config.followRedirects }, env);
    const measured = { status: result.status, body: null, ip: result.ip, elapsedMs: context.monotonic() - run.started, redirects: chain.length - 1 };
    if (result.kind !== 'redirect') return judge(result, hop, config, measured);
    const next = nextHop(chain, result.status, result.location, run.prepared.secretNames);
    if (!isHop(next)) return failed(next, measured);
    chain.push(next);
  }
}

/** Status first, then body: the first that is wrong decides. */
function judge(result: Exclude<AttemptResult, { kind: 'redirect' }>, hop: Hop, config: HttpConfig, measured: Measured): CheckOutcome {
  if (result.kind === 'timeout') {
    const port = hop.url.port ? Number(hop.url.port) : hop.url.protocol === 'https:' ? 443 : 80;
    return failed(timeoutFailure(measured.elapsedMs, config.timeoutMs, result.phase, { host: hop.url.hostname, port }), measured);
  }
  if (result.kind === 'failure') return failed(result.failure, measured);

  const answered: Measured = { ...measured, body: result.body };
  const { ranges } = planFor(config);
  const summary = `HTTP ${result.status}${reason(result.status)}`;
  const after = `after ${measured.redirects > 0 ? `${plural(measured.redirects, 'redirect')}, ` : ''}${formatDuration(measured.elapsedMs)}`;
  if (!statusMatches(ranges, result.status)) {
    const message = `${summary} (expected ${describeStatusRanges(ranges)}) ${after}`;
    return failed({ errorClass: 'http_status', message }, answered);
  }
  const mismatch = config.expectBody ? checkBody(config.expectBody, result.body) : null;
  if (mismatch !== null) return failed({ errorClass: 'bad_body', message: `${mismatch} (${summary} ${after})` }, answered);
  return { status: 'up', latencyMs: roundMs(measured.elapsedMs), message: `${summary} ${after}`, values: values(answered) };
}

function reason(status: number): string {
  const text = STATUS_CODES[status];
  return text ? ` ${text}` : '';
}

/** A critical outcome; latency only when the service did answer (a status was read). */
function failed(failure: Failure, measured: Measured): CheckOutcome {
  const latencyMs = measured.status === null ? null : roundMs(measured.elapsedMs);
  return { status: 'critical', latencyMs, message: failure.message, values: values(measured), errorClass: failure.errorClass };
}

/** Every value is always present (null when not measured), so conditions never meet a missing name. */
function values(measured: Measured | null) {
  const answered = measured !== null && measured.status !== null;
  return {
    STATUS: measured?.status ?? null,
    RESPONSE_TIME: answered ? roundMs(measured.elapsedMs) : null,
    BODY: measured?.body ?? null,
    IP: measured?.ip ?? null,
    CONNECTED: answered,
  };
}

function redacted(outcome: CheckOutcome, secretValues: readonly string[]): CheckOutcome {
  const body = outcome.values['BODY'];
  return {
    ...outcome,
    message: redact(outcome.message, secretValues),
    values: typeof body === 'string' ? { ...outcome.values, BODY: redact(body, secretValues) } : outcome.values,
  };
}
