import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/index.ts';
import type { CheckResult, CheckSummary, GatusImportReport } from '../../../electron/shared/contract.ts';
import { startDnsServer, type DnsServer } from '../../helpers/check-dns-server.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
let server: Server;
let baseUrl: string;
let dns: DnsServer;
let core: Core | undefined;

beforeEach(async () => {
  server = createServer((request, response) => {
    response.writeHead(request.url === '/health' ? 200 : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ status: 'UP' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dns = await startDnsServer({ 'api.example.test': { a: ['10.0.0.7'] } });
});

afterEach(async () => {
  core?.close();
  core = undefined;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await dns.close();
});

async function start(): Promise<Core> {
  core = await createCore({ dataDir: tempDir(), mode: 'browser', version: '0', logger: quiet });
  return core;
}

const value = <T>(result: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
};

/** A small team's Gatus file: an anchor with defaults, seven endpoints of mixed kinds, an external endpoint. */
function gatusConfig(): string {
  return `# Gatus configuration of the payments team
defaults: &defaults
  interval: 30s
  client:
    timeout: 5s

endpoints:
  - name: api-health
    group: core
    <<: *defaults
    url: "${baseUrl}/health"
    headers:
      Accept: application/json
      X-Request-Source: gatus
      Authorization: "Bearer s3cr3t"
    conditions:
      - "[STATUS] == 200"
      - "[BODY].status == UP"
      - "[RESPONSE_TIME] < 1000"
      - "[CERTIFICATE_EXPIRATION] > 48h"

  - name: postgres
    group: data
    url: "tcp://127.0.0.1:5432"
    interval: 1m
    conditions:
      - "[CONNECTED] == true"

  - name: resolver
    url: "${dns.nameserver}"
    interval: 5m
    dns:
      query-name: api.example.test
      query-type: A
    conditions:
      - "[BODY] == 10.0.0.7"
      - "[DNS_RCODE] == NOERROR"

  - name: ldaps
    url: "tls://ldap.example.test:636"
    interval: 1h
    conditions:
      - "[CONNECTED] == true"
      - "[CERTIFICATE_EXPIRATION] > 240h"

  - name: gateway ping
    url: "icmp://10.0.0.1"
    conditions:
      - "[CONNECTED] == true"

  - name: search
    group: core
    url: "https://search.example.test/"
    conditions:
      - "[STATUS] == 200"
      - "[STATUS] = 200"

  - name: checkout
    group: shop
    url: "https://shop.example.test/api/checkout"
    method: POST
    body: '{"dryRun": true}'
    interval: 2s
    enabled: false
    client:
      insecure: true
      ignore-redirect: true
    alerts:
      - type: slack
        failure-threshold: 5
        success-threshold: 3
        send-on-resolved: true
      - type: pagerduty
    ui:
      hide-url: true
      hide-hostname: true
    conditions:
      - "[STATUS] == any(200, 201)"

external-endpoints:
  - name: nightly-backup
    token: "potato"
`;
}

/** The 1-based line of the config that contains `text`. */
const lineOf = (text: string): number => gatusConfig().split('\n').findIndex((line) => line.includes(text)) + 1;

const IMPORTED = ['core / api-health', 'data / postgres', 'resolver', 'ldaps', 'shop / checkout'];

describe('checks.importGatus', () => {
  it('proposes checks on a dry run, lists what it left out, and saves nothing', async () => {
    const c = await start();
    const report = value<GatusImportReport>(await c.invoke('checks.importGatus', { yaml: gatusConfig(), dryRun: true }));

    expect(report.created).toEqual([]);
    expect(report.proposed.map((check) => check.name)).toEqual(IMPORTED);
    const [api, postgres, resolver, ldaps, checkout] = report.proposed;
    expect(api).toMatchObject({
      kind: 'http',
      intervalMs: 30_000,
      enabled: true,
      config: { url: `${baseUrl}/health`, method: 'GET', timeoutMs: 5_000, headers: { Accept: 'application/json', 'X-Request-Source': 'gatus' } },
      critical: ['[STATUS] == 200', '[BODY].status == UP', '[RESPONSE_TIME] < 1000'],
    });
    expect(JSON.stringify(api)).not.toContain('s3cr3t');
    expect(postgres).toMatchObject({ kind: 'tcp', intervalMs: 60_000, config: { host: '127.0.0.1', port: 5432 }, critical: ['[CONNECTED] == true'] });
    expect(resolver).toMatchObject({
      kind: 'dns',
      intervalMs: 300_000,
      config: { name: 'api.example.test', recordType: 'A', nameserver: dns.nameserver },
      critical: ['[IP] == 10.0.0.7', '[DNS_RCODE] == NOERROR'],
    });
    expect(ldaps).toMatchObject({ kind: 'tls', intervalMs: 3_600_000, config: { host: 'ldap.example.test', port: 636 } });
    expect(checkout).toMatchObject({
      kind: 'http',
      intervalMs: 5_000,
      enabled: false,
      config: { method: 'POST', body: '{"dryRun": true}', followRedirects: false },
    });

    expect(report.skipped).toEqual([
      { name: 'gateway ping', line: lineOf('- name: gateway ping'), reason: expect.stringMatching(/^url: icmp:\/\/ endpoints \(ping \(ICMP\)\) are not supported/) },
      { name: 'core / search', line: lineOf('- name: search'), reason: expect.stringMatching(/^conditions\[1\] at 9: expected an operator .* did you mean ==\?/) },
    ]);

    const fields = (name: string) => report.unsupported.filter((note) => note.name === name).map((note) => note.field);
    expect(fields('core / api-health')).toEqual(['headers.Authorization', 'conditions[3]']);
    expect(report.unsupported.find((note) => note.field === 'conditions[3]')?.note).toContain('add a tls check for 127.0.0.1');
    expect(fields('shop / checkout')).toEqual(['client.insecure', 'alerts[1]', 'alerts[0].type', 'alerts[0].send-on-resolved', 'ui.hide-url', 'ui.hide-hostname']);
    expect(report.unsupported.find((note) => note.field === 'alerts[1]')?.note).toMatch(/only the first alert's thresholds .* pagerduty alert is left out/);
    expect(report.unsupported.find((note) => note.field === 'alerts[0].type')?.note).toMatch(/own desktop notifications, not slack/);
    expect(report.adjusted).toContainEqual({ name: 'shop / checkout', field: 'alerts[0].failure-threshold', note: expect.stringContaining('at least 60 s') });
    // The first alert's thresholds are the check's own; an endpoint without alerts keeps the defaults.
    expect(checkout?.alert).toEqual({ failures: 5, forSeconds: null, successes: 3 });
    expect(api?.alert ?? null).toBeNull();
    expect(report.unsupported).toContainEqual({ name: 'nightly-backup', field: 'external-endpoints', note: expect.stringContaining('pushed to Gatus') });

    expect(report.adjusted).toContainEqual({ name: 'shop / checkout', field: 'interval', note: '2s is below the minimum of 5s here; imported as 5s' });
    expect(report.adjusted).toContainEqual({ name: 'resolver', field: 'conditions[0]', note: expect.stringContaining('became "[IP] == 10.0.0.7"') });

    expect(value<CheckSummary[]>(await c.invoke('checks.list', {}))).toEqual([]);
  });

  it('creates the valid checks, which then run as they did in Gatus', async () => {
    const c = await start();
    const report = value<GatusImportReport>(await c.invoke('checks.importGatus', { yaml: gatusConfig() }));

    expect(report.proposed).toEqual([]);
    expect(report.created.map((check) => check.name)).toEqual(IMPORTED);
    expect(report.skipped.map((skip) => skip.name)).toEqual(['gateway ping', 'core / search']);
    const listed = value<CheckSummary[]>(await c.invoke('checks.list', {}));
    expect(listed.map((check) => check.name).sort()).toEqual([...IMPORTED].sort());

    const byName = new Map(report.created.map((check) => [check.name, check.id]));
    const api = value<CheckResult>(await c.invoke('checks.runNow', { id: byName.get('core / api-health') }));
    expect(api).toMatchObject({ status: 'up', errorClass: null });
    const resolver = value<CheckResult>(await c.invoke('checks.runNow', { id: byName.get('resolver') }));
    expect(resolver).toMatchObject({ status: 'up', errorClass: null });
    const checkout = listed.find((check) => check.name === 'shop / checkout');
    expect(checkout?.alert).toEqual({ failures: 5, forSeconds: null, successes: 3 });
  });

  it('keeps only thresholds it can use: clamped to 1–100, a non-number noted, defaults when none', async () => {
    const c = await start();
    const yaml = `endpoints:
  - name: strict
    url: "${baseUrl}/health"
    alerts:
      - type: email
        failure-threshold: 500
        success-threshold: one
  - name: plain
    url: "${baseUrl}/health"
    alerts:
      - type: email
`;
    const report = value<GatusImportReport>(await c.invoke('checks.importGatus', { yaml, dryRun: true }));
    const [strict, plain] = report.proposed;
    expect(strict?.alert).toEqual({ failures: 100, forSeconds: null, successes: null });
    expect(plain?.alert ?? null).toBeNull();
    expect(report.adjusted).toContainEqual({ name: 'strict', field: 'alerts[0].failure-threshold', note: '500 is outside 1–100 here; imported as 100' });
    expect(report.unsupported).toContainEqual({ name: 'strict', field: 'alerts[0].success-threshold', note: expect.stringContaining('"one" is not a whole number') });
    expect(report.unsupported).toContainEqual({ name: 'plain', field: 'alerts[0].type', note: expect.stringContaining('not email messages') });
  });

  it('does not import an endpoint twice', async () => {
    const c = await start();
    value(await c.invoke('checks.importGatus', { yaml: gatusConfig() }));
    const again = value<GatusImportReport>(await c.invoke('checks.importGatus', { yaml: gatusConfig() }));
    expect(again.created).toEqual([]);
    expect(again.skipped.filter((skip) => skip.reason.includes('already exists')).map((skip) => skip.name)).toEqual(IMPORTED);
    expect(value<CheckSummary[]>(await c.invoke('checks.list', {}))).toHaveLength(IMPORTED.length);
  });

  it('refuses invalid YAML with its line and column, and creates nothing', async () => {
    const c = await start();
    const broken = gatusConfig().replace('    interval: 1m\n', '    interval: 1m\n   conditions: [oops\n');
    const result = await c.invoke('checks.importGatus', { yaml: broken });
    const line = broken.split('\n').indexOf('   conditions: [oops') + 1;
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(new RegExp(`^yaml: line ${line}, column \\d+: `)) } });
    expect(value<CheckSummary[]>(await c.invoke('checks.list', {}))).toEqual([]);

    const unclosed = await c.invoke('checks.importGatus', { yaml: 'endpoints:\n  - name: "api\n    url: x\n' });
    expect(unclosed).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^yaml: line \d+, column \d+: Missing closing "quote/) } });
  });

  it('refuses a file that is not a Gatus configuration, and an oversized one', async () => {
    const c = await start();
    expect(await c.invoke('checks.importGatus', { yaml: '- just\n- a list\n' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringContaining('expected a Gatus configuration') },
    });
    expect(await c.invoke('checks.importGatus', { yaml: 'storage:\n  type: sqlite\n' })).toMatchObject({
      ok: false,
      error: { message: 'yaml: endpoints: the file has no endpoints to import' },
    });
    expect(await c.invoke('checks.importGatus', { yaml: 'x'.repeat(1024 * 1024 + 1) })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringContaining('yaml: must be at most 1 MiB') },
    });
  });

  it('names the Gatus field when the check itself refuses a value', async () => {
    const c = await start();
    const yaml = 'endpoints:\n  - name: db\n    url: "tcp://bad host:5432"\n  - name: slow\n    url: "tcp://127.0.0.1:1"\n    client:\n      timeout: 10m\n';
    const report = value<GatusImportReport>(await c.invoke('checks.importGatus', { yaml, dryRun: true }));
    expect(report.skipped).toEqual([{ name: 'db', line: 2, reason: expect.stringMatching(/^url: /) }]);
    expect(report.proposed[0]?.config).toMatchObject({ timeoutMs: 120_000 });
    expect(report.adjusted).toEqual([{ name: 'slow', field: 'client.timeout', note: '10m is above the maximum of 120s here; imported as 120s' }]);
  });
});
