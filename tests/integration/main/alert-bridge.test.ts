/**
 * Main's alert edges against a fake Electron and the real core: the tray follows the
 * overview and its menu acts through the contract, OS events reach core.system, and
 * notifications map clicks and buttons back to the alert.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core, type DesktopNotification } from '../../../electron/core/index.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { createFakeElectron, type FakeElectron } from './fake-electron.ts';

let fake: FakeElectron;
let core: Core | null = null;

beforeEach(() => {
  fake = createFakeElectron();
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
});

afterEach(() => {
  core?.close();
  core = null;
});

const notice: DesktopNotification = {
  id: 'group-1',
  title: 'Local API is down',
  body: 'since 03:12',
  urgency: 'critical',
  sound: true,
  actions: ['acknowledge', 'open-runbook'],
  checkIds: [5],
};

async function modules() {
  const bridge = await import('../../../electron/main/alert-bridge.ts');
  const tray = await import('../../../electron/main/tray.ts');
  const notifier = await import('../../../electron/main/desktop-notifier.ts');
  return { ...bridge, ...tray, ...notifier };
}

describe('main alert edges', () => {
  it('the tray shows the core’s overview and snoozes and resumes through it', async () => {
    const { createTray, followAlertsInTray, trayCommands, destroyTray } = await modules();
    core = await createCore({ dataDir: tempDir(), mode: 'electron', version: '0.0.0-test' });
    const openWindow = vi.fn();
    createTray({ iconsDir: join(import.meta.dirname, '../../../resources/tray'), onCommand: trayCommands(core, { openWindow, quit: vi.fn() }) });
    const stop = followAlertsInTray(core);
    const [tray] = fake.trays;
    // First the start-up menu, then the core's overview.
    await vi.waitFor(() => expect(tray?.menu.some((item) => item.label === 'Snooze all for 1 hour')).toBe(true));
    expect(tray?.tooltip).toBe('On-Call Companion — All clear');

    tray?.menu.find((item) => item.label === 'Snooze all for 1 hour')?.click?.();
    await vi.waitFor(() => expect(tray?.menu.some((item) => item.label?.startsWith('Resume alerts (snoozed until'))).toBe(true));
    const overview = await core.invoke('alerts.overview', {});
    expect(overview.ok && (overview.value as { snoozedAllUntil: number | null }).snoozedAllUntil).toBeGreaterThan(Date.now());

    tray?.menu.find((item) => item.label?.startsWith('Resume alerts'))?.click?.();
    await vi.waitFor(() => expect(tray?.menu.some((item) => item.label === 'Snooze all for 1 hour')).toBe(true));
    tray?.menu.find((item) => item.label === 'Open alerts')?.click?.();
    expect(openWindow).toHaveBeenCalledWith('#/alerts');
    stop();
    destroyTray();
  });

  it('wake and network changes reach core.system', async () => {
    const { watchSystem } = await modules();
    core = await createCore({ dataDir: tempDir(), mode: 'electron', version: '0.0.0-test' });
    const real = core;
    const events: unknown[] = [];
    const spy: Core = { ...real, system: (event) => (events.push(event), real.system(event)) };
    fake.network.online = false;
    const stop = watchSystem(spy);
    expect(events).toEqual([{ type: 'online', online: false }]);
    fake.network.online = true;
    fake.powerMonitor.emit('resume');
    expect(events).toEqual([{ type: 'online', online: false }, { type: 'resumed' }, { type: 'online', online: true }]);
    stop();
    expect(fake.powerMonitor.listenerCount('resume')).toBe(0);
  });

  it('a notification click opens the alert; its buttons acknowledge through the core or open the runbook', async () => {
    const { createDesktopNotifier, notificationHandlers } = await modules();
    const openWindow = vi.fn();
    const events: unknown[] = [];
    const fakeCore = {
      system: (event: unknown) => events.push(event),
      invoke: async () => ({ ok: true, value: { active: [{ checkId: 5, runbook: '42' }] } }),
    } as unknown as Core;
    const notifier = createDesktopNotifier(notificationHandlers(() => fakeCore, { openWindow, quit: vi.fn() }), 'darwin');

    notifier.show(notice);
    const [shown] = fake.notifications;
    expect(shown?.shown).toBe(true);
    expect(shown?.options).toMatchObject({ title: 'Local API is down', silent: false, actions: [{ type: 'button', text: 'Acknowledge' }, { type: 'button', text: 'Open runbook' }] });

    shown?.emit('action', { actionIndex: 0 });
    expect(events).toEqual([{ type: 'notification-action', id: 'group-1', action: 'acknowledge' }]);
    shown?.emit('action', { actionIndex: 1 });
    await vi.waitFor(() => expect(openWindow).toHaveBeenCalledWith('#/runbooks/42'));
    shown?.emit('click', {});
    expect(openWindow).toHaveBeenLastCalledWith('#/alerts/5');

    // A reminder for the same group replaces the older notification.
    notifier.show({ ...notice, title: 'Still critical: Local API' });
    expect(fake.notifications).toHaveLength(2);
  });
});
