import type { Database } from 'better-sqlite3';
import { AppError } from '../../../common/errors.ts';
import { migration0001 } from './0001-activity-log.ts';
import { migration0002 } from './0002-checks.ts';
import { migration0003 } from './0003-alerts.ts';
import { migration0004 } from './0004-runbooks.ts';
import { migration0005 } from './0005-checklists.ts';
import { migration0006 } from './0006-check-alert-policy.ts';
import type { Migration } from './migration.ts';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Refuse a database written by a newer app before touching it: an older app running
 * newer data could silently drop what it does not understand.
 */
export function assertNotNewer(db: Database, path: string): void {
  const version = schemaVersion(db);
  if (version > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'storage',
      `The database ${path} was written by a newer version of On-Call Companion (schema ${version}; this version knows up to ${LATEST_SCHEMA_VERSION}). ` +
        'Update the app to open it, or start with another data folder (--data-dir). Nothing was changed.',
    );
  }
}

/**
 * Apply the migrations the database has not seen, each in its own transaction together
 * with its user_version bump, so a crash leaves the schema at a whole step.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  let version = schemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= version) continue;
    if (migration.version !== version + 1) {
      throw new AppError('internal', `Migration ${migration.version} (${migration.name}) does not follow schema ${version}.`);
    }
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    version = migration.version;
  }
  return version;
}
