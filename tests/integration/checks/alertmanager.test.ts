import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAlertmanagerCheck } from '../../../electron/core/node/checks/alertmanager.ts';
import { parseCheckConfig } from '../../../electron/core/node/checks/parse-config.ts';
import { checkContext } from '../../helpers/check-context.ts';
import { closedPort } from '../../helpers/check-http-server.ts';

const check = createAlertmanagerCheck();

/** What the fake Alertmanager answers next: a status and a JSON value or raw text, or nothing at all. */
type Reply = { status?: number; json?: unknown; text?: string } | 'silent';
let reply: Reply;
const seen: { url: URL; headers: IncomingHttpHeaders }[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: new URL(req.url ?? '/', 'http://x'), headers: req.headers });
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

/** A gettableAlert as GET /api/v2/alerts returns it. */
function alert(labels: Record<string, string>, startsAt: string, extra: { annotations?: Record<string, string>; state?: string } = {}) {
  return {
    annotations: extra.annotations ?? { summary: `${labels['alertname']} is firing` },
    endsAt: '2026-05-25T18:30:00.000Z',
    fingerprint: `fp-${labels['alertname']}-${labels['instance'] ?? labels['service'] ?? 'x'}`,
    receivers: [{ name: 'team-pager' }],
    startsAt,
    status: { inhibitedBy: [], silencedBy: extra.state === 'suppressed' ? ['5947eba9-c472-42c4-88fe-ad9b8cd781b0'] : [], state: extra.state ?? 'active' },
    updatedAt: '2026-05-25T18:25:00.000Z',
    generatorURL: 'http://prometheus:9090/graph?g0.expr=up+%3D%3D+0',
    labels,
  };
}

const MIXED = [
  alert({ alertname: 'DiskWillFillIn4Hours', instance: 'db1:9100', job: 'node', severity: 'warning' }, '2026-05-25T16:00:00.000Z'),
  alert({ alertname: 'HighErrorRate', service: 'api', namespace: 'prod', severity: 'critical' }, '2026-05-25T17:42:00.000Z', {
    annotations: { summary: '5xx above 5% for 10m', description: 'x'.repeat(3000), runbook_url: 'https://runbooks.example.com/HighErrorRate' },
  }),
  alert({ alertname: 'Watchdog', severity: 'none' }, '2026-05-20T00:00:00.000Z'),
  alert({ alertname: 'NodeDown', instance: 'web3:9100', severity: 'critical' }, '2026-05-25T18:00:00.000Z', { state: 'suppressed' }),
];

function run(config: Record<string, unknown>, context = checkContext()) {
  return check.run(check.config.parse({ url: base, ...config }), context);
}

describe('alertmanager config', () => {
  it('names the field and the reason, and fills in the defaults', () => {
    const message = (config: unknown) => {
      const parsed = parseCheckConfig(check, config);
      return parsed.ok ? 'ok' : parsed.message;
    };
    expect(message({ url: 'http://am', filter: ['critical'] })).toBe('filter.0: must be a matcher such as severity="critical", team!="db" or service=~"api|web"');
    expect(message({ url: 'http://am', filter: 'severity="critical"' })).toBe('filter: must be a list of matchers');
    expect(message({ url: 'http://am', severityLabel: 'sev level' })).toBe('severityLabel: must be a label name (letters, digits and _)');
    expect(message({ url: 'http://am', filter: ['team="db"\nx'] })).toBe('filter.0: must not contain line breaks');
    expect(check.config.parse({ url: 'http://am:9093' })).toEqual({
      url: 'http://am:9093',
      headers: {},
      secretHeaders: {},
      timeoutMs: 10_000,
      filter: [],
      severityLabel: 'severity',
    });
  });
});

