import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, listBackups, verifyBackup } from '../../../electron/core/node/storage/backup.ts';
import { openDatabase } from '../../../electron/core/node/storage/database.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const T0 = Date.UTC(2026, 10, 22, 3, 0, 0);

describe('createBackup', () => {
  it('writes a verified copy that holds the data, while the database stays open', async () => {
    const dir = tempDir();
    const { db } = openDatabase(join(dir, 'oncall.sqlite'));
    db.prepare("INSERT INTO activity (at, kind, summary) VALUES (1, 'test', 'in the backup')").run();

    const entry = await createBackup(db, join(dir, 'backups'), T0);
    expect(entry.fileName).toBe('oncall-20261122T030000000Z.sqlite');
    expect(entry.sizeBytes).toBeGreaterThan(0);
    expect(verifyBackup(entry.path)).toBeNull();
    // One self-contained file: no WAL or shared-memory siblings to lose.
    expect(readdirSync(join(dir, 'backups'))).toEqual([entry.fileName]);
    const copy = new Database(entry.path, { readonly: true });
    expect(copy.prepare('SELECT summary FROM activity').pluck().all()).toEqual(['in the backup']);
    copy.close();
    // The live database keeps working after the backup.
    db.prepare("INSERT INTO activity (at, kind, summary) VALUES (2, 'test', 'after')").run();
    db.close();
  });

  it('keeps only the newest seven backups and leaves other files alone', async () => {
    const dir = tempDir();
    const backups = join(dir, 'backups');
    const { db } = openDatabase(join(dir, 'oncall.sqlite'));
    await createBackup(db, backups, T0);
    writeFileSync(join(backups, 'my-notes.txt'), 'mine');
    for (let day = 1; day <= 9; day += 1) await createBackup(db, backups, T0 + day * 86_400_000);

    const kept = listBackups(backups);
    expect(kept).toHaveLength(7);
    expect(kept[0]?.createdAt).toBe(T0 + 9 * 86_400_000);
    expect(kept.at(-1)?.createdAt).toBe(T0 + 3 * 86_400_000);
    expect(existsSync(join(backups, 'my-notes.txt'))).toBe(true);
    db.close();
  });

  it('never overwrites a backup taken in the same millisecond', async () => {
    const dir = tempDir();
    const { db } = openDatabase(join(dir, 'oncall.sqlite'));
    const a = await createBackup(db, join(dir, 'backups'), T0);
    const b = await createBackup(db, join(dir, 'backups'), T0);
    expect(a.fileName).not.toBe(b.fileName);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(2);
    db.close();
  });

  it('fails with a sentence naming the folder when it cannot be created', async () => {
    const dir = tempDir();
    const { db } = openDatabase(join(dir, 'oncall.sqlite'));
    writeFileSync(join(dir, 'backups'), 'a file where the folder should be');
    await expect(createBackup(db, join(dir, 'backups'), T0)).rejects.toThrow(/Cannot create the backups folder .*backups: a file is in the way/);
    db.close();
  });

  it('reports a damaged backup file as failing verification', () => {
    const path = join(tempDir(), 'oncall-20261122T030000000Z.sqlite');
    writeFileSync(path, 'garbage');
    expect(verifyBackup(path)).toMatch(/not a database/);
  });
});
