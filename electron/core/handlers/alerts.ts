import { parseMaintenanceWindow } from '../common/alerts/maintenance-text.ts';
import type { Clock } from '../common/clock.ts';
import type { Logger } from '../common/ports.ts';
import { AppError } from '../common/errors.ts';
import type { Settings } from '../common/settings.ts';
import type { AlertService } from '../node/alerts/alert-service.ts';
import type { MaintenanceInput } from '../node/alerts/maintenance-store.ts';
import { toMaintenanceEntry } from '../node/alerts/maintenance-view.ts';
import { createSilence } from '../node/alerts/silence.ts';
import type { CheckEngine } from '../node/engine/check-engine.ts';
import type { ParsedRequestOf } from '../../shared/contract.ts';
import type { Handlers } from './dispatch.ts';

type AlertChannels =
  | 'alerts.overview'
  | 'alerts.history'
  | 'alerts.acknowledge'
  | 'alerts.acknowledgeAll'
  | 'alerts.snooze'
  | 'alerts.unsnooze'
  | 'alerts.silence'
  | 'maintenance.list'
  | 'maintenance.create'
  | 'maintenance.update'
  | 'maintenance.delete';

export interface AlertDeps {
  readonly alerts: AlertService;
  readonly engine: CheckEngine;
  readonly clock: Clock;
  readonly settings: () => Settings;
  readonly secret: (name: string) => string | undefined;
}

/** What a shell tells the core about the OS; see Core.system in core/index.ts. */
export type SystemEvent =
  | { readonly type: 'online'; readonly online: boolean }
  | { readonly type: 'resumed' }
  | { readonly type: 'notification-action'; readonly id: string; readonly action: 'acknowledge' | 'open' };

const MINUTE_MS = 60_000;

/** The zone a maintenance window without one is read in: the machine's, as the user sees the clock. */
function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function who(settings: Settings): string {
  return settings.displayName.trim() || 'you';
}

export function alertHandlers({ alerts, engine, clock, settings, secret }: AlertDeps): Pick<Handlers, AlertChannels> {
  const existing = (checkId: number) => {
    if (!alerts.hasCheck(checkId)) throw new AppError('not_found', `There is no check with id ${checkId}.`);
    return checkId;
  };
  const maintenanceInput = ({ window }: ParsedRequestOf<'maintenance.create'>): MaintenanceInput => {
    const parsed = parseMaintenanceWindow(window.schedule, localZone());
    if (!parsed.ok) throw new AppError('bad_request', `window.schedule: ${parsed.error.message}`);
    const unknown = (window.checkIds ?? []).filter((checkId) => !alerts.hasCheck(checkId));
    if (unknown.length > 0) throw new AppError('bad_request', `window.checkIds: there is no check with id ${unknown.join(', ')}`);
    return { title: window.title, schedule: window.schedule, window: parsed.value, checkIds: window.checkIds };
  };
  return {
    'alerts.overview': () => alerts.overview(),
    'alerts.history': (query) => alerts.store.history(query),
    'alerts.acknowledge': ({ checkId }) => {
      alerts.acknowledge([existing(checkId)]);
      return alerts.overview();
    },
    'alerts.acknowledgeAll': () => {
      alerts.acknowledge(alerts.firingCheckIds());
      return alerts.overview();
    },
    'alerts.snooze': ({ checkId, minutes }) => {
      alerts.snooze(checkId === null ? null : existing(checkId), clock.now() + minutes * MINUTE_MS);
      return alerts.overview();
    },
    'alerts.unsnooze': ({ checkId }) => {
      alerts.snooze(checkId === null ? null : existing(checkId), clock.now());
      return alerts.overview();
    },
    'alerts.silence': async ({ checkId, fingerprint, minutes, comment }) => {
      const check = engine.get(checkId);
      if (check.kind !== 'alertmanager') {
        throw new AppError('bad_request', `checkId: "${check.name}" is not an alertmanager check (its kind is ${check.kind}); only alertmanager checks can be silenced.`);
      }
      const now = clock.now();
      const by = who(settings());
      const silenceId = await createSilence({
        config: check.config,
        fingerprint,
        startsAt: now,
        endsAt: now + minutes * MINUTE_MS,
        createdBy: by === 'you' ? 'On-Call Companion' : by,
        comment: comment || `Silenced from On-Call Companion by ${by} for ${minutes} min`,
        secret,
      });
      // The silence is the acknowledgement: the check's own alert stops reminding too.
      alerts.acknowledge([checkId]);
      return { silenceId };
    },
    'maintenance.list': () => alerts.maintenance.list().map((entry) => toMaintenanceEntry(entry, clock.now())),
    'maintenance.create': (request) => {
      const created = alerts.maintenance.create(maintenanceInput(request), clock.now());
      alerts.reloadMaintenance();
      return toMaintenanceEntry(created, clock.now());
    },
    'maintenance.update': ({ id, window }) => {
      const updated = alerts.maintenance.update(id, maintenanceInput({ window }), clock.now());
      alerts.reloadMaintenance();
      return toMaintenanceEntry(updated, clock.now());
    },
    'maintenance.delete': ({ id }) => {
      alerts.maintenance.delete(id);
      alerts.reloadMaintenance();
      return { id };
    },
  };
}

type CheckChannels = 'checks.create' | 'checks.update' | 'checks.delete' | 'checks.importGatus';

/** Keep the alerting fleet in step with the checks: wrap the handlers that change them. */
export function withAlertSync<H extends Pick<Handlers, CheckChannels>>(handlers: H, alerts: AlertService): H {
  return {
    ...handlers,
    'checks.create': async (request: ParsedRequestOf<'checks.create'>) => {
      const created = await handlers['checks.create'](request);
      alerts.configureCheck(created);
      return created;
    },
    'checks.update': async (request: ParsedRequestOf<'checks.update'>) => {
      const updated = await handlers['checks.update'](request);
      alerts.configureCheck(updated);
      return updated;
    },
    'checks.delete': async (request: ParsedRequestOf<'checks.delete'>) => {
      const deleted = await handlers['checks.delete'](request);
      alerts.removeCheck(request.id);
      return deleted;
    },
    'checks.importGatus': async (request: ParsedRequestOf<'checks.importGatus'>) => {
      const report = await handlers['checks.importGatus'](request);
      for (const check of report.created) alerts.configureCheck(check);
      return report;
    },
  };
}

/** Carry out one OS event. An action on a notification too old to remember does nothing. Never throws. */
export function handleSystemEvent(alerts: AlertService, event: SystemEvent, logger: Logger): void {
  try {
    carryOutSystemEvent(alerts, event);
  } catch (error) {
    logger.error(`The OS event ${event.type} could not be handled: ${(error as Error).stack ?? String(error)}`);
  }
}

function carryOutSystemEvent(alerts: AlertService, event: SystemEvent): void {
  switch (event.type) {
    case 'online':
    case 'resumed':
      alerts.system(event);
      return;
    case 'notification-action':
      // 'open' is the shell's to do (show the window at the alert); the core has nothing to change.
      if (event.action === 'acknowledge') alerts.acknowledge(alerts.notificationChecks(event.id));
      return;
    default:
      event satisfies never;
  }
}
