import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUPS_KEPT, backupFileName, backupsToPrune, parseBackupFileName, type BackupEntry } from '../../common/backup.ts';
import { AppError } from '../../common/errors.ts';
import { describeFsError } from '../data-dir.ts';
import { integrityProblem, type SqliteDatabase } from './database.ts';

/**
 * Copy the live database with SQLite's online backup (the app keeps working while it
 * runs), prove the copy with quick_check before it gets its real name, then keep only
 * the newest `keep` backups.
 */
export async function createBackup(
  db: SqliteDatabase,
  backupsDir: string,
  at: number,
  keep = BACKUPS_KEPT,
): Promise<BackupEntry> {
  try {
    mkdirSync(backupsDir, { recursive: true });
  } catch (error) {
    throw new AppError('storage', `Cannot create the backups folder ${backupsDir}: ${describeFsError(error)}.`, { cause: error });
  }
  let time = at;
  while (existsSync(join(backupsDir, backupFileName(time)))) time += 1;
  const fileName = backupFileName(time);
  const finalPath = join(backupsDir, fileName);
  // Until verified the copy carries a name listBackups() ignores, so a crash mid-backup
  // never leaves something that looks like a good backup.
  const partialPath = `${finalPath}.partial`;
  try {
    await db.backup(partialPath);
  } catch (error) {
    rmSync(partialPath, { force: true });
    throw new AppError('storage', `The backup could not be written to ${backupsDir}: ${describeFsError(error)}.`, { cause: error });
  }
  const problem = sealBackup(partialPath);
  if (problem) {
    rmSync(partialPath, { force: true });
    throw new AppError('storage', `The backup failed its integrity check (${problem}); the previous backups are kept.`);
  }
  renameSync(partialPath, finalPath);
  pruneBackups(backupsDir, keep);
  return { fileName, path: finalPath, createdAt: time, sizeBytes: statSync(finalPath).size };
}

/**
 * The copy inherits WAL mode from the live database; switch it to a rollback journal so
 * the backup is one self-contained file (no -wal/-shm to lose when it is copied around),
 * then verify it.
 */
function sealBackup(path: string): string | null {
  let copy: SqliteDatabase | undefined;
  try {
    copy = new Database(path, { fileMustExist: true });
    copy.pragma('journal_mode = DELETE');
    return integrityProblem(copy);
  } catch (error) {
    return (error as Error).message;
  } finally {
    copy?.close();
  }
}

/** `null` when the file opens as a database and passes quick_check. */
export function verifyBackup(path: string): string | null {
  let copy: SqliteDatabase | undefined;
  try {
    copy = new Database(path, { readonly: true, fileMustExist: true });
    return integrityProblem(copy);
  } catch (error) {
    return (error as Error).message;
  } finally {
    copy?.close();
  }
}

/** Our backups in the folder, newest first; anything else in it is left alone. */
export function listBackups(backupsDir: string): BackupEntry[] {
  if (!existsSync(backupsDir)) return [];
  const entries: BackupEntry[] = [];
  for (const fileName of readdirSync(backupsDir)) {
    const createdAt = parseBackupFileName(fileName);
    if (createdAt === null) continue;
    const path = join(backupsDir, fileName);
    entries.push({ fileName, path, createdAt, sizeBytes: statSync(path).size });
  }
  return entries.sort((a, b) => b.createdAt - a.createdAt);
}

function pruneBackups(backupsDir: string, keep: number): void {
  for (const old of backupsToPrune(listBackups(backupsDir), keep)) rmSync(old.path, { force: true });
}
