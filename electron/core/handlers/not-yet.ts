import { AppError } from '../common/errors.ts';
import type { Handlers } from './dispatch.ts';

/**
 * Channels named in the contract whose core is still being built. Each answers a clear
 * 'unavailable' error rather than pretending; entries leave this list as they land.
 */
const NOT_YET = [
  'alerts.overview',
  'alerts.history',
  'alerts.acknowledge',
  'alerts.acknowledgeAll',
  'alerts.snooze',
  'alerts.unsnooze',
  'alerts.silence',
  'maintenance.list',
  'maintenance.create',
  'maintenance.update',
  'maintenance.delete',
  'runbooks.list',
  'runbooks.get',
  'runbooks.create',
  'runbooks.update',
  'runbooks.delete',
  'runbooks.revisions',
  'runbooks.revision',
  'runbooks.restore',
  'runbooks.search',
  'runbooks.import',
  'runbooks.sources',
  'runbooks.removeSource',
  'procedures.start',
  'procedures.step',
  'procedures.finish',
  'procedures.runs',
  'palette.search',
  'checklists.templates',
  'checklists.saveTemplate',
  'checklists.deleteTemplate',
  'checklists.current',
  'checklists.history',
  'checklists.tick',
] as const satisfies ReadonlyArray<keyof Handlers>;

type NotYet = (typeof NOT_YET)[number];

export function notYetHandlers(): Pick<Handlers, NotYet> {
  const fail = (channel: string) => () => {
    throw new AppError('unavailable', `${channel} is not available in this version yet.`);
  };
  return Object.fromEntries(NOT_YET.map((channel) => [channel, fail(channel)])) as unknown as Pick<Handlers, NotYet>;
}
