import { beforeEach, describe, expect, it } from 'vitest';
import type { AlertsOverview, CheckResult, MaintenanceEntry } from '../../../electron/shared/contract.ts';
import { FakeClock } from '../../helpers/fake-clock.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { createHttpCheck, MINUTE, overview, runFor, startEndpoint, startHarness, value, type Endpoint, type Harness } from './alerts-harness.ts';

let endpoint: Endpoint;
let harness: Harness;

beforeEach(async () => {
  endpoint = await startEndpoint();
});

// The fake clock starts on Sunday 2026-11-22 at 03:00 UTC.
const START = Date.UTC(2026, 10, 22, 3, 0, 0);

describe('maintenance windows', () => {
  it('suppress alerts inside the window and record its results as maintenance', async () => {
    harness = await startHarness(tempDir(), new FakeClock(START));
    const { core, notifier } = harness;
    const { id } = await createHttpCheck(core, 'Payments API', endpoint.url);
    const other = await createHttpCheck(core, 'Status page', endpoint.url.replace('/health', '/status'));
    const created = value<MaintenanceEntry>(
      await core.invoke('maintenance.create', { window: { title: 'DB upgrade', schedule: 'Sunday 02:00–06:00 UTC', checkIds: [id] } }),
    );
    expect(created).toMatchObject({
      title: 'DB upgrade',
      schedule: 'Sunday 02:00–06:00 UTC',
      checkIds: [id],
      activeNow: true,
      next: { start: Date.UTC(2026, 10, 22, 2), end: Date.UTC(2026, 10, 22, 6) },
    });

    endpoint.status = 503;
    await runFor(harness, 5 * MINUTE);
    // The other check is not in the window: only it alerts.
    expect(notifier.titles()).toEqual(['Status page is down']);
    expect((await overview(core)).active.map((alert) => alert.checkId)).toEqual([other.id]);
    const { recent } = value<{ recent: CheckResult[] }>(await core.invoke('checks.history', { id, range: '24h' }));
    const failing = recent.filter((result) => result.status !== 'up');
    expect(failing.length).toBeGreaterThanOrEqual(10);
    expect(failing.every((result) => result.status === 'unknown' && result.message?.startsWith('Maintenance (DB upgrade): '))).toBe(true);
  });

  it('lists, changes and deletes windows; after one ends the next occurrence is a week later', async () => {
    harness = await startHarness(tempDir(), new FakeClock(START));
    const { core } = harness;
    const { id } = value<MaintenanceEntry>(await core.invoke('maintenance.create', { window: { title: 'Backups', schedule: 'Wednesday 22:00–02:00 America/New_York' } }));
    const updated = value<MaintenanceEntry>(await core.invoke('maintenance.update', { id, window: { title: 'Backups', schedule: 'Sunday 01:00-02:00 UTC' } }));
    expect(updated).toMatchObject({ checkIds: null, activeNow: false, next: { start: Date.UTC(2026, 10, 29, 1), end: Date.UTC(2026, 10, 29, 2) } });
    expect(value<MaintenanceEntry[]>(await core.invoke('maintenance.list', {}))).toEqual([updated]);
    expect(await core.invoke('maintenance.delete', { id })).toEqual({ ok: true, value: { id } });
    expect(await core.invoke('maintenance.delete', { id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(value<MaintenanceEntry[]>(await core.invoke('maintenance.list', {}))).toEqual([]);
  });

  it('refuses text it cannot read, naming the part, and saves nothing', async () => {
    harness = await startHarness(tempDir());
    const { core } = harness;
    const badDay = await core.invoke('maintenance.create', { window: { title: 'x', schedule: 'Funday 02:00-03:00' } });
    expect(badDay).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/^window\.schedule: .*"Funday" is not a day/) } });
    const badZone = await core.invoke('maintenance.create', { window: { title: 'x', schedule: 'Sunday 02:00-03:00 Mars/Olympus' } });
    expect(badZone).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringContaining('timeZone must be an IANA time zone') } });
    const badTime = await core.invoke('maintenance.create', { window: { title: 'x', schedule: 'Sunday 25:00-26:00' } });
    expect(badTime).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringContaining('start.hour') } });
    const badCheck = await core.invoke('maintenance.create', { window: { title: 'x', schedule: 'daily 02:00-03:00', checkIds: [999] } });
    expect(badCheck).toMatchObject({ ok: false, error: { code: 'bad_request', message: 'window.checkIds: there is no check with id 999' } });
    expect(value<MaintenanceEntry[]>(await core.invoke('maintenance.list', {}))).toEqual([]);
  });
});

describe('snooze', () => {
  it('holds one check back until the snooze ends, shows it in the overview, then tells what was missed once', async () => {
    harness = await startHarness(tempDir());
    const { core, notifier, clock } = harness;
    const { id } = await createHttpCheck(core, 'Payments API', endpoint.url);
    const snoozed = value<AlertsOverview>(await core.invoke('alerts.snooze', { checkId: id, minutes: 30 }));
    expect(snoozed.summary).toBe('1 check snoozed');
    endpoint.status = 503;
    await runFor(harness, 5 * MINUTE);
    expect(notifier.shown).toEqual([]);
    const during = await overview(core);
    expect(during.active[0]).toMatchObject({ checkId: id, phase: 'firing', snoozedUntil: expect.any(Number) });
    expect(during.active[0]?.snoozedUntil).toBeGreaterThan(clock.now());

    await runFor(harness, 26 * MINUTE, 10_000);
    expect(notifier.titles()).toEqual(['Payments API is down']);
    expect((await overview(core)).active[0]?.snoozedUntil).toBeNull();
  });

  it('snoozes everything until a time the tray shows, and unsnooze ends it early', async () => {
    harness = await startHarness(tempDir());
    const { core, notifier, clock } = harness;
    await createHttpCheck(core, 'Payments API', endpoint.url);
    const all = value<AlertsOverview>(await core.invoke('alerts.snooze', { checkId: null, minutes: 60 }));
    expect(all).toMatchObject({ tray: 'snoozed', snoozedAllUntil: clock.now() + 60 * MINUTE, summary: expect.stringMatching(/^Snoozed until \d\d:\d\d$/) });
    endpoint.status = 503;
    await runFor(harness, 5 * MINUTE);
    expect(notifier.shown).toEqual([]);
    // Firing outranks snoozed in the tray: something is wrong, even if quietly.
    expect((await overview(core)).tray).toBe('critical');

    const resumed = value<AlertsOverview>(await core.invoke('alerts.unsnooze', { checkId: null }));
    expect(resumed.snoozedAllUntil).toBeNull();
    await runFor(harness, MINUTE);
    expect(notifier.titles()).toEqual(['Payments API is down']);
  });

  it('answers not_found for a check that does not exist', async () => {
    harness = await startHarness(tempDir());
    expect(await harness.core.invoke('alerts.snooze', { checkId: 42, minutes: 5 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await harness.core.invoke('alerts.acknowledge', { checkId: 42 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
