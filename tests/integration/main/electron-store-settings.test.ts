import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError, createCore, JsonSettingsFile } from '../../../electron/core/index.ts';
import type { ElectronStoreSettings as ElectronStoreSettingsClass } from '../../../electron/main/electron-store-settings.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

// electron-store imports `electron`, whose package downloads the binary on import unless
// this is set; then it is a path string, and electron-store works with an absolute cwd.
process.env['ELECTRON_OVERRIDE_DIST_PATH'] ??= join(tmpdir(), 'oncall-no-electron');
let ElectronStoreSettings: typeof ElectronStoreSettingsClass;
beforeAll(async () => {
  ({ ElectronStoreSettings } = await import('../../../electron/main/electron-store-settings.ts'));
});

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const FIXED_NOW = () => Date.UTC(2025, 0, 2, 3, 4, 5, 6);

describe('ElectronStoreSettings', () => {
  it('starts empty and writes <dataDir>/settings.json as a flat JSON object', () => {
    const dir = tempDir();
    const settings = new ElectronStoreSettings(dir);
    expect(settings.read()).toEqual({});
    expect(settings.warnings).toEqual([]);
    settings.write({ theme: 'dark', 'a.b': 1 });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ theme: 'dark', 'a.b': 1 });
    expect(new ElectronStoreSettings(dir).read()).toEqual({ theme: 'dark', 'a.b': 1 });
  });

  it('reads and writes the same file as browser mode', () => {
    const dir = tempDir();
    new JsonSettingsFile(join(dir, 'settings.json')).write({ displayName: 'Ada', future: { x: 1 } });
    const settings = new ElectronStoreSettings(dir);
    expect(settings.read()).toEqual({ displayName: 'Ada', future: { x: 1 } });
    settings.write({ ...settings.read(), theme: 'light' });
    expect(new JsonSettingsFile(join(dir, 'settings.json')).read()).toEqual({ displayName: 'Ada', future: { x: 1 }, theme: 'light' });
  });

  it('moves a malformed file aside, keeps its bytes, and warns', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), '{ "theme": "dark", ');
    const settings = new ElectronStoreSettings(dir, FIXED_NOW);
    expect(settings.read()).toEqual({});
    expect(readdirSync(dir).sort()).toEqual(['settings.json.corrupt-20250102T030405006Z']);
    expect(readFileSync(join(dir, 'settings.json.corrupt-20250102T030405006Z'), 'utf8')).toBe('{ "theme": "dark", ');
    expect(settings.warnings).toHaveLength(1);
    expect(settings.warnings[0]).toContain('not valid JSON');
    expect(settings.warnings[0]).toContain('settings.json.corrupt-20250102T030405006Z');
    settings.write({ theme: 'light' });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ theme: 'light' });
  });

  it('treats valid JSON that is not an object as damaged instead of overwriting it', () => {
    for (const text of ['[1, 2]', '42', 'null', '"dark"']) {
      const dir = tempDir();
      writeFileSync(join(dir, 'settings.json'), text);
      const settings = new ElectronStoreSettings(dir, FIXED_NOW);
      expect(settings.warnings[0], text).toContain('not a JSON object');
      expect(readFileSync(join(dir, 'settings.json.corrupt-20250102T030405006Z'), 'utf8')).toBe(text);
    }
  });

  it('accepts a file an editor saved with a byte order mark', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), '\uFEFF{"theme":"dark"}');
    const settings = new ElectronStoreSettings(dir);
    expect(settings.warnings).toEqual([]);
    expect(settings.read()).toEqual({ theme: 'dark' });
  });

  it('reports a settings file it cannot read as a storage error naming the file, on first use', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'settings.json'));
    const settings = new ElectronStoreSettings(dir);
    let thrown: unknown;
    try {
      settings.read();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('storage');
    expect((thrown as AppError).message).toContain(join(dir, 'settings.json'));
  });

  it('leaves a data folder that cannot be used to the core, which says so', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    await expect(createCore({ dataDir: file, mode: 'electron', version: '1.2.3', settings: new ElectronStoreSettings(file), logger: quiet })).rejects.toThrow(
      /Cannot use the data folder/,
    );
  });

  it("puts its warning in the core's app.info", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), 'not json');
    const core = await createCore({ dataDir: dir, mode: 'electron', version: '1.2.3', settings: new ElectronStoreSettings(dir), logger: quiet });
    try {
      const info = await core.invoke('app.info', {});
      expect(info).toMatchObject({ ok: true, value: { mode: 'electron' } });
      expect(info.ok && (info.value as { warnings: string[] }).warnings.join('\n')).toContain('settings.json.corrupt-');
      expect(await core.invoke('settings.set', { values: { displayName: 'Ada' } })).toMatchObject({ ok: true, value: { displayName: 'Ada' } });
      expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ displayName: 'Ada' });
    } finally {
      core.close();
    }
  });
});
