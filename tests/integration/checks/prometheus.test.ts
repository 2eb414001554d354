import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCheckConfig } from '../../../electron/core/node/checks/parse-config.ts';
import { createPrometheusCheck } from '../../../electron/core/node/checks/prometheus.ts';
import { testCertificates } from '../../helpers/check-certs.ts';
import { checkContext, fakeLookup } from '../../helpers/check-context.ts';
import { closedPort, startCheckServer } from '../../helpers/check-http-server.ts';

const check = createPrometheusCheck();

/** What the fake Prometheus answers next: a status and a JSON value or raw text, or nothing at all. */
type Reply = { status?: number; json?: unknown; text?: string } | 'silent';
let reply: Reply;
const seen: { url: URL; headers: IncomingHttpHeaders }[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: new URL(req.url ?? '/', 'http://x'), headers: req.headers });
    if (reply === 'silent') return;
    const body = reply.text ?? JSON.stringify(reply.json);
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));

beforeEach(() => {
  seen.length = 0;
});

/** An instant-vector answer as Prometheus writes it: labels, then [unix seconds, "value"]. */
function vector(samples: [Record<string, string>, string][]) {
  return {
    status: 'success',
    data: { resultType: 'vector', result: samples.map(([metric, value]) => ({ metric, value: [1716652800.123, value] })) },
  };
}

const DISK = vector([
  [{ __name__: 'disk_used_percent', instance: 'db1:9100', job: 'node', mountpoint: '/' }, '71.25'],
  [{ __name__: 'disk_used_percent', instance: 'db2:9100', job: 'node', mountpoint: '/' }, '93.5'],
  [{ __name__: 'disk_used_percent', instance: 'web1:9100', job: 'node', mountpoint: '/' }, '40'],
]);

function run(config: Record<string, unknown>, context = checkContext()) {
  return check.run(check.config.parse({ url: base, query: 'disk_used_percent', ...config }), context);
}

describe('prometheus config', () => {
  it('names the field and the reason, and fills in the defaults', () => {
    const message = (config: unknown) => {
      const parsed = parseCheckConfig(check, config);
      return parsed.ok ? 'ok' : parsed.message;
    };
    expect(message({ url: 'https://prom.example.com' })).toBe('query: is required');
    expect(message({ url: 'ftp://prom', query: 'up' })).toBe('url: must be an http or https URL');
    expect(message({ url: 'http://p', query: 'up', warning: 95, critical: 90 })).toBe('warning: must not be above critical when comparison is above');
    expect(message({ url: 'http://p', query: 'up', comparison: 'below', warning: 1, critical: 5 })).toBe('warning: must not be below critical when comparison is below');
    expect(message({ url: 'http://p', query: 'up', noData: 'down' })).toBe('noData: must be one of up, warning, critical, unknown');
    expect(check.config.parse({ url: 'https://prom.example.com', query: ' up ' })).toEqual({
      url: 'https://prom.example.com',
      query: 'up',
      headers: {},
      secretHeaders: {},
      timeoutMs: 10_000,
      comparison: 'above',
      noData: 'unknown',
    });
  });
});

