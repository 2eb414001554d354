/** What the user can change in Settings. Defaults apply to anything not stored. */
export interface Settings {
  /** 'system' follows the OS light/dark preference. */
  readonly theme: 'system' | 'light' | 'dark';
  /** The name put on acknowledgements, handover notes and timeline entries. */
  readonly displayName: string;
  /** Take one backup a day, at start-up, when the newest one is older than a day. */
  readonly dailyBackup: boolean;
  /** How long every single check result is kept before only its hourly and daily summaries remain. */
  readonly rawResultsHours: number;
  /** How long hourly summaries (the 24 h and 7 d charts) are kept. */
  readonly hourlyRollupDays: number;
  /** How long daily summaries (30 d charts, long-range reports) are kept. */
  readonly dailyRollupDays: number;
  /** Slack-compatible incoming webhook called when a critical alert stays unacknowledged; '' for none. */
  readonly escalationWebhookUrl: string;
  /** …this long after the alert fired (minutes); only while the webhook is set. */
  readonly escalateAfterMinutes: number;
  /** Critical alert notifications ask the OS for a sound. */
  readonly alertSound: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  displayName: '',
  dailyBackup: true,
  rawResultsHours: 48,
  hourlyRollupDays: 90,
  dailyRollupDays: 730,
  escalationWebhookUrl: '',
  escalateAfterMinutes: 15,
  alertSound: true,
};
