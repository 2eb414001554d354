import { parseDuration } from '../../common/conditions/index.ts';
import { httpConfig } from '../checks/http-config.ts';
import { describeConfigError } from '../checks/parse-config.ts';
import { environmentVariable, SkipEndpoint, type EndpointNotes } from './gatus-notes.ts';
import { isRecord } from './gatus-yaml.ts';

/**
 * Milliseconds for a Go duration (`30s`, `5m`, `1h30m`), clamped to [min, max] with a
 * note when it had to be. A value that is not a duration skips the endpoint: Gatus
 * itself would have refused to start with it.
 */
export function readDuration(value: unknown, field: string, limits: { min: number; max: number }, notes: EndpointNotes): number | undefined {
  if (value === undefined || value === null) return undefined;
  const ms = typeof value === 'string' ? parseDuration(value.trim()) : null;
  if (ms === null || ms <= 0) throw new SkipEndpoint(`${field}: "${String(value)}" is not a duration such as 30s, 5m or 1h`);
  const clamped = Math.min(limits.max, Math.max(limits.min, Math.round(ms)));
  if (clamped !== ms) {
    const bound = clamped === limits.min ? `below the minimum of ${format(limits.min)}` : `above the maximum of ${format(limits.max)}`;
    notes.adjusted.push({ field, note: `${String(value)} is ${bound} here; imported as ${format(clamped)}` });
  }
  return clamped;
}

const format = (ms: number): string => (ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`);

/** Header names that carry credentials: those are never saved as plain config (it is shown in the window). */
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie)$|api[-_]?key|token|secret|passw(or)?d|auth/i;

/** Request headers we can send as written; every other one is listed with the reason. */
export function readHeaders(value: unknown, notes: EndpointNotes): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw new SkipEndpoint('headers: must be a mapping of header names to values');
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries(value)) {
    const field = `headers.${name}`;
    if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
      notes.unsupported.push({ field, note: 'not imported: a header value must be text' });
      continue;
    }
    const text = String(raw);
    if (CREDENTIAL_HEADER.test(name)) {
      notes.unsupported.push({
        field,
        note: "not imported: credentials are not stored as plain text here; put the value in the secret store and add the header under the check's secret headers",
      });
      continue;
    }
    const variable = environmentVariable(text);
    if (variable !== null) {
      notes.unsupported.push({ field, note: `not imported: it uses ${variable}, which Gatus filled in from its environment` });
      continue;
    }
    // The http check's own schema decides which names and values it accepts.
    const parsed = httpConfig.safeParse({ url: 'http://gatus-import.invalid/', headers: { [name]: text } });
    if (!parsed.success) {
      const reason = describeConfigError(parsed.error).replace(/^headers(\.[^:]*)?: /, '');
      notes.unsupported.push({ field, note: `not imported: ${reason}` });
      continue;
    }
    headers[name] = text;
  }
  return headers;
}

/** The endpoint's `client:` options we can carry over. */
export interface ClientOptions {
  readonly timeoutMs?: number;
  readonly ignoreRedirect?: boolean;
}

/** The limits of our `timeoutMs` config fields. */
const TIMEOUT_LIMITS = { min: 100, max: 120_000 };

const CLIENT_NOTES: Readonly<Record<string, string>> = {
  'dns-resolver': "not imported: names are resolved by the system's resolvers",
  oauth2: 'not imported: OAuth2 client credentials are not supported; put a token in the secret store and send it as a secret header',
  'proxy-url': 'not imported: requests go direct, not through a proxy',
  'identity-aware-proxy': 'not imported: Google Identity-Aware Proxy is not supported',
  tls: 'not imported: client certificates (mTLS) are not supported',
  network: 'not imported: only used by ICMP endpoints',
  tunnel: 'not imported: SSH tunnels are not supported',
};

/** `client.timeout`, `client.ignore-redirect`; every other client option is listed. */
export function readClient(value: unknown, notes: EndpointNotes): ClientOptions {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw new SkipEndpoint('client: must be a mapping');
  let options: ClientOptions = {};
  for (const [key, option] of Object.entries(value)) {
    const field = `client.${key}`;
    if (key === 'timeout') options = { ...options, timeoutMs: readDuration(option, field, TIMEOUT_LIMITS, notes) };
    else if (key === 'ignore-redirect') {
      if (typeof option !== 'boolean') throw new SkipEndpoint(`${field}: must be true or false`);
      options = { ...options, ignoreRedirect: option };
    } else if (key === 'insecure') {
      // false is what every check here does anyway: nothing to say.
      if (option === true) notes.unsupported.push({ field, note: 'not imported: certificates are always verified here; a self-signed one fails until the system trusts it' });
    } else notes.unsupported.push({ field, note: CLIENT_NOTES[key] ?? 'not a client option this import knows; left out' });
  }
  return options;
}

/** Endpoint fields with no counterpart here, and what to tell the user about each. */
const FIELD_NOTES: Readonly<Record<string, (value: unknown) => string>> = {
  'maintenance-windows': () => 'not imported: maintenance windows are not supported yet; the check runs and notifies at all times',
  ui: () => "not imported: display options of Gatus's status page, with no counterpart here",
  'extra-labels': () => 'not imported: metric labels have no use here (there is no /metrics endpoint)',
  ssh: () => 'not imported: SSH credentials are never imported',
  'always-run': () => 'not imported: only used by Gatus suites',
  store: () => 'not imported: only used by Gatus suites',
};

/** Notes for the endpoint's fields that no mapping step used. `ui` is listed option by option. */
export function noteOtherFields(endpoint: Record<string, unknown>, used: ReadonlySet<string>, notes: EndpointNotes): void {
  for (const [key, value] of Object.entries(endpoint)) {
    if (used.has(key)) continue;
    if (key === 'ui' && isRecord(value)) {
      for (const option of Object.keys(value)) {
        notes.unsupported.push({ field: `ui.${option}`, note: "not imported: a display option of Gatus's status page, with no counterpart here" });
      }
      continue;
    }
    const describe = FIELD_NOTES[key];
    notes.unsupported.push({ field: key, note: describe ? describe(value) : 'not a Gatus endpoint field this import knows; left out' });
  }
}
