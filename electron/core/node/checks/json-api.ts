import { STATUS_CODES } from 'node:http';
import type * as z from 'zod';
import type { CheckRunContext } from '../../common/checks/check-type.ts';
import type { CheckOutcome, CheckValues } from '../../common/checks/outcome.ts';
import { timeoutFailure, type Failure } from './classify-error.ts';
import { timeoutField } from './config-fields.ts';
import { startDeadline } from './deadline.ts';
import { clip, roundMs } from './format.ts';
import { WIRE_LIMIT, type BodyLimits } from './http-body.ts';
import { headersField, httpUrlField, secretHeadersField } from './http-config.ts';
import { isHop, nextHop, type Hop } from './http-redirect.ts';
import { attempt } from './http-request.ts';
import { redact, runHeaders } from './http-secrets.ts';
import type { NetworkOptions } from './network-options.ts';

/**
 * Decoded bytes a JSON API answer may have unless its type says otherwise. The http
 * check's 64 KiB is sized for a health page; a Prometheus vector or an Alertmanager
 * list is routinely hundreds of KiB. 2 MiB holds thousands of series or alerts, and
 * parsed it costs a few tens of MiB for the moment of the run, which bounds what a
 * hostile or runaway server can make the core hold.
 */
export const JSON_API_LIMIT = 2 * 1024 * 1024;

/** Where the service is: a base address, to which each type adds its API path. */
export function apiUrlField(service: string, example: string) {
  return httpUrlField(`Base address of the ${service}, e.g. ${example}; the check adds the API path`);
}

/**
 * How every JSON API check asks: plain and secret headers (a bearer token for a private
 * Prometheus goes in secretHeaders) and the time limit. Listed after each type's own
 * fields, because the window shows fields in schema order, the important ones first.
 */
export const requestFields = { headers: headersField, secretHeaders: secretHeadersField, timeoutMs: timeoutField(10_000) };

/** What a JSON API call needs from its check's config. */
export interface JsonApiConfig {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly secretHeaders: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
}

/** The body of an answer, parsed, or why not: `message` completes "Answer from <service> …". */
export type ParsedJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** What the service answered. */
export interface JsonAnswer {
  readonly status: number;
  readonly json: ParsedJson;
}

/** A type's reading of an answer: the outcome without its latency. */
export type Verdict = Omit<CheckOutcome, 'latencyMs'>;

/** One GET of a JSON API and how its type reads the answer. */
export interface JsonApiCall {
  readonly config: JsonApiConfig;
  /** The full address: base URL, API path and query. */
  readonly url: URL;
  /** Decoded bytes allowed; JSON_API_LIMIT unless the API's answers run larger. */
  readonly limit: number;
  /** The type's values with nothing measured (every name present, null), for failures. */
  readonly noValues: CheckValues;
  read(answer: JsonAnswer): Verdict;
}

/**
 * Sends a GET with the http check's machinery (secret headers, deadline, TLS policy,
 * redirect rules, error classes) and hands the answer to the type. Secret values are
 * redacted from the message and values, as the http check does with BODY.
 */
export async function callJsonApi(call: JsonApiCall, context: CheckRunContext, options: NetworkOptions): Promise<CheckOutcome> {
  const started = context.monotonic();
  const prepared = runHeaders(call.config, context);
  if ('errorClass' in prepared) return { ...failed(prepared, call.noValues), latencyMs: null };
  prepared.headers['accept'] ??= 'application/json';
  const deadline = startDeadline(context, call.config.timeoutMs);
  // Bodies that decode to little can still be long on the wire (padding, gzip extra fields).
  const limits: BodyLimits = { decoded: call.limit, wire: Math.max(call.limit, WIRE_LIMIT) };
  const env = { signal: deadline.signal, lookup: options.lookup, now: context.now() };
  const chain: Hop[] = [{ url: call.url, method: 'GET', body: undefined, headers: prepared.headers }];
  let outcome: CheckOutcome | undefined;
  try {
    while (!outcome) {
      const hop = chain[chain.length - 1]!;
      const result = await attempt({ ...hop, followRedirects: true, bodyLimits: limits }, env);
      const elapsedMs = context.monotonic() - started;
      const latencyMs = result.status === null ? null : roundMs(elapsedMs);
      if (result.kind === 'response') {
        outcome = { ...call.read({ status: result.status, json: parseJson(result.body) }), latencyMs };
      } else if (result.kind === 'redirect') {
        const next = nextHop(chain, result.status, result.location, prepared.secretNames);
        if (isHop(next)) chain.push(next);
        else outcome = { ...failed(next, call.noValues), latencyMs };
      } else {
        const failure = result.kind === 'failure' ? result.failure : timeoutFailure(elapsedMs, call.config.timeoutMs, result.phase, targetOf(hop.url));
        outcome = { ...failed(failure, call.noValues), latencyMs };
      }
    }
  } finally {
    deadline.release();
  }
  return prepared.secretValues.length === 0 ? outcome : redacted(outcome, prepared.secretValues);
}

/**
 * `base` with `path` appended to its own path (a Prometheus behind /prometheus keeps it)
 * and `query` added. A base that already ends with the API path (pasted from a browser) is kept.
 */
export function apiUrl(base: string, path: string, query: readonly (readonly [string, string])[] = []): URL {
  const url = new URL(base);
  const own = url.pathname.replace(/\/+$/, '');
  url.pathname = own.endsWith(path) ? own : `${own}${path}`;
  url.hash = '';
  for (const [name, value] of query) url.searchParams.append(name, value);
  return url;
}

/** A critical verdict for a failure, with the type's empty values. */
export function failed(failure: Failure, values: CheckValues): Verdict {
  return { status: 'critical', message: failure.message, values, errorClass: failure.errorClass };
}

/** "HTTP 502 Bad Gateway from Alertmanager: <what it said>" as an http_status failure. */
export function statusFailure(status: number, service: string, said?: string): Failure {
  const reason = STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : '';
  return { errorClass: 'http_status', message: `HTTP ${status}${reason} from ${service}${said ? `: ${clip(said, 200)}` : ''}` };
}

/** Checks a parsed answer against the shape the API documents; the failure names the first field that differs. */
export function decode<T>(schema: z.ZodType<T>, json: ParsedJson, service: string): { ok: true; value: T } | { ok: false; failure: Failure } {
  if (!json.ok) return { ok: false, failure: { errorClass: 'bad_body', message: `Answer from ${service} ${json.message}` } };
  const parsed = schema.safeParse(json.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${pathText(issue.path)}: ` : '';
  return { ok: false, failure: { errorClass: 'bad_body', message: `Unexpected answer from ${service}: ${where}${clip(issue?.message ?? 'unexpected shape', 120)}` } };
}

/** "a, b, c and 4 more": a message names a few and counts the rest. */
export function listSome(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

function parseJson(text: string): ParsedJson {
  if (text.trim() === '') return { ok: false, message: 'is empty, not JSON' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `is not JSON (${clip(error instanceof Error ? error.message : String(error), 80)})` };
  }
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`)).join('');
}

function targetOf(url: URL): { host: string; port: number } {
  return { host: url.hostname, port: url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80 };
}

function redacted(outcome: CheckOutcome, secretValues: readonly string[]): CheckOutcome {
  const values = Object.fromEntries(Object.entries(outcome.values).map(([name, value]) => [name, typeof value === 'string' ? redact(value, secretValues) : value]));
  return { ...outcome, message: redact(outcome.message, secretValues), values };
}
