import { DEFAULT_INTERVAL_MS, MIN_INTERVAL_MS, type CheckInput } from '../../common/checks/definition.ts';
import { parseConditions } from '../../common/conditions/index.ts';
import { RECORD_TYPES } from '../checks/dns-query.ts';
import { readAlerts } from './gatus-alerts.ts';
import { adaptConditions, type ConditionTarget } from './gatus-conditions.ts';
import { noteOtherFields, readClient, readDuration, readHeaders, type ClientOptions } from './gatus-fields.ts';
import { environmentVariable, SkipEndpoint, type EndpointNotes } from './gatus-notes.ts';
import { isRecord } from './gatus-yaml.ts';

/** An endpoint as a check ready to validate, or the reason it cannot be one. */
export type MappedEndpoint =
  | { readonly ok: true; readonly name: string; readonly input: CheckInput; readonly notes: EndpointNotes }
  | { readonly ok: false; readonly name: string; readonly reason: string };

/** The longest interval a check may have (the contract's limit): a day. */
const MAX_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Schemes Gatus checks that no check type here can, named for the reason line. */
const OTHER_SCHEMES: Readonly<Record<string, string>> = {
  icmp: 'ping (ICMP)',
  udp: 'UDP',
  sctp: 'SCTP',
  ws: 'WebSocket',
  wss: 'WebSocket',
  ssh: 'SSH',
  starttls: 'STARTTLS',
  grpc: 'gRPC',
  grpcs: 'gRPC',
};

/** Endpoint fields only an HTTP request uses. */
const HTTP_FIELDS = ['method', 'headers', 'body', 'graphql'] as const;

/** The kind's config, plus what its conditions are about. */
interface KindConfig {
  readonly config: Record<string, unknown>;
  readonly target: ConditionTarget;
  /** Endpoint fields this kind used (the rest are listed as not imported). */
  readonly used: readonly string[];
}

const text = (value: unknown): string | null =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;

/**
 * Map one Gatus endpoint to a check input: kind from the URL scheme (or a `dns:` block),
 * `group / name`, interval, conditions as critical ones, `client.timeout`, `enabled`,
 * the first alert's thresholds.
 * Whatever is left out or changed is in `notes`, never silently dropped.
 */
export function mapEndpoint(raw: unknown, index: number): MappedEndpoint {
  const fallback = `endpoints[${index}]`;
  if (!isRecord(raw)) return { ok: false, name: fallback, reason: 'must be a mapping with at least name and url' };
  const baseName = text(raw['name']);
  if (!baseName) return { ok: false, name: fallback, reason: 'name: is required' };
  const group = text(raw['group']);
  const name = group ? `${group} / ${baseName}` : baseName;
  const notes: EndpointNotes = { unsupported: [], adjusted: [] };
  try {
    return { ok: true, name, input: buildInput(raw, name, { name: baseName, group: group ?? '' }, notes), notes };
  } catch (error) {
    if (error instanceof SkipEndpoint) return { ok: false, name, reason: error.message };
    throw error;
  }
}

function buildInput(raw: Record<string, unknown>, name: string, gatus: { name: string; group: string }, notes: EndpointNotes): CheckInput {
  const enabled = raw['enabled'] ?? true;
  if (typeof enabled !== 'boolean') throw new SkipEndpoint('enabled: must be true or false');
  const intervalMs = readDuration(raw['interval'], 'interval', { min: MIN_INTERVAL_MS, max: MAX_INTERVAL_MS }, notes) ?? DEFAULT_INTERVAL_MS;
  const conditions = readConditions(raw['conditions']);
  const client = readClient(raw['client'], notes);
  const kind = raw['dns'] !== undefined ? dnsConfig(raw, client, notes) : urlConfig(raw, client, gatus, notes);
  const adapted = adaptConditions(conditions, kind.target);
  for (const { index, note } of adapted.dropped) notes.unsupported.push({ field: `conditions[${index}]`, note });
  for (const { index, note } of adapted.rewritten) notes.adjusted.push({ field: `conditions[${index}]`, note });
  if (kind.target.kind === 'http' && !adapted.critical.some((condition) => /\[status\]/i.test(condition))) {
    // Gatus judges by conditions alone; our http check also expects 200–399 unless a condition says otherwise.
    notes.adjusted.push({ field: 'conditions', note: 'no [STATUS] condition: here a status outside 200–399 also counts as down' });
  }
  const alert = readAlerts(raw['alerts'], notes);
  noteOtherFields(raw, new Set(['name', 'group', 'enabled', 'interval', 'conditions', 'client', 'alerts', ...kind.used]), notes);
  return { name, kind: kind.target.kind, config: kind.config, intervalMs, warning: [], critical: adapted.critical, runbook: null, enabled, alert };
}

/** Condition lines, each parsed now so a bad one is reported with its Gatus index and position. */
function readConditions(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new SkipEndpoint('conditions: must be a list');
  const texts = value.map((condition: unknown, index) => {
    if (typeof condition !== 'string') throw new SkipEndpoint(`conditions[${index}]: must be text, e.g. "[STATUS] == 200"`);
    return condition;
  });
  const parsed = parseConditions(texts, 'conditions');
  if (!parsed.ok) throw new SkipEndpoint(parsed.errors.map((error) => error.message).join('; '));
  return texts;
}

