/**
 * Alerts at the edges of the app: the tray follows onDidChangeAlerts, its menu acts
 * through the core's contract channels, and OS events (wake, network, notification
 * buttons) reach `core.system`, which never throws. Main stays composition; the
 * decisions are in the pure modules (tray-model, alert-links, notification-options,
 * online-watcher).
 */
import { net, powerMonitor, shell } from 'electron';
import type { Core, DesktopNotification } from '../core/index.ts';
import type { AlertsOverview, Channel, RequestOf, ResponseOf, Result } from '../shared/contract.ts';
import { alertHash, runbookTarget } from './alert-links.ts';
import type { NotificationHandlers } from './desktop-notifier.ts';
import { watchOnline } from './online-watcher.ts';
import { setTrayModel } from './tray.ts';
import { shortTime, trayModel, type TrayCommand } from './tray-model.ts';

/** Often enough to notice a lost network within one check interval, rare enough to cost nothing. */
const ONLINE_POLL_MS = 5_000;

export interface AlertBridgeOptions {
  /** Show the window at a hash (`#/alerts/12`), creating it if needed. */
  readonly openWindow: (hash: string) => void;
  readonly quit: () => void;
}

/** core.invoke with the contract's types: the core validates the request either way. */
function call<C extends Channel>(core: Core, channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
  return core.invoke(channel, request) as Promise<Result<ResponseOf<C>>>;
}

function showOverview(result: Result<AlertsOverview>): void {
  const source = result.ok ? { overview: result.value } : { problem: result.error.message };
  setTrayModel(trayModel(source, (ms) => shortTime(ms, Date.now())));
}

/** Run one alerts channel (each answers the new overview); a failure is logged, the tray keeps its state. */
async function act(what: string, run: () => Promise<Result<AlertsOverview>>): Promise<void> {
  const result = await run();
  if (!result.ok) {
    console.warn(`On-Call Companion: ${what} failed: ${result.error.message}`);
    return;
  }
  // The core also pushes onDidChangeAlerts; showing the answer now keeps the tray in step regardless.
  showOverview(result);
}

/** The tray follows the alerts overview from now on; returns the function that stops it. */
export function followAlertsInTray(core: Core): () => void {
  const stop = core.onEvent((name, payload) => {
    // The listener is generic over every event; the name tells this payload's type.
    if (name === 'onDidChangeAlerts') showOverview({ ok: true, value: payload as AlertsOverview });
  });
  void call(core, 'alerts.overview', {}).then(showOverview);
  return stop;
}

/** What each tray menu command does. */
export function trayCommands(core: Core, options: AlertBridgeOptions): (command: TrayCommand) => void {
  return (command) => {
    switch (command) {
      case 'open-alerts':
        return options.openWindow('#/alerts');
      case 'acknowledge-all':
        return void act('acknowledge all', () => call(core, 'alerts.acknowledgeAll', {}));
      case 'snooze-hour':
        return void act('snooze', () => call(core, 'alerts.snooze', { checkId: null, minutes: 60 }));
      case 'resume':
        return void act('resume', () => call(core, 'alerts.unsnooze', { checkId: null }));
      case 'quit':
        return options.quit();
    }
  };
}

/** Open an alert's runbook: the OS browser for a URL, the window for an imported one, else the alert. */
async function openRunbook(core: Core, notification: DesktopNotification, options: AlertBridgeOptions): Promise<void> {
  const overview = await call(core, 'alerts.overview', {});
  const alert = overview.ok ? overview.value.active.find((entry) => notification.checkIds.includes(entry.checkId) && entry.runbook) : undefined;
  const target = runbookTarget(alert?.runbook ?? null);
  if (target?.kind === 'external') {
    shell.openExternal(target.url).catch((error: unknown) => console.warn(`Could not open ${target.url}: ${(error as Error).message}`));
    return;
  }
  options.openWindow(target?.kind === 'window' ? target.hash : alertHash(notification.checkIds));
}

/**
 * Clicks and buttons on desktop notifications. `getCore` because the notifier is made
 * before the core exists (the core needs it to start).
 */
export function notificationHandlers(getCore: () => Core | null, options: AlertBridgeOptions): NotificationHandlers {
  return {
    onClick(notification) {
      const core = getCore();
      core?.system({ type: 'notification-action', id: notification.id, action: 'open' });
      options.openWindow(alertHash(notification.checkIds));
    },
    onAction(notification, action) {
      const core = getCore();
      if (!core) return;
      if (action === 'open-runbook') {
        core.system({ type: 'notification-action', id: notification.id, action: 'open' });
        void openRunbook(core, notification, options);
        return;
      }
      // The core acknowledges every alert the notification named; the tray follows its event.
      core.system({ type: 'notification-action', id: notification.id, action: 'acknowledge' });
    },
  };
}

/** Wake and network changes go to the core; returns the function that stops listening. */
export function watchSystem(core: Core): () => void {
  const online = watchOnline({
    isOnline: () => net.isOnline(),
    onChange: (isOnline) => core.system({ type: 'online', online: isOnline }),
    intervalMs: ONLINE_POLL_MS,
    setInterval: (callback, ms) => setInterval(callback, ms).unref(),
    clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
  });
  const onResume = () => {
    core.system({ type: 'resumed' });
    online.check();
  };
  powerMonitor.on('resume', onResume);
  return () => {
    online.stop();
    powerMonitor.off('resume', onResume);
  };
}
