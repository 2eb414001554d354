import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/core/node/data-dir.ts';

// Electron's app.getPath('userData') is <appData>/<productName>; browser mode must land
// in the same folder so both open the same database.
describe('defaultDataDir', () => {
  it('follows XDG on Linux', () => {
    expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'On-Call Companion'));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x/config' }, 'linux')).toBe(join('/x/config', 'On-Call Companion'));
  });

  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(defaultDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'On-Call Companion'));
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\ada\\AppData\\Roaming', 'On-Call Companion'));
  });

  it('lets ONCALL_DATA_DIR win everywhere', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(defaultDataDir({ ONCALL_DATA_DIR: '/tmp/oncall' }, platform)).toBe('/tmp/oncall');
    }
  });
});
