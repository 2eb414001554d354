import { beforeEach, describe, expect, it } from 'vitest';
import { closedPort } from '../../helpers/check-http-server.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import type { CheckSummary } from '../../../electron/core/common/checks/summary.ts';
import { createHttpCheck, MINUTE, overview, runFor, startEndpoint, startHarness, value, type Endpoint, type Harness } from './alerts-harness.ts';

let endpoint: Endpoint;
let harness: Harness;

beforeEach(async () => {
  endpoint = await startEndpoint();
});

describe('the laptop, not the services', () => {
  it('takes connection failures on three hosts at once for being offline: one notice, no per-check alerts', async () => {
    harness = await startHarness(tempDir());
    const { core, notifier } = harness;
    // Three loopback addresses are three hosts; nothing listens on the port, so every
    // connection is refused, as when the network is gone.
    const port = await closedPort();
    for (const host of ['127.0.0.1', '127.0.0.2', '127.0.0.3']) await createHttpCheck(core, `Service on ${host}`, `http://${host}:${port}/health`);
    await runFor(harness, 10 * MINUTE);
    expect(notifier.titles()).toEqual(["You're offline"]);
    const now = await overview(core);
    expect(now).toMatchObject({ tray: 'offline', offline: { reason: 'network-errors' } });
    // The one or two failures heard before a third host said "offline" may leave a check
    // pending; none fires, since everything after is recorded as unknown.
    expect(now.active.filter((alert) => alert.phase !== 'pending')).toEqual([]);
  });

  it('shows a network failure while offline as unknown in the window at once: last result, heartbeat and history agree', async () => {
    harness = await startHarness(tempDir());
    const { core } = harness;
    const completed: Array<{ checkId: number; status: string }> = [];
    core.onEvent((name, payload) => {
      if (name === 'onDidCompleteCheck') completed.push(payload as { checkId: number; status: string });
    });
    const port = await closedPort();
    for (const host of ['127.0.0.1', '127.0.0.2', '127.0.0.3']) await createHttpCheck(core, `Service on ${host}`, `http://${host}:${port}/health`);
    await runFor(harness, 2 * MINUTE);
    expect(await overview(core)).toMatchObject({ tray: 'offline' });
    // What the window lists comes from the engine's memory, not from the database: it
    // must say unknown too, not the raw critical until the next restart.
    const checks = value<CheckSummary[]>(await core.invoke('checks.list', {}));
    expect(checks).toHaveLength(3);
    for (const check of checks) {
      expect(check.last).toMatchObject({ status: 'unknown' });
      expect(check.last?.message).toMatch(/^Offline: /);
      // The last minute of the heartbeat bar: three runs each, all after going offline.
      expect(check.recent.slice(0, 3).map((entry) => entry.status)).toEqual(['unknown', 'unknown', 'unknown']);
      const history = value<{ recent: Array<{ status: string; at: number }> }>(await core.invoke('checks.history', { id: check.id, range: '24h' }));
      // Stored once, as the window shows it: history and heartbeat agree result for result.
      expect(history.recent.map((entry) => [entry.at, entry.status])).toEqual(check.recent.map((entry) => [entry.at, entry.status]));
    }
    expect(completed.slice(-3).map((result) => result.status)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('sends no down notification within the grace period after the machine wakes up', async () => {
    harness = await startHarness(tempDir());
    const { core, notifier } = harness;
    await createHttpCheck(core, 'Payments API', endpoint.url);
    await runFor(harness, 30_000);
    endpoint.status = 503;
    core.system({ type: 'resumed' });
    // Grace: max(2 × 20 s, 60 s) = 60 s. Failures inside it say nothing; the alert needs
    // 3 failures over 60 s after it, so nothing can fire before ~2 minutes.
    await runFor(harness, 110_000);
    expect(notifier.shown).toEqual([]);
    expect((await overview(core)).active).toMatchObject([{ phase: 'pending' }]);
    await runFor(harness, 2 * MINUTE);
    expect(notifier.titles()).toEqual(['Payments API is down']);
  });
});