describe('alertmanager check', () => {
  it('asks for active, unsilenced, uninhibited alerts and is up when none fire', async () => {
    reply = { json: [] };
    const result = await run({});
    expect(seen[0]?.url.pathname).toBe('/api/v2/alerts');
    expect([...(seen[0]?.url.searchParams ?? [])]).toEqual([
      ['active', 'true'],
      ['silenced', 'false'],
      ['inhibited', 'false'],
    ]);
    expect(result).toMatchObject({ status: 'up', message: 'No alerts firing', values: { alerts_firing: 0, alerts: '[]' } });
  });

  it('sends each matcher as a filter parameter and reports the worst severity', async () => {
    reply = { json: MIXED };
    const result = await run({ filter: ['env="prod"', 'team=~"api|db"'], receiver: 'team-.*' });
    expect(seen[0]?.url.searchParams.getAll('filter')).toEqual(['env="prod"', 'team=~"api|db"']);
    expect(seen[0]?.url.searchParams.get('receiver')).toBe('team-.*');
    expect(result).toMatchObject({ status: 'critical', errorClass: 'condition', values: { alerts_firing: 3, alerts_critical: 1, alerts_warning: 2 } });
    expect(result.message).toBe('3 firing (1 critical): HighErrorRate (service=api, namespace=prod), Watchdog, DiskWillFillIn4Hours (instance=db1:9100, job=node)');
    const alerts = JSON.parse(String(result.values['alerts'])) as Record<string, unknown>[];
    expect(alerts.map((item) => item['alertname'])).toEqual(['HighErrorRate', 'Watchdog', 'DiskWillFillIn4Hours']);
    expect(alerts[0]).toMatchObject({
      fingerprint: 'fp-HighErrorRate-api',
      severity: 'critical',
      labels: { alertname: 'HighErrorRate', service: 'api', namespace: 'prod', severity: 'critical' },
      annotations: { summary: '5xx above 5% for 10m' },
      runbook_url: 'https://runbooks.example.com/HighErrorRate',
      startsAt: '2026-05-25T17:42:00.000Z',
    });
    expect(String((alerts[0]?.['annotations'] as Record<string, string>)['description'])).toHaveLength(1000);
    expect(alerts[1]).toMatchObject({ severity: 'warning', runbook_url: null });
  });

  it('is a warning when nothing critical fires, with a configurable severity label', async () => {
    reply = { json: MIXED.filter((item) => item.labels['severity'] !== 'critical') };
    expect(await run({})).toMatchObject({ status: 'warning', values: { alerts_firing: 2, alerts_critical: 0 } });
    reply = { json: [alert({ alertname: 'PaymentsDown', level: 'PAGE' }, '2026-05-25T18:00:00.000Z')] };
    expect(await run({ severityLabel: 'level' })).toMatchObject({ status: 'critical', message: '1 firing (1 critical): PaymentsDown' });
  });

  it('carries at most 50 alerts in the value and counts them all', async () => {
    reply = { json: Array.from({ length: 60 }, (_, index) => alert({ alertname: 'TargetDown', instance: `host-${index}`, severity: 'warning' }, '2026-05-25T18:00:00.000Z')) };
    const result = await run({});
    expect(result.values['alerts_firing']).toBe(60);
    expect(JSON.parse(String(result.values['alerts']))).toHaveLength(50);
    expect(result.message).toMatch(/^60 firing: TargetDown \(instance=host-0\), TargetDown \(instance=host-1\), TargetDown \(instance=host-2\) and 57 more$/);
  });

  it("reports Alertmanager's rejection, with secrets redacted", async () => {
    reply = { status: 400, json: 'bad matcher format: severity=="critical"' };
    expect(await run({ filter: ['severity=="critical"'] })).toMatchObject({
      errorClass: 'http_status',
      message: 'HTTP 400 Bad Request from Alertmanager: bad matcher format: severity=="critical"',
      values: { alerts_firing: null, alerts: null },
    });
    reply = { status: 401, json: { error: 'token am-s3cret is not valid' } };
    const result = await run({ secretHeaders: { Authorization: 'am-token' } }, checkContext({ secrets: { 'am-token': 'am-s3cret' } }));
    expect(seen.at(-1)?.headers.authorization).toBe('am-s3cret');
    expect(result.message).toBe('HTTP 401 Unauthorized from Alertmanager: token [secret] is not valid');
  });

  it('reports malformed JSON, a refused connection and a timeout', async () => {
    reply = { text: '[{"labels":{"alertname":"HighErrorRate"' };
    expect(await run({})).toMatchObject({ status: 'critical', errorClass: 'bad_body' });
    reply = { json: { status: 'success', data: [] } };
    expect(await run({})).toMatchObject({ errorClass: 'bad_body', message: expect.stringMatching(/^Unexpected answer from Alertmanager: /) });
    const port = await closedPort();
    expect(await run({ url: `http://127.0.0.1:${port}` })).toMatchObject({ errorClass: 'connect' });
    reply = 'silent';
    expect(await run({ timeoutMs: 300 })).toMatchObject({ errorClass: 'timeout', message: 'Timed out after 300 ms waiting for the response' });
  });
});
