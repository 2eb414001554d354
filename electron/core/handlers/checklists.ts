/** The checklists channels, bound to the checklist service. */
import { draftFromProposal } from '../common/checklists/from-manual.ts';
import { isTimeZone } from '../common/alerts/time-zone.ts';
import { AppError } from '../common/errors.ts';
import type { Timers } from '../common/checks/scheduler.ts';
import type { Clock } from '../common/clock.ts';
import type { Logger, NotifierPort } from '../common/ports.ts';
import { ChecklistService } from '../node/checklists/checklist-service.ts';
import { loggingNotifier } from '../node/checklists/notifications.ts';
import type { CheckEngine } from '../node/engine/check-engine.ts';
import type { SqliteDatabase } from '../node/storage/database.ts';
import type { Handlers } from './dispatch.ts';
import type { EventHub } from './events.ts';

type ChecklistChannels =
  | 'checklists.templates'
  | 'checklists.saveTemplate'
  | 'checklists.deleteTemplate'
  | 'checklists.current'
  | 'checklists.history'
  | 'checklists.tick'
  | 'checklists.propose';

export interface ChecklistDeps {
  readonly db: SqliteDatabase;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly notifier: NotifierPort | undefined;
  readonly engine: CheckEngine;
  readonly events: EventHub;
}

/** Starts the service (its timer) and answers the handlers; `stop` ends the timer on close. */
export function checklistHandlers(deps: ChecklistDeps): { handlers: Pick<Handlers, ChecklistChannels>; stop(): void } {
  const service = new ChecklistService({
    db: deps.db,
    clock: deps.clock,
    timers: deps.timers,
    logger: deps.logger,
    notifier: deps.notifier ?? loggingNotifier(deps.logger),
    checkStatus: (checkId) => {
      try {
        return deps.engine.get(checkId).last?.status ?? null;
      } catch {
        return null; // deleted since the template was saved: no live state to show
      }
    },
    onChange: (current) => deps.events.emit('onDidChangeChecklists', current),
  });
  // Auto-tick reacts to each result as it is stored, not only at the next sweep.
  const unsubscribe = deps.events.on((name, payload) => {
    if (name !== 'onDidCompleteCheck') return;
    const result = payload as { checkId: number; status: 'up' | 'warning' | 'critical' | 'unknown' };
    try {
      service.onCheckResult(result.checkId, result.status);
    } catch (error) {
      deps.logger.error(`Checklist auto-tick failed: ${(error as Error).message}`);
    }
  });
  service.start();
  return {
    handlers: {
      'checklists.templates': () => service.templates(),
      'checklists.saveTemplate': ({ id, template }) => service.saveTemplate(id, template),
      'checklists.deleteTemplate': ({ id }) => {
        service.deleteTemplate(id);
        return { id };
      },
      'checklists.current': () => service.current(),
      'checklists.history': ({ templateId, limit }) => service.history(templateId, limit),
      'checklists.tick': (request) => service.tick(request),
      'checklists.propose': ({ proposals, timeZone }) => {
        if (!isTimeZone(timeZone)) throw new AppError('bad_request', `timeZone: "${timeZone}" is not a known IANA time zone (e.g. Europe/Berlin)`);
        return proposals.map((proposal) => {
          const draft = draftFromProposal(proposal, timeZone);
          return { ...draft, recurrence: { ...draft.recurrence, weekdays: [...draft.recurrence.weekdays] }, items: [...draft.items] };
        });
      },
    },
    stop() {
      unsubscribe();
      service.stop();
    },
  };
}
