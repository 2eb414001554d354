import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCheckConfig } from '../../../electron/core/node/checks/parse-config.ts';
import { createPrometheusTargetsCheck } from '../../../electron/core/node/checks/prometheus-targets.ts';
import { checkContext } from '../../helpers/check-context.ts';
import { closedPort } from '../../helpers/check-http-server.ts';

const check = createPrometheusTargetsCheck();

/** What the fake Prometheus answers next: a status and a JSON value or raw text, or nothing at all. */
type Reply = { status?: number; json?: unknown; text?: string } | 'silent';
let reply: Reply;
const seen: URL[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(new URL(req.url ?? '/', 'http://x'));
    if (reply === 'silent') return;
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' }).end(reply.text ?? JSON.stringify(reply.json));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));

beforeEach(() => {
  seen.length = 0;
});

/** One active target as GET /api/v1/targets describes it. */
function target(job: string, instance: string, health: 'up' | 'down' | 'unknown', lastError = '') {
  return {
    discoveredLabels: { __address__: instance, __metrics_path__: '/metrics', __scheme__: 'http', job },
    labels: { instance, job },
    scrapePool: job,
    scrapeUrl: `http://${instance}/metrics`,
    globalUrl: `http://${instance}/metrics`,
    lastError,
    lastScrape: '2026-05-25T18:00:01.123456789Z',
    lastScrapeDuration: 0.0043,
    health,
    scrapeInterval: '15s',
    scrapeTimeout: '10s',
  };
}

function targets(...active: ReturnType<typeof target>[]) {
  return { status: 'success', data: { activeTargets: active, droppedTargets: [] } };
}

const REFUSED = 'Get "http://db2:9100/metrics": dial tcp 10.0.0.12:9100: connect: connection refused';
const MIXED = targets(
  target('prometheus', 'localhost:9090', 'up'),
  target('node', 'db1:9100', 'up'),
  target('node', 'db2:9100', 'down', REFUSED),
  target('node', 'db3:9100', 'down', 'context deadline exceeded'),
  target('node', 'web1:9100', 'unknown'),
);

function run(config: Record<string, unknown>, context = checkContext()) {
  return check.run(check.config.parse({ url: base, ...config }), context);
}

describe('prometheus-targets config', () => {
  it('names the field and the reason, and fills in the defaults', () => {
    const message = (config: unknown) => {
      const parsed = parseCheckConfig(check, config);
      return parsed.ok ? 'ok' : parsed.message;
    };
    expect(message({ url: 'http://p', allowedDown: -1 })).toBe('allowedDown: must be 0 or more');
    expect(message({ url: 'http://p', severity: 'page' })).toBe('severity: must be warning or critical');
    expect(check.config.parse({ url: 'http://prom:9090' })).toEqual({
      url: 'http://prom:9090',
      headers: {},
      secretHeaders: {},
      timeoutMs: 10_000,
      allowedDown: 0,
      severity: 'critical',
      noTargets: 'unknown',
    });
  });
});

describe('prometheus-targets check', () => {
  it('asks for active targets and is up when none is down', async () => {
    reply = { json: targets(target('prometheus', 'localhost:9090', 'up'), target('node', 'db1:9100', 'up')) };
    const result = await run({});
    expect(seen[0]?.pathname).toBe('/api/v1/targets');
    expect(seen[0]?.searchParams.get('state')).toBe('active');
    expect(result).toMatchObject({ status: 'up', message: '2 of 2 targets up', values: { targets_up: 2, targets_down: 0, targets_unknown: 0 } });
  });

  it('names the down targets of a job with their last error', async () => {
    reply = { json: MIXED };
    const node = await run({ job: 'node' });
    expect(node).toMatchObject({ status: 'critical', errorClass: 'condition', values: { targets_up: 1, targets_down: 2, targets_unknown: 1 } });
    expect(node.message).toBe(
      `2 of 4 targets of job "node" down: node/db2:9100 (dial tcp 10.0.0.12:9100: connect: connection refused), node/db3:9100 (context deadline exceeded)`,
    );
    expect(await run({ job: 'prometheus' })).toMatchObject({ status: 'up', message: '1 of 1 targets of job "prometheus" up' });
    expect(await run({})).toMatchObject({ status: 'critical', values: { targets_up: 2, targets_down: 2, targets_unknown: 1 } });
  });

  it('tolerates allowedDown, uses the configured severity and caps the names', async () => {
    reply = { json: MIXED };
    expect(await run({ job: 'node', allowedDown: 2 })).toMatchObject({ status: 'up', message: expect.stringMatching(/^2 of 4 targets of job "node" down \(2 allowed\): /) });
    expect(await run({ job: 'node', allowedDown: 1, severity: 'warning' })).toMatchObject({ status: 'warning' });
    reply = { json: targets(...['a', 'b', 'c', 'd', 'e'].map((host) => target('blackbox', `${host}:9115`, 'down', 'server returned HTTP status 500'))) };
    const many = await run({});
    expect(many.message).toMatch(/^5 of 5 targets down: blackbox\/a:9115 \(server returned HTTP status 500\), .* and 2 more$/);
  });

  it('applies the noTargets policy when a job has no active targets', async () => {
    reply = { json: MIXED };
    expect(await run({ job: 'mysql' })).toMatchObject({ status: 'unknown', message: 'No active targets of job "mysql" (noTargets: unknown)' });
    expect(await run({ job: 'mysql', noTargets: 'critical' })).toMatchObject({ status: 'critical', errorClass: 'condition' });
  });

  it("reports Prometheus's error, malformed JSON, a refused connection and a timeout", async () => {
    reply = { status: 503, json: { status: 'error', errorType: 'unavailable', error: 'Service Unavailable' } };
    expect(await run({})).toMatchObject({ errorClass: 'bad_body', message: 'Prometheus error (unavailable): Service Unavailable' });
    reply = { text: '<!doctype html><title>Prometheus Time Series Collection and Processing Server</title>' };
    expect(await run({})).toMatchObject({ errorClass: 'bad_body', values: { targets_up: null, targets_down: null } });
    reply = { json: { status: 'success', data: { activeTargets: [{ labels: {} }] } } };
    expect(await run({})).toMatchObject({ errorClass: 'bad_body', message: expect.stringMatching(/^Unexpected answer from Prometheus: data\.activeTargets\[0\]\.health: /) });
    const port = await closedPort();
    expect(await run({ url: `http://127.0.0.1:${port}/` })).toMatchObject({ errorClass: 'connect' });
    reply = 'silent';
    expect(await run({ timeoutMs: 300 })).toMatchObject({ errorClass: 'timeout', latencyMs: null });
  });
});
