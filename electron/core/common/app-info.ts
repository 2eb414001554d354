/** Which shell the core runs in: the Electron app, or browser mode under plain Node. */
export type ShellMode = 'electron' | 'browser';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly mode: ShellMode;
  /** Where everything the user owns lives: database, backups, settings. */
  readonly dataDir: string;
  readonly databasePath: string;
  /** PRAGMA user_version of the open database = the newest migration applied. */
  readonly schemaVersion: number;
  readonly startedAt: number;
  /** Problems found at start-up that did not stop the app (e.g. a settings file moved aside). */
  readonly warnings: readonly string[];
}
