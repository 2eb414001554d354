/** What the user can change in Settings. Defaults apply to anything not stored. */
export interface Settings {
  /** 'system' follows the OS light/dark preference. */
  readonly theme: 'system' | 'light' | 'dark';
  /** The name put on acknowledgements, handover notes and timeline entries. */
  readonly displayName: string;
  /** Take one backup a day, at start-up, when the newest one is older than a day. */
  readonly dailyBackup: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  displayName: '',
  dailyBackup: true,
};
