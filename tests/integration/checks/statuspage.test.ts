import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCheckConfig } from '../../../electron/core/node/checks/parse-config.ts';
import { createStatuspageCheck } from '../../../electron/core/node/checks/statuspage.ts';
import { checkContext } from '../../helpers/check-context.ts';
import { closedPort } from '../../helpers/check-http-server.ts';

const check = createStatuspageCheck();

/** What the fake status page answers next: a status and a JSON value or raw text, or nothing at all. */
type Reply = { status?: number; json?: unknown; text?: string } | 'silent';
let reply: Reply;
const seen: URL[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push(url);
    // A page that moved: /old/… answers 301 to /new/…, as a vendor's renamed status domain would.
    if (url.pathname.startsWith('/old/')) return void res.writeHead(301, { location: url.pathname.replace('/old/', '/new/') }).end();
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

const PAGE_ID = 'kctbh9vrtdwd';

/** One component of summary.json, with the fields Statuspage sends. */
function component(id: string, name: string, status: string, group = false) {
  return {
    id,
    name,
    status,
    created_at: '2017-01-31T20:05:05.370Z',
    updated_at: '2026-05-25T18:02:11.123Z',
    position: 1,
    description: null,
    showcase: false,
    start_date: null,
    group_id: group ? null : 'grp0core0000',
    page_id: PAGE_ID,
    group,
    only_show_if_degraded: false,
    ...(group ? { components: ['brv1bkgrwx7q', '4230lsnqdsld'] } : {}),
  };
}

/** A GET /api/v2/summary.json answer: page, components, unresolved incidents, maintenances, status. */
function summary(indicator: string, description: string, statuses: { api?: string; webhooks?: string; actions?: string } = {}, incidents: string[] = []) {
  const api = statuses.api ?? 'operational';
  const webhooks = statuses.webhooks ?? 'operational';
  return {
    page: { id: PAGE_ID, name: 'GitHub', url: 'https://www.githubstatus.com', time_zone: 'Etc/UTC', updated_at: '2026-05-25T18:02:11.123Z' },
    components: [
      component('grp0core0000', 'Core services', api === 'operational' ? webhooks : api, true),
      component('8l4ygp009s5s', 'Git Operations', 'operational'),
      component('brv1bkgrwx7q', 'API Requests', api),
      component('4230lsnqdsld', 'Webhooks', webhooks),
      component('br0l2tvcx85d', 'Actions', statuses.actions ?? 'operational'),
    ],
    incidents: incidents.map((name, index) => ({
      id: `inc${index}`,
      name,
      status: 'investigating',
      impact: 'major',
      shortlink: 'https://stspg.io/abc123',
      incident_updates: [{ id: 'upd1', status: 'investigating', body: 'We are investigating reports of degraded performance.' }],
    })),
    scheduled_maintenances: [],
    status: { indicator, description },
  };
}

function run(config: Record<string, unknown>, context = checkContext()) {
  return check.run(check.config.parse({ url: base, ...config }), context);
}

describe('statuspage config', () => {
  it('names the field and the reason, and fills in the defaults', () => {
    const message = (config: unknown) => {
      const parsed = parseCheckConfig(check, config);
      return parsed.ok ? 'ok' : parsed.message;
    };
    expect(message({ url: 'https://www.githubstatus.com', components: 'API Requests' })).toBe('components: must be a list of component names or ids');
    expect(message({ url: 'https://www.githubstatus.com', components: [' '] })).toBe('components.0: must not be empty');
    expect(check.config.parse({ url: 'https://www.githubstatus.com' })).toEqual({
      url: 'https://www.githubstatus.com',
      headers: {},
      secretHeaders: {},
      timeoutMs: 10_000,
      components: [],
    });
  });
});

describe('statuspage check', () => {
  it('maps each page indicator to a status', async () => {
    const cases: [string, string, string][] = [
      ['none', 'All Systems Operational', 'up'],
      ['minor', 'Minor Service Outage', 'warning'],
      ['major', 'Partial System Outage', 'critical'],
      ['critical', 'Major System Outage', 'critical'],
      ['maintenance', 'Service Under Maintenance', 'up'],
      ['purple', 'Something New', 'unknown'],
    ];
    for (const [indicator, description, status] of cases) {
      reply = { json: summary(indicator, description) };
      const result = await run({});
      expect(result).toMatchObject({ status, values: { indicator, components_not_operational: 0, incidents_unresolved: 0 } });
      expect(result.message).toBe(status === 'unknown' ? `Unknown indicator "purple": ${description}` : description);
      expect(result.errorClass).toBe(status === 'warning' || status === 'critical' ? 'condition' : undefined);
    }
    expect(seen[0]?.pathname).toBe('/api/v2/summary.json');
  });

  it('names the affected components and the incident', async () => {
    reply = { json: summary('major', 'Partial System Outage', { api: 'partial_outage', webhooks: 'degraded_performance', actions: 'under_maintenance' }, ['Incident with API Requests', 'Delayed webhooks']) };
    const result = await run({});
    expect(result).toMatchObject({
      status: 'critical',
      values: { indicator: 'major', components_not_operational: 2, components_under_maintenance: 1, incidents_unresolved: 2 },
    });
    expect(result.message).toBe(
      'Partial System Outage: API Requests (partial outage), Webhooks (degraded performance), Actions (under maintenance); incident: Incident with API Requests and 1 more',
    );
  });

  it('judges only the named components, by name or id', async () => {
    reply = { json: summary('major', 'Partial System Outage', { api: 'major_outage', webhooks: 'degraded_performance', actions: 'under_maintenance' }, ['API outage']) };
    expect(await run({ components: ['Git Operations'] })).toMatchObject({ status: 'up', message: 'Git Operations operational', values: { components_not_operational: 0 } });
    expect(await run({ components: ['webhooks', 'git operations'] })).toMatchObject({
      status: 'warning',
      message: 'Webhooks (degraded performance); 1 more operational; incident: API outage',
    });
    expect(await run({ components: ['brv1bkgrwx7q', 'Webhooks'] })).toMatchObject({ status: 'critical', values: { components_not_operational: 2 } });
    expect(await run({ components: ['Actions'] })).toMatchObject({
      status: 'up',
      message: 'Actions (under maintenance); incident: API outage',
      values: { components_not_operational: 0, components_under_maintenance: 1 },
    });
    reply = { json: summary('minor', 'Partially Degraded Service', { api: 'partial_outage' }) };
    expect(await run({ components: ['API Requests'] })).toMatchObject({ status: 'critical', errorClass: 'condition' });
  });

  it('takes a pasted summary.json address and follows a redirect to where the page moved', async () => {
    reply = { json: summary('minor', 'Partially Degraded Service', { webhooks: 'degraded_performance' }) };
    const result = await run({ url: `${base}/old/api/v2/summary.json` });
    expect(seen.map((url) => url.pathname)).toEqual(['/old/api/v2/summary.json', '/new/api/v2/summary.json']);
    expect(result).toMatchObject({ status: 'warning', message: 'Partially Degraded Service: Webhooks (degraded performance)' });
  });

  it('is unknown when a named component is not on the page', async () => {
    reply = { json: summary('none', 'All Systems Operational') };
    expect(await run({ components: ['Copilot', 'Git Operations'] })).toMatchObject({
      status: 'unknown',
      errorClass: 'config',
      message: 'Git Operations operational; not on the page: "Copilot"',
    });
  });

  it('reports an error status, malformed JSON, a refused connection and a timeout', async () => {
    reply = { status: 404, text: '<html>Page not found</html>' };
    expect(await run({})).toMatchObject({ errorClass: 'http_status', message: 'HTTP 404 Not Found from the status page', values: { indicator: null } });
    reply = { text: '{"page":{"id":"kctbh9vrtdwd"' };
    expect(await run({})).toMatchObject({ errorClass: 'bad_body', message: expect.stringMatching(/^Answer from the status page is not JSON \(/) });
    reply = { json: { page: {}, status: { indicator: 'none' } } };
    expect(await run({})).toMatchObject({ errorClass: 'bad_body', message: expect.stringMatching(/^Unexpected answer from the status page: status\.description: /) });
    const port = await closedPort();
    expect(await run({ url: `http://127.0.0.1:${port}` })).toMatchObject({ errorClass: 'connect' });
    reply = 'silent';
    expect(await run({ timeoutMs: 300 })).toMatchObject({ errorClass: 'timeout' });
  });
});
