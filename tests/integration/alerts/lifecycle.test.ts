import { beforeEach, describe, expect, it } from 'vitest';
import type { AlertHistoryEntry, AlertsOverview, CheckResult } from '../../../electron/shared/contract.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { createHttpCheck, MINUTE, overview, runFor, startEndpoint, startHarness, value, type Endpoint, type Harness } from './alerts-harness.ts';

let endpoint: Endpoint;
let harness: Harness;

beforeEach(async () => {
  endpoint = await startEndpoint();
});

describe('an endpoint going down, acknowledged, and coming back', () => {
  it('notifies exactly once after 3 failures over at least 60 s, not before, with the check named in the title', async () => {
    harness = await startHarness(tempDir());
    const { core, notifier } = harness;
    const { id } = await createHttpCheck(core, 'Payments API', endpoint.url);
    await runFor(harness, 40_000);
    expect(notifier.shown).toEqual([]);

    endpoint.status = 503;
    const downAt = harness.clock.now();
    // 3 failures 20 s apart span only 40 s: no alert yet, only pending.
    await runFor(harness, 50_000);
    expect(notifier.shown).toEqual([]);
    expect((await overview(core)).active).toMatchObject([{ checkId: id, phase: 'pending' }]);

    // The 4th failure spans 60 s and fires; the group wait (30 s) then sends it.
    await runFor(harness, 2 * MINUTE);
    expect(notifier.titles()).toEqual(['Payments API is down']);
    const [shown] = notifier.shown;
    expect(shown).toMatchObject({ urgency: 'critical', checkIds: [id], actions: ['acknowledge'] });
    expect(shown?.body).toMatch(/^Payments API critical since \d\d:\d\d: .*503/);
    const firedAt = (await overview(core)).active[0]?.since ?? 0;
    expect(firedAt - downAt).toBeGreaterThanOrEqual(60_000);

    const now = await overview(core);
    expect(now).toMatchObject({ tray: 'critical', summary: '1 critical', active: [{ checkId: id, checkName: 'Payments API', phase: 'firing', severity: 'critical' }] });
    expect(harness.overviews.at(-1)).toEqual(now);
  });

  it('stays quiet once acknowledged (no escalated reminder), and records who; recovery is resolved once', async () => {
    harness = await startHarness(tempDir());
    const { core, notifier } = harness;
    await core.invoke('settings.set', { values: { displayName: 'Ada' } });
    const { id } = await createHttpCheck(core, 'Payments API', endpoint.url);
    endpoint.status = 503;
    await runFor(harness, 3 * MINUTE);
    expect(notifier.shown).toHaveLength(1);

    const acknowledged = value<AlertsOverview>(await core.invoke('alerts.acknowledge', { checkId: id }));
    expect(acknowledged.active[0]).toMatchObject({ phase: 'acknowledged', acknowledged: { by: 'Ada', at: harness.clock.now() } });
    expect(acknowledged.summary).toBe('1 critical (1 acknowledged)');

    // Well past the 5-minute acknowledgement deadline and the 30-minute repeat.
    await runFor(harness, 40 * MINUTE, 10_000);
    expect(notifier.shown).toHaveLength(1);

    endpoint.status = 200;
    await runFor(harness, 2 * MINUTE);
    expect(notifier.titles()).toEqual(['Payments API is down', 'Payments API recovered']);
    expect(notifier.shown[1]).toMatchObject({ urgency: 'low', actions: [] });
    const after = await overview(core);
    expect(after).toMatchObject({ tray: 'ok', summary: 'All clear', active: [] });
    expect(after.resolvedToday).toMatchObject([{ checkId: id, kind: 'resolved', checkName: 'Payments API' }]);

    const history = value<AlertHistoryEntry[]>(await core.invoke('alerts.history', { checkId: id }));
    expect(history.map((entry) => entry.kind)).toEqual(['resolved', 'acknowledged', 'firing', 'pending']);
    expect(history[1]).toMatchObject({ by: 'Ada', severity: 'critical' });
    expect(value<AlertHistoryEntry[]>(await core.invoke('alerts.history', { severity: 'warning' }))).toEqual([]);
  });

  it('re-notifies an unacknowledged critical alert after 5 minutes, louder', async () => {
    harness = await startHarness(tempDir());
    const { core, notifier } = harness;
    await createHttpCheck(core, 'Payments API', endpoint.url);
    endpoint.status = 503;
    await runFor(harness, 3 * MINUTE);
    expect(notifier.shown).toHaveLength(1);
    await runFor(harness, 6 * MINUTE, 10_000);
    expect(notifier.titles()).toEqual(['Payments API is down', 'Still critical: Payments API']);
    expect(notifier.shown[1]).toMatchObject({ urgency: 'critical', sound: true });
  });

  it('acknowledges from a notification action, and forgets nothing on an unknown id', async () => {
    harness = await startHarness(tempDir());
    const { core, notifier } = harness;
    const { id } = await createHttpCheck(core, 'Payments API', endpoint.url);
    endpoint.status = 503;
    await runFor(harness, 3 * MINUTE);
    core.system({ type: 'notification-action', id: 'no-such-notification', action: 'acknowledge' });
    expect((await overview(core)).active[0]?.phase).toBe('firing');
    core.system({ type: 'notification-action', id: notifier.shown[0]?.id ?? '', action: 'acknowledge' });
    expect((await overview(core)).active[0]).toMatchObject({ checkId: id, phase: 'acknowledged', acknowledged: { by: 'you' } });
  });

  it('groups checks that fire together into one notification naming each, and follows renames and deletes', async () => {
    harness = await startHarness(tempDir());
    const { core, notifier } = harness;
    // Every 10 s: the two fire at most ~20 s apart (phase plus one run of scheduling
    // jitter), inside the 30 s group wait.
    const payments = await createHttpCheck(core, 'Payments API', endpoint.url, { intervalMs: 10_000 });
    const search = await createHttpCheck(core, 'Search', endpoint.url.replace('/health', '/search'), { intervalMs: 10_000 });
    endpoint.status = 503;
    await runFor(harness, 3 * MINUTE);
    // Named in the order they fired, which the scheduler's random phase decides.
    expect(notifier.titles()).toEqual([expect.stringMatching(/^2 failing: (Payments API and Search|Search and Payments API)$/)]);
    expect(notifier.shown[0]?.body.split('\n').sort()).toEqual([expect.stringMatching(/^Payments API critical since/), expect.stringMatching(/^Search critical since/)]);
    expect(notifier.shown[0]?.checkIds).toEqual(expect.arrayContaining([payments.id, search.id]));

    // The fake timers leave the wall clock on a fraction of a millisecond, which the checks
    // table (INTEGER updated_at) refuses; the real clock never does. Whole it up first.
    harness.clock.wall = Math.ceil(harness.clock.wall);
    const renamed = { name: 'Search v2', kind: 'http', config: search.config, intervalMs: 10_000, critical: ['[STATUS] == 200'] };
    const update = await core.invoke('checks.update', { id: search.id, check: renamed });
    expect(harness.errors).toEqual([]);
    expect(update).toMatchObject({ ok: true });
    expect((await overview(core)).active.map((alert) => alert.checkName).sort()).toEqual(['Payments API', 'Search v2']);
    await core.invoke('checks.delete', { id: payments.id });
    expect((await overview(core)).active.map((alert) => alert.checkName)).toEqual(['Search v2']);
  });

  it('says "You\'re offline" once when the OS says so, and stores network failures as unknown', async () => {
    harness = await startHarness(tempDir());
    const { core, notifier } = harness;
    const { id } = await createHttpCheck(core, 'Payments API', endpoint.url);
    await runFor(harness, 30_000);
    core.system({ type: 'online', online: false });
    await endpoint.close();
    await runFor(harness, 5 * MINUTE);
    expect(notifier.titles()).toEqual(["You're offline"]);
    expect(await overview(core)).toMatchObject({ tray: 'offline', offline: { reason: 'os' }, active: [] });
    const { recent } = value<{ recent: CheckResult[] }>(await core.invoke('checks.history', { id, range: '24h' }));
    const offline = recent.filter((result) => result.status !== 'up');
    expect(offline.length).toBeGreaterThanOrEqual(10);
    expect(offline.every((result) => result.status === 'unknown' && result.message?.startsWith('Offline: '))).toBe(true);
    core.system({ type: 'online', online: true });
    expect((await overview(core)).tray).not.toBe('offline');
  });
});
