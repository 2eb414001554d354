import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../../electron/core/handlers/settings.ts';
import { DEFAULT_SETTINGS } from '../../../electron/core/common/settings.ts';

describe('resolveSettings', () => {
  it('fills defaults for what is not stored', () => {
    expect(resolveSettings({})).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps good values and replaces only the bad one, naming it', () => {
    const { settings, problems } = resolveSettings({ theme: 'purple', displayName: 'Ada', dailyBackup: false });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, displayName: 'Ada', dailyBackup: false });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"theme"');
  });

  it('ignores keys it does not know (a newer version may have written them)', () => {
    expect(resolveSettings({ futureThing: 1 }).problems).toEqual([]);
  });
});
