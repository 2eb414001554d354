import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../common/errors.ts';

/** Overrides the data folder in every shell (tests point it at a temp dir). */
export const DATA_DIR_ENV = 'ONCALL_DATA_DIR';

/** Electron's `userData` folder name is the productName; browser mode must use the same one. */
const APP_FOLDER = 'On-Call Companion';

/**
 * Where Electron's `app.getPath('userData')` puts our data on each OS, so browser mode
 * and the app open the same database by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv) return fromEnv;
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), APP_FOLDER);
}

/**
 * Create the folder if needed and prove we can write to it, before anything else is
 * opened, so the user gets one sentence about the folder instead of a SQLite error.
 */
export function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const reason = describeFsError(error);
    throw new AppError(
      'storage',
      `Cannot use the data folder ${dir}: ${reason}. Choose another folder with --data-dir or ${DATA_DIR_ENV}, or fix its permissions.`,
      { cause: error },
    );
  }
}

/** A short human reason for the file-system errors people actually meet. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a file is in the way (it is not a folder)';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