function dnsConfig(raw: Record<string, unknown>, client: ClientOptions, notes: EndpointNotes): KindConfig {
  const dns = raw['dns'];
  if (!isRecord(dns)) throw new SkipEndpoint('dns: must be a mapping with query-name and query-type');
  const queryName = text(dns['query-name']);
  if (!queryName) throw new SkipEndpoint('dns.query-name: is required');
  const recordType = text(dns['query-type'])?.toUpperCase();
  if (!recordType) throw new SkipEndpoint('dns.query-type: is required');
  if (!(RECORD_TYPES as readonly string[]).includes(recordType)) {
    throw new SkipEndpoint(`dns.query-type: ${recordType} is not supported here (${RECORD_TYPES.join(', ')})`);
  }
  for (const key of Object.keys(dns)) {
    if (key !== 'query-name' && key !== 'query-type') notes.unsupported.push({ field: `dns.${key}`, note: 'not a dns option this import knows; left out' });
  }
  const nameserver = text(raw['url']);
  if (!nameserver) notes.adjusted.push({ field: 'url', note: "no DNS server given: the system's resolvers are asked" });
  noteUnused(raw, 'dns', client, notes);
  const config = { name: queryName, recordType, ...(nameserver ? { nameserver } : {}), ...timeout(client) };
  return { config, target: { kind: 'dns', recordType }, used: ['dns', 'url', ...HTTP_FIELDS] };
}

function urlConfig(raw: Record<string, unknown>, client: ClientOptions, gatus: { name: string; group: string }, notes: EndpointNotes): KindConfig {
  const url = text(raw['url']);
  if (!url) throw new SkipEndpoint('url: is required');
  const variable = environmentVariable(url);
  if (variable !== null) throw new SkipEndpoint(`url: uses ${variable}, which Gatus filled in from its environment; write the address itself and import again`);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return httpConfig(raw, url, client, gatus, notes);
  if (scheme === 'tcp' || scheme === 'tls') {
    const parsed = URL.parse(url);
    const host = parsed?.hostname.replace(/^\[(.*)\]$/, '$1') ?? '';
    const port = parsed?.port ? Number(parsed.port) : scheme === 'tls' ? 443 : null;
    if (!host || port === null) throw new SkipEndpoint(`url: ${scheme}:// needs a host and a port, e.g. ${scheme}://db.internal:5432`);
    noteUnused(raw, scheme, client, notes);
    return { config: { host, port, ...timeout(client) }, target: { kind: scheme }, used: ['url', ...HTTP_FIELDS] };
  }
  if (scheme !== undefined && OTHER_SCHEMES[scheme]) {
    throw new SkipEndpoint(`url: ${scheme}:// endpoints (${OTHER_SCHEMES[scheme]}) are not supported here; there is no check of that kind`);
  }
  throw new SkipEndpoint('url: must start with http://, https://, tcp:// or tls:// (or the endpoint needs a dns: block)');
}

function httpConfig(
  raw: Record<string, unknown>,
  url: string,
  client: ClientOptions,
  gatus: { name: string; group: string },
  notes: EndpointNotes,
): KindConfig {
  const method = raw['method'] === undefined ? 'GET' : text(raw['method'])?.toUpperCase();
  if (!method) throw new SkipEndpoint('method: must be text such as GET or POST');
  const headers = readHeaders(raw['headers'], notes);
  let body = readBody(raw['body'], { ...gatus, url, method }, notes);
  if (body !== undefined && raw['graphql'] === true) {
    // Gatus's graphql: true sends the body as a GraphQL query in JSON.
    body = JSON.stringify({ query: body });
    if (!Object.keys(headers).some((header) => header.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  }
  const config: Record<string, unknown> = { url, method, ...timeout(client) };
  if (Object.keys(headers).length > 0) config['headers'] = headers;
  if (body !== undefined) config['body'] = body;
  if (client.ignoreRedirect !== undefined) config['followRedirects'] = !client.ignoreRedirect;
  const parsed = URL.parse(url);
  const port = parsed?.port ? Number(parsed.port) : 443;
  return { config, target: { kind: 'http', host: parsed?.hostname, port }, used: ['url', ...HTTP_FIELDS] };
}

/** Gatus's body placeholders: the fixed ones are filled in now, the per-run ones cannot be. */
function readBody(value: unknown, endpoint: { name: string; group: string; url: string; method: string }, notes: EndpointNotes): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new SkipEndpoint('body: must be text');
  if (endpoint.method === 'GET' || endpoint.method === 'HEAD') {
    // Gatus sends it anyway; our http check refuses a body it would not send.
    notes.unsupported.push({ field: 'body', note: `not imported: a body is not sent with ${endpoint.method} here; set method: POST to send it` });
    return undefined;
  }
  const body = value
    .replaceAll('[ENDPOINT_NAME]', endpoint.name)
    .replaceAll('[ENDPOINT_GROUP]', endpoint.group)
    .replaceAll('[ENDPOINT_URL]', endpoint.url);
  const perRun = /\[(LOCAL_ADDRESS|RANDOM_STRING_\d+)\]/.exec(body)?.[0] ?? environmentVariable(body);
  if (perRun !== null) notes.unsupported.push({ field: 'body', note: `${perRun} is sent as written: Gatus filled it in, this app does not` });
  return body;
}

/** HTTP-only fields on another kind: Gatus ignores them too, but the user should know. */
function noteUnused(raw: Record<string, unknown>, kind: string, client: ClientOptions, notes: EndpointNotes): void {
  for (const field of HTTP_FIELDS) {
    if (raw[field] !== undefined) notes.unsupported.push({ field, note: `not imported: a ${kind} check sends no HTTP request` });
  }
  if (client.ignoreRedirect !== undefined) notes.unsupported.push({ field: 'client.ignore-redirect', note: `not imported: a ${kind} check follows no redirects` });
}

function timeout(client: ClientOptions): { timeoutMs?: number } {
  return client.timeoutMs === undefined ? {} : { timeoutMs: client.timeoutMs };
}
