import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AlertHistoryEntry } from '../../../electron/shared/contract.ts';
import { FakeClock } from '../../helpers/fake-clock.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { close, createHttpCheck, listen, MINUTE, overview, readBody, runFor, startEndpoint, startHarness, value, type Endpoint, type Harness } from './alerts-harness.ts';

let endpoint: Endpoint;
let harness: Harness;

beforeEach(async () => {
  endpoint = await startEndpoint();
});

describe('alert state across a restart', () => {
  it('keeps an acknowledged alert acknowledged (who and when), quiet, and resolves it after', async () => {
    const dataDir = tempDir();
    const clock = new FakeClock();
    harness = await startHarness(dataDir, clock);
    await harness.core.invoke('settings.set', { values: { displayName: 'Grace' } });
    const { id } = await createHttpCheck(harness.core, 'Payments API', endpoint.url);
    endpoint.status = 503;
    await runFor(harness, 3 * MINUTE);
    expect(harness.notifier.shown).toHaveLength(1);
    await harness.core.invoke('alerts.acknowledge', { checkId: id });
    const acknowledgedAt = clock.now();
    harness.core.close();

    clock.advance(2 * MINUTE);
    harness = await startHarness(dataDir, clock);
    const restored = await overview(harness.core);
    expect(restored.active).toMatchObject([{ checkId: id, phase: 'acknowledged', severity: 'critical', acknowledged: { by: 'Grace', at: acknowledgedAt }, message: expect.stringContaining('503') }]);

    await runFor(harness, 40 * MINUTE, 10_000);
    expect(harness.notifier.shown).toEqual([]);
    endpoint.status = 200;
    await runFor(harness, 2 * MINUTE);
    // The user heard it begin before the restart, so they hear it end.
    expect(harness.notifier.titles()).toEqual(['Payments API recovered']);
    const history = value<AlertHistoryEntry[]>(await harness.core.invoke('alerts.history', { checkId: id }));
    expect(history.map((entry) => entry.kind)).toEqual(['resolved', 'acknowledged', 'firing', 'pending']);
  });

  it('does not announce a firing alert again after a restart', async () => {
    const dataDir = tempDir();
    const clock = new FakeClock();
    harness = await startHarness(dataDir, clock);
    await createHttpCheck(harness.core, 'Payments API', endpoint.url);
    endpoint.status = 503;
    await runFor(harness, 3 * MINUTE);
    expect(harness.notifier.shown).toHaveLength(1);
    harness.core.close();

    harness = await startHarness(dataDir, clock);
    await runFor(harness, 2 * MINUTE);
    expect(harness.notifier.shown).toEqual([]);
    expect((await overview(harness.core)).active).toMatchObject([{ phase: 'firing' }]);
  });
});

describe('escalation webhook', () => {
  it('POSTs Slack-compatible JSON once when a critical alert stays unacknowledged past the deadline', async () => {
    const received: Array<{ type: string | undefined; body: string }> = [];
    const webhook = createServer((request, response) => {
      void readBody(request).then((body) => {
        received.push({ type: request.headers['content-type'], body });
        response.end('ok');
      });
    });
    await listen(webhook);
    try {
      harness = await startHarness(tempDir());
      const { core } = harness;
      const url = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hooks/T000`;
      const settings = await core.invoke('settings.set', { values: { escalationWebhookUrl: url, escalateAfterMinutes: 10 } });
      expect(settings).toMatchObject({ ok: true, value: { escalationWebhookUrl: url, escalateAfterMinutes: 10 } });
      const { id } = await createHttpCheck(core, 'Payments API', endpoint.url);
      endpoint.status = 503;
      await runFor(harness, 3 * MINUTE);
      expect(received).toEqual([]);
      await runFor(harness, 12 * MINUTE, 10_000);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(received).toHaveLength(1);
      expect(received[0]?.type).toBe('application/json');
      expect(JSON.parse(received[0]?.body ?? '{}')).toEqual({ text: expect.stringMatching(/Payments API is critical since \d\d:\d\d: .*503.*escalated by On-Call Companion/) });
      const kinds = value<AlertHistoryEntry[]>(await core.invoke('alerts.history', { checkId: id })).map((entry) => entry.kind);
      expect(kinds).toContain('escalated');
    } finally {
      await close(webhook);
    }
  });

  it('refuses a webhook that is not an http(s) address', async () => {
    harness = await startHarness(tempDir());
    const refused = await harness.core.invoke('settings.set', { values: { escalationWebhookUrl: 'ftp://example.com/hook' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringContaining('values.escalationWebhookUrl') } });
  });
});
