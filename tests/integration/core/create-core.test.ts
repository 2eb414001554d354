import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/index.ts';
import { DEFAULT_SETTINGS } from '../../../electron/core/common/settings.ts';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/node/storage/migrations/index.ts';
import { FakeClock } from '../../helpers/fake-clock.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const open: Core[] = [];
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

async function start(dataDir = tempDir(), clock = new FakeClock()): Promise<Core> {
  const core = await createCore({ dataDir, mode: 'browser', version: '9.9.9', clock, logger: quiet });
  open.push(core);
  return core;
}

describe('createCore', () => {
  it('answers app.info with version, data location and schema version', async () => {
    const dataDir = tempDir();
    const core = await start(dataDir);
    const result = await core.invoke('app.info', {});
    expect(result).toMatchObject({
      ok: true,
      value: { version: '9.9.9', mode: 'browser', dataDir, databasePath: join(dataDir, 'oncall.sqlite'), schemaVersion: LATEST_SCHEMA_VERSION, warnings: [] },
    });
  });

  it('treats a missing request as an empty one', async () => {
    const core = await start();
    expect((await core.invoke('settings.get', undefined)).ok).toBe(true);
  });

  it('keeps settings across restarts and announces changes', async () => {
    const dataDir = tempDir();
    const core = await start(dataDir);
    const seen: unknown[] = [];
    core.onEvent((name, payload) => seen.push([name, payload]));

    const set = await core.invoke('settings.set', { values: { theme: 'dark', displayName: '  Ada  ' } });
    const expected = { ...DEFAULT_SETTINGS, theme: 'dark', displayName: 'Ada' };
    expect(set).toEqual({ ok: true, value: expected });
    expect(seen).toEqual([['onDidChangeSettings', expected]]);
    core.close();

    const again = await start(dataDir);
    expect(await again.invoke('settings.get', {})).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, theme: 'dark', displayName: 'Ada' } });
  });

  it('refuses a bad setting naming the field, and changes nothing', async () => {
    const core = await start();
    const result = await core.invoke('settings.set', { values: { theme: 'purple', displayName: 'Ada' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad_request');
    expect(result.error.message).toContain('values.theme');
    expect(await core.invoke('settings.get', {})).toMatchObject({ value: { theme: 'system', displayName: '' } });
  });

  it('keeps result retention within bounds, naming the field', async () => {
    const core = await start();
    expect(await core.invoke('settings.set', { values: { rawResultsHours: 2 } })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('values.rawResultsHours: must be at least 6 hours') },
    });
    expect(await core.invoke('settings.set', { values: { rawResultsHours: 24 } })).toMatchObject({ ok: true, value: { rawResultsHours: 24 } });
  });

  it('refuses unknown fields and unknown channels by name', async () => {
    const core = await start();
    expect(await core.invoke('settings.set', { values: { volume: 11 } })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringContaining('volume') },
    });
    expect(await core.invoke('app.selfDestruct', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel', message: expect.stringContaining('app.selfDestruct') },
    });
    expect(await core.invoke('toString', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('takes backups through the contract, newest first, and announces them', async () => {
    const clock = new FakeClock();
    const core = await start(tempDir(), clock);
    const seen: string[] = [];
    core.onEvent((name) => seen.push(name));
    const first = await core.invoke('backup.create', {});
    clock.advance(1000);
    const second = await core.invoke('backup.create', {});
    expect(first.ok && second.ok).toBe(true);
    const list = await core.invoke('backup.list', {});
    expect(list.ok && (list.value as Array<{ createdAt: number }>).map((b) => b.createdAt)).toEqual([clock.now(), clock.now() - 1000]);
    expect(seen).toEqual(['onDidCreateBackup', 'onDidCreateBackup']);
  });

  it('records what it did in the activity log', async () => {
    const dataDir = tempDir();
    const core = await start(dataDir);
    await core.invoke('settings.set', { values: { dailyBackup: false } });
    await core.invoke('backup.create', {});
    core.close();
    const db = new Database(join(dataDir, 'oncall.sqlite'), { readonly: true });
    expect(db.prepare('SELECT kind FROM activity ORDER BY id').pluck().all()).toEqual(['settings.changed', 'backup.created']);
    db.close();
  });
});

describe('createCore with bad data', () => {
  it('names the folder when the data dir cannot be used', async () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'blocked'), 'a file');
    await expect(start(join(parent, 'blocked', 'data'))).rejects.toThrow(
      /Cannot use the data folder .*blocked\/data: a file is in the way \(it is not a folder\)\. Choose another folder with --data-dir or ONCALL_DATA_DIR/,
    );
  });

  it('moves a malformed settings file aside, runs on defaults, and says so', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'settings.json'), '{ "theme": "dark", ');
    const core = await start(dataDir);
    const info = await core.invoke('app.info', {});
    const warnings = info.ok ? (info.value as { warnings: string[] }).warnings : [];
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/settings\.json could not be read \(not valid JSON.*moved to .*settings\.json\.corrupt-/);
    const aside = readdirSync(dataDir).find((name) => name.startsWith('settings.json.corrupt-'));
    expect(aside && readFileSync(join(dataDir, aside), 'utf8')).toBe('{ "theme": "dark", ');
    expect(await core.invoke('settings.get', {})).toMatchObject({ value: { theme: 'system' } });
  });

  it('warns about one bad stored value and keeps the rest', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ theme: 'dark', dailyBackup: 'yes' }));
    const core = await start(dataDir);
    expect(core.info.warnings).toEqual([expect.stringContaining('"dailyBackup"')]);
    expect(await core.invoke('settings.get', {})).toMatchObject({ value: { theme: 'dark', dailyBackup: true } });
  });

  it('moves a damaged database aside, points at the newest backup, and starts', async () => {
    const dataDir = tempDir();
    const clock = new FakeClock();
    const core = await start(dataDir, clock);
    const backup = await core.invoke('backup.create', {});
    core.close();
    writeFileSync(join(dataDir, 'oncall.sqlite'), 'garbage '.repeat(1000));

    const restarted = await start(dataDir, clock);
    expect(restarted.info.warnings).toEqual([
      expect.stringMatching(new RegExp(`damaged .*moved to .*oncall\\.corrupt-.*Your newest backup is .*${backup.ok ? (backup.value as { fileName: string }).fileName : 'none'}`)),
    ]);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('oncall.corrupt-'))).toHaveLength(1);
    expect(existsSync(join(dataDir, 'oncall.sqlite'))).toBe(true);
  });

  it('refuses a database from a newer version and does not start', async () => {
    const dataDir = tempDir();
    const db = new Database(join(dataDir, 'oncall.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    await expect(start(dataDir)).rejects.toThrow(/newer version of On-Call Companion.*Nothing was changed/);
  });
});
