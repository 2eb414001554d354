import Database from 'better-sqlite3';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/index.ts';
import type { CheckResult, CheckSummary } from '../../../electron/shared/contract.ts';
import { FakeClock } from '../../helpers/fake-clock.ts';
import { FakeTimers } from '../../helpers/fake-timers.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
let server: Server;
let url: string;
let status = 200;
let core: Core | undefined;

beforeEach(async () => {
  status = 200;
  server = createServer((_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ healthy: status === 200, items: [1, 2, 3] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
});

afterEach(async () => {
  core?.close();
  core = undefined;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function start(options: { clock?: FakeClock; timers?: FakeTimers; dataDir?: string } = {}): Promise<Core> {
  core = await createCore({ dataDir: options.dataDir ?? tempDir(), mode: 'browser', version: '0', logger: quiet, ...options });
  return core;
}

const value = <T>(result: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
};

describe('checks through the contract', () => {
  it('creates a check, runs it now, and lists it with its result and availability', async () => {
    const c = await start();
    const created = value<CheckSummary>(await c.invoke('checks.create', { check: { name: 'API', kind: 'http', config: { url }, critical: ['[STATUS] == 200', 'len([BODY].items) == 3'] } }));
    expect(created).toMatchObject({ name: 'API', kind: 'http', intervalMs: 60_000, enabled: true, last: null });

    const ran = value<CheckResult>(await c.invoke('checks.runNow', { id: created.id }));
    expect(ran).toMatchObject({ checkId: created.id, status: 'up', errorClass: null });

    const [listed] = value<CheckSummary[]>(await c.invoke('checks.list', {}));
    expect(listed).toMatchObject({ id: created.id, last: { status: 'up' }, availability24h: 1 });
    expect(listed?.recent).toHaveLength(1);
  });

  it('judges a run by its conditions and says which one failed, with the actual value', async () => {
    const c = await start();
    const { id } = value<CheckSummary>(await c.invoke('checks.create', { check: { name: 'API', kind: 'http', config: { url }, warning: ['len([BODY].items) < 3'] } }));
    const ran = value<CheckResult>(await c.invoke('checks.runNow', { id }));
    expect(ran.status).toBe('warning');
    expect(ran.message).toContain('len([BODY].items) (3) < 3');
  });

  it('lets [STATUS] conditions replace the expected-status rule, as in Gatus', async () => {
    status = 429;
    const c = await start();
    const { id } = value<CheckSummary>(await c.invoke('checks.create', { check: { name: 'Rate limited is fine', kind: 'http', config: { url }, critical: ['[STATUS] == any(200, 429)'] } }));
    expect(value<CheckResult>(await c.invoke('checks.runNow', { id })).status).toBe('up');
    status = 503;
    expect(value<CheckResult>(await c.invoke('checks.runNow', { id })).status).toBe('critical');
  });

  it('refuses a bad config or condition, naming the field and the position, and stores nothing', async () => {
    const c = await start();
    const badUrl = await c.invoke('checks.create', { check: { name: 'x', kind: 'http', config: { url: 'ftp://example' } } });
    expect(badUrl).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/^config\.url: /) } });
    const badCondition = await c.invoke('checks.create', { check: { name: 'x', kind: 'http', config: { url }, critical: ['[STATUS] = 200'] } });
    expect(badCondition).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^critical\[0\] at \d+: /) } });
    const twoBad = await c.invoke('checks.create', { check: { name: 'x', kind: 'tcp', config: { host: '', port: 70000 } } });
    expect(twoBad.ok ? '' : twoBad.error.message.split('; ').every((line) => line.startsWith('config.'))).toBe(true);
    const badKind = await c.invoke('checks.create', { check: { name: 'x', kind: 'carrier-pigeon', config: {} } });
    expect(badKind).toMatchObject({ ok: false, error: { message: expect.stringContaining('kind: must be one of http') } });
    const badInterval = await c.invoke('checks.create', { check: { name: 'x', kind: 'http', config: { url }, intervalMs: 10 } });
    expect(badInterval).toMatchObject({ ok: false, error: { message: expect.stringContaining('check.intervalMs: must be at least 5 seconds') } });
    expect(value<CheckSummary[]>(await c.invoke('checks.list', {}))).toEqual([]);
  });

  it('tests an unsaved check without storing anything', async () => {
    const c = await start();
    const outcome = await c.invoke('checks.test', { check: { name: 'try', kind: 'http', config: { url } } });
    expect(outcome).toMatchObject({ ok: true, value: { status: 'up', values: { STATUS: 200 } } });
    expect(value<CheckSummary[]>(await c.invoke('checks.list', {}))).toEqual([]);
  });

  it('runs saved checks on schedule, pushes each result, and keeps them across a restart', async () => {
    const clock = new FakeClock();
    const timers = new FakeTimers(clock);
    const dataDir = tempDir();
    const c = await start({ clock, timers, dataDir });
    const pushed: unknown[] = [];
    c.onEvent((name, payload) => {
      if (name === 'onDidCompleteCheck') pushed.push(payload);
    });
    const { id } = value<CheckSummary>(await c.invoke('checks.create', { check: { name: 'API', kind: 'http', config: { url }, intervalMs: 10_000 } }));
    // Real HTTP on fake time: give each run real milliseconds to finish.
    for (let step = 0; step < 5; step += 1) {
      await timers.advance(10_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(pushed.length).toBeGreaterThanOrEqual(4);
    c.close();

    const again = await start({ clock, timers: new FakeTimers(clock), dataDir });
    const history = value<{ recent: CheckResult[] }>(await again.invoke('checks.history', { id, range: '24h' }));
    expect(history.recent.length).toBe(pushed.length);
  });

  it('commits a group of scheduled results as soon as its runs finish, not from a timer later', async () => {
    const clock = new FakeClock();
    const timers = new FakeTimers(clock);
    const dataDir = tempDir();
    const c = await start({ clock, timers, dataDir });
    const { databasePath } = value<{ databasePath: string }>(await c.invoke('app.info', {}));
    let pushed = 0;
    c.onEvent((name) => {
      if (name === 'onDidCompleteCheck') pushed += 1;
    });
    for (let i = 0; i < 3; i += 1) value(await c.invoke('checks.create', { check: { name: `API ${i}`, kind: 'http', config: { url }, intervalMs: 10_000 } }));
    await timers.advance(10_000);
    const began = Date.now();
    while (pushed < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    // Another process (browser mode on the same folder) sees only committed rows. The
    // grouping timer would commit them a second after the first; this is well before.
    const other = new Database(databasePath, { readonly: true });
    try {
      const committed = () => other.prepare('SELECT count(*) FROM check_results').pluck().get() as number;
      while (committed() < 3 && Date.now() - began < 500) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(committed()).toBe(3);
      expect(Date.now() - began).toBeLessThan(900);
    } finally {
      other.close();
    }
  });

  it('answers history up to now: buckets not rolled up yet are summed from raw results', async () => {
    status = 200;
    const c = await start();
    const { id } = value<CheckSummary>(await c.invoke('checks.create', { check: { name: 'API', kind: 'http', config: { url }, enabled: false } }));
    await c.invoke('checks.runNow', { id });
    status = 503;
    await c.invoke('checks.runNow', { id });
    const history = value<{ buckets: Array<{ up: number; critical: number; latencyMax: number | null }> }>(await c.invoke('checks.history', { id, range: '24h' }));
    // Usually one bucket; two if the runs straddle the top of an hour.
    const sum = (key: 'up' | 'critical') => history.buckets.reduce((total, bucket) => total + bucket[key], 0);
    expect([sum('up'), sum('critical')]).toEqual([1, 1]);
  });

  it('drops raw results after the retention the user set, keeping the hourly summary', async () => {
    const clock = new FakeClock();
    const timers = new FakeTimers(clock);
    const c = await start({ clock, timers });
    // Disabled: nothing runs on its own, the one result comes from Run now.
    const { id } = value<CheckSummary>(await c.invoke('checks.create', { check: { name: 'API', kind: 'http', config: { url }, enabled: false } }));
    await c.invoke('checks.runNow', { id });
    expect(await c.invoke('settings.set', { values: { rawResultsHours: 6 } })).toMatchObject({ ok: true });

    await timers.advance(5 * 3600_000);
    expect(value<{ recent: CheckResult[] }>(await c.invoke('checks.history', { id, range: '24h' })).recent).toHaveLength(1);
    await timers.advance(2 * 3600_000);
    const history = value<{ recent: CheckResult[]; buckets: Array<{ up: number }> }>(await c.invoke('checks.history', { id, range: '24h' }));
    expect(history.recent).toEqual([]);
    expect(history.buckets.map((bucket) => bucket.up)).toEqual([1]);
  });

  it('deletes a check with its results, and answers not_found afterwards', async () => {
    const c = await start();
    const { id } = value<CheckSummary>(await c.invoke('checks.create', { check: { name: 'API', kind: 'http', config: { url } } }));
    await c.invoke('checks.runNow', { id });
    expect(await c.invoke('checks.delete', { id })).toEqual({ ok: true, value: { id } });
    expect(await c.invoke('checks.get', { id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await c.invoke('checks.runNow', { id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
