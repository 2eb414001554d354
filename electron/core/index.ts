/**
 * The only entry point into the product core. Electron main, browser mode and tests all
 * start the core here and talk to it through `invoke` and `onEvent`; none of them
 * reaches into core/common or core/node.
 */
import type { AppInfo, ShellMode } from './common/app-info.ts';
import type { Timers } from './common/checks/scheduler.ts';
import type { Clock } from './common/clock.ts';
import type { DesktopNotification, Logger, NotifierPort, SecretCipher, SecretsPort, SettingsPort } from './common/ports.ts';
import type { Result } from './common/result.ts';
import type { EventName, EventPayloadOf } from '../shared/contract.ts';
import type { SystemEvent } from './handlers/alerts.ts';
import { openCore } from './handlers/open-core.ts';

export type { SystemEvent };
export type { AppInfo, Clock, DesktopNotification, Logger, NotifierPort, Result, SecretCipher, SecretsPort, SettingsPort, ShellMode, Timers };
export { AppError } from './common/errors.ts';
export { defaultDataDir, DATA_DIR_ENV } from './node/data-dir.ts';
export { SecretsFile } from './node/secrets/secrets-file.ts';
export { JsonSettingsFile } from './node/settings/json-settings-file.ts';
export { systemClock } from './node/system-clock.ts';

export interface CoreOptions {
  /** Folder that holds the database, backups and (in browser mode) settings.json. */
  readonly dataDir: string;
  readonly mode: ShellMode;
  /** The app's version, shown in app.info. */
  readonly version: string;
  /** Defaults to a settings.json file in dataDir (what browser mode and tests use). */
  readonly settings?: SettingsPort;
  /** Defaults to secrets.json in dataDir, unencrypted (browser mode); the app passes one sealed by safeStorage. */
  readonly secrets?: SecretsPort;
  readonly clock?: Clock;
  /** Timers the check scheduler uses; tests pass fake ones that follow their fake clock. */
  readonly timers?: Timers;
  readonly logger?: Logger;
  /** The OS notification centre; without one, notifications are only logged. */
  readonly notifier?: NotifierPort;
}

/** A listener for pushed events; `name` tells which payload it gets. */
export type CoreEventListener = <E extends EventName>(name: E, payload: EventPayloadOf<E>) => void;

export interface Core {
  readonly info: AppInfo;
  /**
   * Run one contract channel. The request is untrusted: it is validated against the
   * channel's schema here, so every transport gets the same checks. Never throws.
   */
  invoke(channel: string, request: unknown): Promise<Result<unknown>>;
  /** Receive every pushed event; returns the function that unsubscribes. */
  onEvent(listener: CoreEventListener): () => void;
  /**
   * Tell the core what the OS said; the shells call this, the window never does.
   * - `{ type: 'online', online }`: the OS network state changed (Electron's `net.isOnline()`
   *   / `online`/`offline`, browser mode may never call it). While offline there are no
   *   per-check notifications, one "You're offline" notice, and network failures are
   *   recorded as unknown.
   * - `{ type: 'resumed' }`: the machine woke from sleep (powerMonitor `resume`). A grace
   *   period of max(2 × the longest interval, 60 s) with no down notifications follows.
   * - `{ type: 'notification-action', id, action }`: the user clicked an action on a
   *   notification the core asked for (`id` is DesktopNotification.id). 'acknowledge'
   *   acknowledges every firing alert it named (who: settings displayName, else "you");
   *   'open' changes nothing in the core (the shell shows the window at the alert).
   * Never throws; an unknown notification id does nothing.
   */
  system(event: SystemEvent): void;
  /** Close the database. Safe to call twice. */
  close(): void;
}

/**
 * Open (or create) the data dir and database, apply migrations, load settings.
 * Throws an AppError whose message tells the user what is wrong and what to do when
 * the data cannot be opened safely (unwritable folder, database from a newer version).
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  return openCore(options);
}
