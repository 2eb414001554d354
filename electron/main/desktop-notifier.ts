/**
 * The core's NotifierPort on Electron's Notification. Each shown notification is kept
 * until it is clicked or closed: a Notification object that is garbage-collected loses
 * its click and action handlers on some platforms.
 */
import { Notification } from 'electron';
import type { DesktopNotification, NotifierPort } from '../core/index.ts';
import { notificationOptions, type NotificationActionName } from './notification-options.ts';

export interface NotificationHandlers {
  /** The user clicked the notification itself: show the alert. */
  readonly onClick: (notification: DesktopNotification) => void;
  /** The user pressed one of its buttons (macOS and Windows). */
  readonly onAction: (notification: DesktopNotification, action: NotificationActionName) => void;
}

export function createDesktopNotifier(handlers: NotificationHandlers, platform: NodeJS.Platform = process.platform): NotifierPort {
  const live = new Map<string, Notification>();
  let warned = false;
  const warnOnce = (message: string) => {
    if (warned) return;
    warned = true;
    console.warn(`On-Call Companion: ${message}; alerts are shown in the window and the tray only.`);
  };

  return {
    show(notification) {
      try {
        if (!Notification.isSupported()) return warnOnce('this system shows no desktop notifications');
        const { options, actions } = notificationOptions(notification, platform);
        // A reminder or a raised severity replaces the older notice for the same alert group.
        live.get(notification.id)?.close();
        const shown = new Notification({ ...options, actions: options.actions ? [...options.actions] : [] });
        const forget = () => {
          if (live.get(notification.id) === shown) live.delete(notification.id);
        };
        shown.on('click', () => {
          forget();
          handlers.onClick(notification);
        });
        shown.on('action', (details) => {
          const action = actions[details.actionIndex];
          forget();
          if (action) handlers.onAction(notification, action);
        });
        shown.on('close', forget);
        shown.on('failed', (_event, error) => {
          forget();
          warnOnce(`a notification could not be shown (${error})`);
        });
        live.set(notification.id, shown);
        shown.show();
      } catch (error) {
        // The port's promise: show never throws.
        warnOnce(`notifications failed (${(error as Error).message})`);
      }
    },
  };
}
