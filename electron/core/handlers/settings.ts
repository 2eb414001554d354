import type { Clock } from '../common/clock.ts';
import type { SettingsPort } from '../common/ports.ts';
import { DEFAULT_SETTINGS, type Settings } from '../common/settings.ts';
import { recordActivity } from '../node/storage/activity.ts';
import type { SqliteDatabase } from '../node/storage/database.ts';
import { settingsPatchSchema } from '../../shared/contract.ts';
import type { Handlers } from './dispatch.ts';
import type { EventHub } from './events.ts';

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>;

/**
 * Stored values → Settings, field by field: one bad value (hand-edited, or from an
 * older version) falls back to its default without throwing away the others.
 */
export function resolveSettings(stored: Record<string, unknown>): { settings: Settings; problems: string[] } {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  for (const key of SETTING_KEYS) {
    if (!(key in stored)) continue;
    const parsed = settingsPatchSchema.shape[key].safeParse(stored[key]);
    if (parsed.success && parsed.data !== undefined) {
      settings[key] = parsed.data;
    } else {
      const reason = parsed.success ? 'empty' : (parsed.error.issues[0]?.message ?? 'invalid');
      problems.push(
        `The setting "${key}" in the settings file is invalid (${reason}); the default ${JSON.stringify(DEFAULT_SETTINGS[key])} is used until you change it.`,
      );
    }
  }
  return { settings: settings as unknown as Settings, problems };
}

export interface SettingsDeps {
  readonly port: SettingsPort;
  readonly db: SqliteDatabase;
  readonly events: EventHub;
  readonly clock: Clock;
}

export function currentSettings(port: SettingsPort): Settings {
  return resolveSettings(port.read()).settings;
}

export function settingsHandlers({ port, db, events, clock }: SettingsDeps): Pick<Handlers, 'settings.get' | 'settings.set'> {
  return {
    'settings.get': () => currentSettings(port),
    'settings.set': ({ values }) => {
      const changes = Object.entries(values).filter(([, value]) => value !== undefined);
      if (changes.length === 0) return currentSettings(port);
      // Merge into what is stored, not into the resolved view, so keys written by a newer
      // version of the app survive a round trip through this one.
      port.write({ ...port.read(), ...Object.fromEntries(changes) });
      const settings = currentSettings(port);
      recordActivity(db, {
        at: clock.now(),
        kind: 'settings.changed',
        summary: `Settings changed: ${changes.map(([key]) => key).join(', ')}`,
        detail: Object.fromEntries(changes),
      });
      events.emit('onDidChangeSettings', settings);
      return settings;
    },
  };
}
