/**
 * The edges the core reaches through. Each shell (Electron main, browser mode, tests)
 * passes its own implementation to createCore().
 */

/** Where settings are persisted: electron-store in the app, a JSON file in plain Node. */
export interface SettingsPort {
  /** The stored values as they are on disk; the core validates them. */
  read(): Record<string, unknown>;
  /** Replace the stored values; must be durable when it returns. */
  write(values: Record<string, unknown>): void;
  /** Problems met while loading (e.g. a malformed file moved aside), shown to the user. */
  readonly warnings?: readonly string[];
}

/** One line per message; the shells decide where it goes (stderr, a log file). */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Secret values (API tokens for auth headers) by name. Values go in and are read only by
 * the core's checks; the window sees names, never values.
 */
export interface SecretsPort {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  delete(name: string): boolean;
  names(): string[];
  /** 'encrypted' when the OS keeps the key (Electron's safeStorage); 'plain' when only file permissions protect it. */
  readonly protection: 'encrypted' | 'plain';
}

/** Encrypts secret values with a key the OS keeps (Electron's safeStorage). */
export interface SecretCipher {
  readonly name: string;
  encrypt(plain: string): Uint8Array;
  decrypt(sealed: Uint8Array): string;
}

/** What a desktop notification may offer besides a click (where the OS shows actions). */
export type NotificationAction = 'acknowledge' | 'open-runbook';

/** One desktop notification, as the core asks for it; the shell decides how to show it. */
export interface DesktopNotification {
  /** Stable per alert group, so a click or an action can be traced back. */
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly urgency: 'low' | 'normal' | 'critical';
  /** Critical alerts may ask for a sound (a setting). */
  readonly sound: boolean;
  readonly actions: readonly NotificationAction[];
  /** The checks it is about: an action applies to these. */
  readonly checkIds: readonly number[];
}

/**
 * The OS notification centre: Electron's Notification in the app, node-notifier in
 * browser mode, a recorder in tests. `show` must not throw; a shell that cannot show
 * anything logs and returns.
 */
export interface NotifierPort {
  show(notification: DesktopNotification): void;
}
