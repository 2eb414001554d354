/**
 * How one core notification becomes Electron Notification options, per platform. Pure
 * (no `electron` import) so the mapping is unit-tested under plain Node.
 * @see https://www.electronjs.org/docs/latest/api/notification
 */
import type { DesktopNotification } from '../core/index.ts';

/** The notification actions the core may ask for, in the order the buttons appear. */
export type NotificationActionName = DesktopNotification['actions'][number];

const ACTION_LABELS: Readonly<Record<NotificationActionName, string>> = {
  acknowledge: 'Acknowledge',
  'open-runbook': 'Open runbook',
};

/** The subset of Electron's NotificationConstructorOptions this app sets. */
export interface NotificationOptions {
  readonly title: string;
  readonly body: string;
  /** Quiet unless the core asked for a sound (a critical alert, and the user wants one). */
  readonly silent: boolean;
  /** Linux and Windows only: critical bypasses do-not-disturb on most Linux desktops. */
  readonly urgency?: 'low' | 'normal' | 'critical';
  /** Linux and Windows only: a critical alert stays until the user dismisses it. */
  readonly timeoutType?: 'default' | 'never';
  readonly actions?: ReadonlyArray<{ readonly type: 'button'; readonly text: string }>;
}

export interface PlatformNotifications {
  readonly options: NotificationOptions;
  /** Which core action each button index stands for (Electron reports an index). */
  readonly actions: readonly NotificationActionName[];
}

/**
 * Only macOS and Windows show buttons on a notification; Linux notification daemons
 * differ too much (and Electron does not pass actions to libnotify), so there a click
 * opens the alert in the window and acknowledging happens there.
 */
export function supportsActions(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

export function notificationOptions(notification: DesktopNotification, platform: NodeJS.Platform): PlatformNotifications {
  const actions = supportsActions(platform) ? [...notification.actions] : [];
  const urgencyPlatform = platform === 'linux' || platform === 'win32';
  return {
    options: {
      title: notification.title,
      body: notification.body,
      silent: !notification.sound,
      ...(urgencyPlatform ? { urgency: notification.urgency, timeoutType: notification.urgency === 'critical' ? 'never' : 'default' } : {}),
      ...(actions.length > 0 ? { actions: actions.map((action) => ({ type: 'button' as const, text: ACTION_LABELS[action] })) } : {}),
    },
    actions,
  };
}