describe('prometheus check', () => {
  it('queries /api/v1/query and reports every series by its labels', async () => {
    reply = { json: DISK };
    const result = await run({ query: 'disk_used_percent{mountpoint="/"}', warning: 95, critical: 98 });
    expect(seen[0]?.url.pathname).toBe('/api/v1/query');
    expect(seen[0]?.url.searchParams.get('query')).toBe('disk_used_percent{mountpoint="/"}');
    expect(seen[0]?.headers.accept).toBe('application/json');
    expect(result).toMatchObject({ status: 'up', message: 'Highest of 3 series: {instance="db2:9100",job="node",mountpoint="/"} = 93.5' });
    expect(result.values).toEqual({
      value: 93.5,
      series: 3,
      'value{instance="db2:9100",job="node",mountpoint="/"}': 93.5,
      'value{instance="db1:9100",job="node",mountpoint="/"}': 71.25,
      'value{instance="web1:9100",job="node",mountpoint="/"}': 40,
    });
    expect(result.errorClass).toBeUndefined();
    expect(result.latencyMs).toBeGreaterThan(0);
  });

  it('crosses the warning and critical thresholds above', async () => {
    reply = { json: DISK };
    const warning = await run({ warning: 90, critical: 95 });
    expect(warning).toMatchObject({ status: 'warning', errorClass: 'condition' });
    expect(warning.message).toBe('{instance="db2:9100",job="node",mountpoint="/"} = 93.5, above warning 90');
    const critical = await run({ warning: 50, critical: 90 });
    expect(critical.status).toBe('critical');
    expect(critical.message).toBe('{instance="db2:9100",job="node",mountpoint="/"} = 93.5, above critical 90; 2 of 3 series past a threshold');
  });

  it('crosses thresholds below, for up and free space', async () => {
    reply = { json: vector([[{ __name__: 'up', instance: 'a:9100', job: 'node' }, '1'], [{ __name__: 'up', instance: 'b:9100', job: 'node' }, '0']]) };
    const down = await run({ query: 'up{job="node"}', comparison: 'below', critical: 1 });
    expect(down).toMatchObject({ status: 'critical', values: { value: 0, series: 2, 'value{instance="b:9100",job="node"}': 0 } });
    expect(down.message).toBe('{instance="b:9100",job="node"} = 0, below critical 1');
    reply = { json: vector([[{ instance: 'a:9100' }, '1'], [{ instance: 'b:9100' }, '1']]) };
    expect(await run({ query: 'up{job="node"}', comparison: 'below', critical: 1 })).toMatchObject({ status: 'up', message: 'Lowest of 2 series: {instance="a:9100"} = 1' });
  });

  it('judges a scalar, and skips NaN samples', async () => {
    reply = { json: { status: 'success', data: { resultType: 'scalar', result: [1716652800, '0.0421'] } } };
    expect(await run({ query: 'scalar(sum(rate(errors[5m])))', warning: 0.01 })).toMatchObject({
      status: 'warning',
      message: 'Value = 0.0421, above warning 0.01',
      values: { value: 0.0421, series: 1 },
    });
    reply = { json: vector([[{ instance: 'a' }, 'NaN'], [{ instance: 'b' }, '12']]) };
    const result = await run({ warning: 20 });
    expect(result).toMatchObject({ status: 'up', values: { value: 12, series: 2, 'value{instance="a"}': null } });
  });

  it('applies the noData policy to an empty vector', async () => {
    reply = { json: vector([]) };
    for (const noData of ['up', 'warning', 'critical', 'unknown'] as const) {
      const result = await run({ noData, critical: 1 });
      expect(result).toMatchObject({ status: noData, message: `The query returned no series (noData: ${noData})`, values: { value: null, series: 0 } });
      expect(result.errorClass).toBe(noData === 'warning' || noData === 'critical' ? 'condition' : undefined);
    }
  });

  it("reports Prometheus's own error as bad_body, whatever the HTTP status", async () => {
    reply = { status: 400, json: { status: 'error', errorType: 'bad_data', error: 'invalid parameter "query": 1:14: parse error: unexpected right bracket \']\'' } };
    const result = await run({ query: 'rate(errors[5m]])' });
    expect(result).toMatchObject({ status: 'critical', errorClass: 'bad_body', values: { value: null, series: null } });
    expect(result.message).toBe('Prometheus error (bad_data): invalid parameter "query": 1:14: parse error: unexpected right bracket \']\'');
    reply = { status: 503, text: '<html>upstream unavailable</html>' };
    expect(await run({})).toMatchObject({ errorClass: 'http_status', message: 'HTTP 503 Service Unavailable from Prometheus' });
  });

  it('reports malformed JSON and unexpected shapes as bad_body, a matrix as config', async () => {
    reply = { text: '{"status":"success","data":{"resultType":"vec' };
    const malformed = await run({});
    expect(malformed.errorClass).toBe('bad_body');
    expect(malformed.message).toMatch(/^Answer from Prometheus is not JSON \(/);
    reply = { json: { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: 'high' }] } } };
    expect(await run({})).toMatchObject({ errorClass: 'bad_body', message: expect.stringMatching(/^Unexpected answer from Prometheus: data\.result\[0\]\.value: /) });
    reply = { json: { status: 'success', data: { resultType: 'matrix', result: [] } } };
    expect(await run({ query: 'errors[5m]' })).toMatchObject({ errorClass: 'config', message: expect.stringContaining('a range vector (matrix)') });
  });

  it('takes answers past the http check’s 64 KiB, up to 2 MiB', async () => {
    const many = Array.from({ length: 3000 }, (_, index): [Record<string, string>, string] => [{ instance: `host-${index}:9100`, job: 'node' }, String(index)]);
    reply = { json: vector(many) };
    const result = await run({});
    expect(result).toMatchObject({ status: 'up', values: { value: 2999, series: 3000 } });
    expect(Object.keys(result.values)).toHaveLength(102);
    reply = { text: JSON.stringify(vector(many)).padEnd(2 * 1024 * 1024 + 10, ' ') };
    expect(await run({})).toMatchObject({ errorClass: 'body_too_large', message: 'Body larger than 2 MiB' });
  });

  it('keeps a path prefix, sends secret headers and redacts them', async () => {
    reply = { status: 401, json: 'token Bearer pr0m-t0ken rejected' };
    const context = checkContext({ secrets: { 'prom-token': 'Bearer pr0m-t0ken' } });
    const result = await run({ url: `${base}/prometheus/`, secretHeaders: { Authorization: 'prom-token' }, headers: { 'X-Scope-OrgID': 'team-a' } }, context);
    expect(seen[0]?.url.pathname).toBe('/prometheus/api/v1/query');
    expect(seen[0]?.headers).toMatchObject({ authorization: 'Bearer pr0m-t0ken', 'x-scope-orgid': 'team-a' });
    expect(result).toMatchObject({ errorClass: 'http_status', message: 'HTTP 401 Unauthorized from Prometheus' });
    expect(JSON.stringify(result)).not.toContain('pr0m');
  });

  it('reports a refused connection and a timeout', async () => {
    const port = await closedPort();
    expect(await run({ url: `http://127.0.0.1:${port}` })).toMatchObject({
      status: 'critical',
      errorClass: 'connect',
      message: `Connection refused by 127.0.0.1:${port}`,
      latencyMs: null,
    });
    reply = 'silent';
    const started = performance.now();
    expect(await run({ timeoutMs: 300 })).toMatchObject({ errorClass: 'timeout', message: 'Timed out after 300 ms waiting for the response' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('keeps the http check’s TLS policy and DNS classes', async () => {
    const selfSigned = await startCheckServer(testCertificates().selfSigned);
    try {
      expect(await run({ url: selfSigned.url })).toMatchObject({ errorClass: 'tls', message: 'TLS: self-signed certificate' });
    } finally {
      await selfSigned.close();
    }
    const offline = createPrometheusCheck({ lookup: fakeLookup() });
    const result = await offline.run(offline.config.parse({ url: 'https://prometheus.internal.example', query: 'up' }), checkContext());
    expect(result).toMatchObject({ errorClass: 'dns', message: 'DNS: no such host prometheus.internal.example', values: { value: null } });
  });
});
