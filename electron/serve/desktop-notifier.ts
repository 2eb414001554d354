/**
 * Browser mode's NotifierPort: node-notifier, which on Linux runs `notify-send`
 * (Debian's libnotify-bin), on macOS terminal-notifier and on Windows SnoreToast.
 * Browser mode has no window to focus and no buttons to press, so a notification only
 * tells; the user acknowledges in the browser tab.
 */
import nodeNotifier from 'node-notifier';
import type { DesktopNotification, Logger, NotifierPort } from '../core/index.ts';

/** The options node-notifier passes on (notify-send flags on Linux). */
export interface NodeNotifierOptions {
  readonly title: string;
  readonly message: string;
  readonly 'app-name': string;
  readonly urgency: 'low' | 'normal' | 'critical';
  /** Seconds; 0 asks the daemon to keep a critical alert until it is dismissed. */
  readonly timeout: number | false;
  /** macOS and Windows only; notify-send has no sound. */
  readonly sound: boolean;
  readonly wait: false;
}

export type Notify = (options: NodeNotifierOptions, callback: (error: Error | null) => void) => void;

const APP_NAME = 'On-Call Companion';
/** How long a non-critical notice stays, as most desktops do by default. */
const NORMAL_TIMEOUT_S = 10;

export function nodeNotifierOptions(notification: DesktopNotification): NodeNotifierOptions {
  const critical = notification.urgency === 'critical';
  return {
    title: notification.title,
    // notify-send refuses an empty body, and node-notifier refuses a missing message.
    message: notification.body.trim() === '' ? notification.title : notification.body,
    'app-name': APP_NAME,
    urgency: notification.urgency,
    timeout: critical ? 0 : NORMAL_TIMEOUT_S,
    sound: notification.sound,
    wait: false,
  };
}

/**
 * `notify` is node-notifier's; tests pass a recorder. A machine without notify-send (a
 * server, a container) must not stop browser mode: the first failure is logged with
 * what to install, later ones are not repeated, and alerts still show in the window.
 */
export function createNodeNotifier(logger: Logger, notify: Notify = defaultNotify): NotifierPort {
  let reported = false;
  const report = (error: Error) => {
    if (reported) return;
    reported = true;
    // Only a missing program earns the install hint: a failed run ("Command failed: notify-send …
    // Cannot autolaunch D-Bus") names notify-send too, but installing it would not help.
    const missing = /not found|ENOENT/i.test(error.message);
    logger.warn(
      missing
        ? `Desktop notifications are off: ${error.message}. On Debian or Ubuntu install them with \`apt-get install libnotify-bin\`; alerts still show in the window.`
        : `A desktop notification failed: ${error.message}. Alerts still show in the window.`,
    );
  };
  return {
    show(notification) {
      try {
        notify(nodeNotifierOptions(notification), (error) => {
          if (error) report(error);
        });
      } catch (error) {
        report(error as Error);
      }
    },
  };
}

/**
 * node-notifier runs notify-send through a shell, each argument in double quotes with
 * `"`, `$`, backquote and backslash escaped, so a check name or a server's message is
 * shown, never run. It reports notify-send's stderr (a string, '' on success) as the error.
 */
const defaultNotify: Notify = (options, callback) => {
  nodeNotifier.notify({ ...options }, (error: unknown) => {
    if (!error) return callback(null);
    callback(error instanceof Error ? error : new Error(String(error).trim()));
  });
};
