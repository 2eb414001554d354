import type { Clock } from '../common/clock.ts';
import type { SecretsPort } from '../common/ports.ts';
import { recordActivity } from '../node/storage/activity.ts';
import type { SqliteDatabase } from '../node/storage/database.ts';
import type { Handlers } from './dispatch.ts';

export interface SecretsDeps {
  readonly secrets: SecretsPort;
  readonly db: SqliteDatabase;
  readonly clock: Clock;
}

/** The activity log records that a secret changed, never its value. */
export function secretsHandlers({ secrets, db, clock }: SecretsDeps): Pick<Handlers, 'secrets.list' | 'secrets.set' | 'secrets.delete'> {
  return {
    'secrets.list': () => ({ names: secrets.names(), protection: secrets.protection }),
    'secrets.set': ({ name, value }) => {
      secrets.set(name, value);
      recordActivity(db, { at: clock.now(), kind: 'secret.set', summary: `Secret "${name}" stored` });
      return { name };
    },
    'secrets.delete': ({ name }) => {
      const deleted = secrets.delete(name);
      if (deleted) recordActivity(db, { at: clock.now(), kind: 'secret.deleted', summary: `Secret "${name}" deleted` });
      return { name, deleted };
    },
  };
}
