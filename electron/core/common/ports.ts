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
