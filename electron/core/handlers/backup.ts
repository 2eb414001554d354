import type { BackupEntry } from '../common/backup.ts';
import type { Clock } from '../common/clock.ts';
import type { Logger } from '../common/ports.ts';
import { recordActivity } from '../node/storage/activity.ts';
import { createBackup, listBackups } from '../node/storage/backup.ts';
import type { SqliteDatabase } from '../node/storage/database.ts';
import type { Handlers } from './dispatch.ts';
import type { EventHub } from './events.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupDeps {
  readonly db: SqliteDatabase;
  readonly backupsDir: string;
  readonly events: EventHub;
  readonly clock: Clock;
  readonly logger: Logger;
}

export class BackupService {
  readonly #deps: BackupDeps;
  // One backup at a time: two concurrent db.backup() calls would race for the same name.
  #running: Promise<BackupEntry> | null = null;

  constructor(deps: BackupDeps) {
    this.#deps = deps;
  }

  list(): BackupEntry[] {
    return listBackups(this.#deps.backupsDir);
  }

  create(reason: 'manual' | 'daily' = 'manual'): Promise<BackupEntry> {
    this.#running ??= this.#create(reason).finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  /** The daily backup: taken when the newest one is a day old (or there is none). */
  async createIfDue(): Promise<BackupEntry | null> {
    const newest = this.list()[0];
    if (newest && this.#deps.clock.now() - newest.createdAt < DAY_MS) return null;
    return this.create('daily');
  }

  async #create(reason: 'manual' | 'daily'): Promise<BackupEntry> {
    const { db, backupsDir, events, clock } = this.#deps;
    const entry = await createBackup(db, backupsDir, clock.now());
    recordActivity(db, {
      at: entry.createdAt,
      kind: 'backup.created',
      summary: `${reason === 'daily' ? 'Daily backup' : 'Backup'} written: ${entry.fileName}`,
      detail: { path: entry.path, sizeBytes: entry.sizeBytes },
    });
    events.emit('onDidCreateBackup', entry);
    return entry;
  }
}

export function backupHandlers(service: BackupService): Pick<Handlers, 'backup.create' | 'backup.list'> {
  return {
    'backup.create': () => service.create('manual'),
    'backup.list': () => service.list(),
  };
}
