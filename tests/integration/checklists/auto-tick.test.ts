import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChecklistRun, CheckSummary } from '../../../electron/shared/contract.ts';
import { closeAll, dailyTemplate, MIN, startCore } from './harness.ts';

let server: Server;
let url: string;
let status = 200;

beforeEach(async () => {
  status = 200;
  server = createServer((_request, response) => response.writeHead(status).end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
});

afterEach(async () => {
  closeAll();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('items linked to a check', () => {
  it('are ticked by themselves while the check is up, and show its live status', async () => {
    const h = await startCore();
    const check = await h.call<CheckSummary>('checks.create', { check: { name: 'API', kind: 'http', config: { url }, intervalMs: 3_600_000 } });
    await h.call('checks.runNow', { id: check.id });
    await h.call('checklists.saveTemplate', {
      template: dailyTemplate({ items: [{ text: 'API responding normally', checkId: check.id, autoTick: true }, { text: 'Read the handover' }] }),
    });
    await h.timers.advance(10 * MIN);
    const [run] = await h.call<ChecklistRun[]>('checklists.current', {});
    expect(run?.items[0]).toMatchObject({ state: 'done', auto: true, checkId: check.id, checkStatus: 'up', at: h.clock.now() });
    expect(run?.items[1]).toMatchObject({ state: 'open', auto: false, checkId: null, checkStatus: null });
    expect(run?.status).toBe('due');
    expect(h.shown).toHaveLength(1);
  });

  it('wait while the check is down and tick as soon as a result comes back up', async () => {
    status = 503;
    const h = await startCore();
    const check = await h.call<CheckSummary>('checks.create', { check: { name: 'API', kind: 'http', config: { url }, intervalMs: 3_600_000 } });
    await h.call('checks.runNow', { id: check.id });
    await h.call('checklists.saveTemplate', {
      template: dailyTemplate({ items: [{ text: 'API responding normally', checkId: check.id, autoTick: true }, { text: 'Linked, not automatic', checkId: check.id }] }),
    });
    await h.timers.advance(10 * MIN);
    let [run] = await h.call<ChecklistRun[]>('checklists.current', {});
    expect(run?.items.map((item) => [item.state, item.checkStatus])).toEqual([
      ['open', 'critical'],
      ['open', 'critical'],
    ]);

    status = 200;
    const pushedBefore = h.pushed.length;
    await h.call('checks.runNow', { id: check.id });
    [run] = await h.call<ChecklistRun[]>('checklists.current', {});
    expect(run?.items.map((item) => [item.state, item.auto, item.checkStatus])).toEqual([
      ['done', true, 'up'],
      ['open', false, 'up'],
    ]);
    expect(h.pushed.length).toBe(pushedBefore + 1);
  });

  it('follow links made after results were already seen: a new run, and an item ticked back to open', async () => {
    const h = await startCore();
    const check = await h.call<CheckSummary>('checks.create', { check: { name: 'API', kind: 'http', config: { url }, intervalMs: 3_600_000 } });
    // Up while nothing links to it: the service learns no item follows this check.
    await h.call('checks.runNow', { id: check.id });
    status = 503;
    await h.call('checks.runNow', { id: check.id });
    await h.call('checklists.saveTemplate', {
      template: dailyTemplate({ items: [{ text: 'API responding normally', checkId: check.id, autoTick: true }, { text: 'Read the handover' }] }),
    });
    await h.timers.advance(10 * MIN);
    let [run] = await h.call<ChecklistRun[]>('checklists.current', {});
    expect(run?.items[0]).toMatchObject({ state: 'open', checkStatus: 'critical' });

    // The run came after that: the next up result ticks it at once, not at the next sweep.
    status = 200;
    await h.call('checks.runNow', { id: check.id });
    [run] = await h.call<ChecklistRun[]>('checklists.current', {});
    expect(run?.items[0]).toMatchObject({ state: 'done', auto: true });

    // Ticked back to open by hand: it follows the check again on the next up result.
    await h.call('checklists.tick', { runId: run!.id, itemId: run!.items[0]!.itemId, state: 'open', reason: null, note: null });
    [run] = await h.call<ChecklistRun[]>('checklists.current', {});
    expect(run?.items[0]).toMatchObject({ state: 'open' });
    await h.call('checks.runNow', { id: check.id });
    [run] = await h.call<ChecklistRun[]>('checklists.current', {});
    expect(run?.items[0]).toMatchObject({ state: 'done', auto: true });
  });

  it('finishes a run whose every item follows an up check without notifying anyone', async () => {
    const h = await startCore();
    const check = await h.call<CheckSummary>('checks.create', { check: { name: 'API', kind: 'http', config: { url }, intervalMs: 3_600_000 } });
    await h.call('checks.runNow', { id: check.id });
    await h.call('checklists.saveTemplate', { template: dailyTemplate({ items: [{ text: 'API up', checkId: check.id, autoTick: true }] }) });
    await h.timers.advance(10 * MIN);
    expect(await h.call('checklists.current', {})).toEqual([]);
    expect((await h.call<ChecklistRun[]>('checklists.history', {})).map((run) => run.status)).toEqual(['done']);
    expect(h.shown).toEqual([]);
  });
});
