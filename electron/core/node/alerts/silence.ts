import * as z from 'zod';
import { AppError } from '../../common/errors.ts';
import { alertmanagerConfig } from '../checks/alertmanager.ts';
import { runHeaders } from '../checks/http-secrets.ts';
import { apiUrl } from '../checks/json-api.ts';

export interface SilenceRequest {
  /** The alertmanager check's saved config: its base URL and auth headers. */
  readonly config: Readonly<Record<string, unknown>>;
  readonly fingerprint: string;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly createdBy: string;
  readonly comment: string;
  readonly secret: (name: string) => string | undefined;
}

const alertList = z.array(z.object({ fingerprint: z.string(), labels: z.record(z.string(), z.string()) }).loose());
const created = z.object({ silenceID: z.string() }).loose();

/**
 * Silence one Alertmanager alert for a while: read its labels from the Alertmanager by
 * fingerprint (the check's stored results keep only its message, and fresh labels are
 * the ones the silence must match), then POST /api/v2/silences with one exact matcher
 * per label. Any failure is an 'unavailable' AppError that says what went wrong where.
 */
export async function createSilence(request: SilenceRequest): Promise<string> {
  const config = alertmanagerConfig.parse(request.config);
  const headers = runHeaders(config, { secret: request.secret, signal: new AbortController().signal, now: () => 0, monotonic: () => 0 });
  if ('errorClass' in headers) throw new AppError('unavailable', `Cannot reach the Alertmanager at ${config.url}: ${headers.message}.`);
  const base = { ...(headers.headers as Record<string, string>), accept: 'application/json' };
  const signal = () => AbortSignal.timeout(config.timeoutMs);

  const alertsUrl = apiUrl(config.url, '/api/v2/alerts');
  const alerts = await call(alertsUrl, { headers: base, signal: signal() }, alertList, config.url);
  const alert = alerts.find((candidate) => candidate.fingerprint === request.fingerprint);
  if (!alert) {
    throw new AppError('unavailable', `The Alertmanager at ${config.url} has no alert with fingerprint ${request.fingerprint}; it may have resolved already.`);
  }
  const body = {
    matchers: Object.entries(alert.labels).map(([name, value]) => ({ name, value, isRegex: false, isEqual: true })),
    startsAt: new Date(request.startsAt).toISOString(),
    endsAt: new Date(request.endsAt).toISOString(),
    createdBy: request.createdBy,
    comment: request.comment,
  };
  const silencesUrl = apiUrl(config.url, '/api/v2/silences');
  const init = { method: 'POST', headers: { ...base, 'content-type': 'application/json' }, body: JSON.stringify(body), signal: signal() };
  return (await call(silencesUrl, init, created, config.url)).silenceID;
}

async function call<T>(url: URL, init: RequestInit, schema: z.ZodType<T>, where: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, redirect: 'error' });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'it did not answer in time' : (error as Error).message;
    throw new AppError('unavailable', `Could not reach the Alertmanager at ${where}: ${reason}.`, { cause: error });
  }
  const text = await response.text();
  if (!response.ok) {
    throw new AppError('unavailable', `The Alertmanager at ${where} refused ${init.method ?? 'GET'} ${url.pathname}: HTTP ${response.status}${text ? ` (${text.slice(0, 200).trim()})` : ''}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('unavailable', `The Alertmanager at ${where} answered ${url.pathname} with something that is not JSON.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new AppError('unavailable', `The Alertmanager at ${where} answered ${url.pathname} in an unexpected shape.`);
  return parsed.data;
}
