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
