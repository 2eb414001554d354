import { thresholdsFor } from '../../common/alerts/check-policy.ts';
import { createFleet, stepFleet } from '../../common/alerts/fleet.ts';
import type { FleetEffect, FleetEvent, FleetOptions, FleetState } from '../../common/alerts/fleet-types.ts';
import type { AlertPolicy, Severity } from '../../common/alerts/types.ts';
import type { CheckAlertPolicy } from '../../common/checks/definition.ts';
import type { TimeAnomaly, Timers } from '../../common/checks/scheduler.ts';
import type { CheckResult, CheckSummary } from '../../common/checks/summary.ts';
import type { Clock } from '../../common/clock.ts';
import type { Logger, NotifierPort } from '../../common/ports.ts';
import type { Settings } from '../../common/settings.ts';
import type { CheckResultStore } from '../storage/check-results.ts';
import type { SqliteDatabase } from '../storage/database.ts';
import type { AlertsOverview } from '../../common/alerts/views.ts';
import { AlertStore } from './alert-store.ts';
import { escalate } from './escalation.ts';
import { formatNotification, type CheckFacts } from './format-notification.ts';
import { MaintenanceStore, type StoredMaintenance } from './maintenance-store.ts';
import { windowsFor } from './maintenance-view.ts';
import { buildOverview, localMidnight } from './overview.ts';
import { OverviewPush } from './overview-push.ts';
import { AlertPersistence, restoreFleet } from './persist.ts';
import { hostOf, relabelledMessage } from './result-label.ts';
import { TickSchedule } from './tick-schedule.ts';

/** Notification ids remembered for OS actions (Acknowledge on a notification shown earlier). */
const REMEMBERED_NOTIFICATIONS = 200;

export interface AlertServiceOptions {
  readonly db: SqliteDatabase;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly notifier?: NotifierPort;
  readonly settings: () => Settings;
  /** Stored results: a restored alert's message is its check's newest one. */
  readonly results: CheckResultStore;
  /** Called with the new overview whenever it changed. */
  onChange?(overview: AlertsOverview): void;
  /** Fleet limits; the defaults unless a benchmark or test says otherwise. */
  readonly fleet?: Partial<FleetOptions>;
  /** Alert thresholds for every check; DEFAULT_POLICY where left out, a check's own `alert` over both. */
  readonly policy?: Partial<AlertPolicy>;
}

interface Known {
  name: string;
  runbook: string | null;
  message: string | null;
  /** The check's own thresholds, so a settings change re-configures without losing them. */
  alert: CheckAlertPolicy | null;
}

/**
 * Runs the pure fleet policy over the live checks and carries out what it decides:
 * notifications through the notifier port, history and state in SQLite, the escalation
 * webhook, and the overview pushed to the windows. One instance per core.
 */
export class AlertService {
  readonly #options: AlertServiceOptions;
  readonly store: AlertStore;
  readonly maintenance: MaintenanceStore;
  #fleet: FleetState;
  readonly #known = new Map<number, Known>();
  #windows: StoredMaintenance[] = [];
  readonly #persistence: AlertPersistence;
  readonly #push: OverviewPush;
  readonly #notifications = new Map<string, readonly number[]>();
  #resolvedToday: { from: number; entries: ReturnType<AlertStore['resolvedSince']> } | null = null;
  readonly #ticks: TickSchedule;

  constructor(options: AlertServiceOptions) {
    this.#options = options;
    this.store = new AlertStore(options.db);
    this.maintenance = new MaintenanceStore(options.db);
    this.#fleet = createFleet(options.fleet);
    this.#persistence = new AlertPersistence(this.store, options.logger);
    this.#push = new OverviewPush(options.timers, () => this.overview(), options.onChange);
    this.#ticks = new TickSchedule(options.timers, options.clock, () => this.#tick());
  }

  /** Configure every check, put back what was saved, and start ticking. */
  start(checks: readonly CheckSummary[]): void {
    this.#windows = this.maintenance.list();
    // Stepped directly, not through #apply: a fresh check's 'ok' would be saved over
    // (and so erase) the state it had before the restart, which is put back below.
    for (const check of checks) this.#fleet = stepFleet(this.#fleet, this.#configureEvent(check)).state;
    const now = this.#options.clock.now();
    const saved = this.store.savedAlerts();
    this.#fleet = restoreFleet(this.#fleet, saved, this.store.snoozes(now));
    // The engine has not run yet: a restored alert's message is its newest stored result's.
    for (const { checkId } of saved) {
      const known = this.#known.get(checkId);
      if (known && known.message === null) known.message = this.#options.results.recent(checkId, 1)[0]?.message ?? null;
    }
    this.#persistence.remember(this.#fleet);
    this.#push.settle();
    this.#ticks.arm(this.#fleet);
  }

  stop(): void {
    this.#ticks.stop();
    this.#push.stop();
  }

  /** A check was created or changed: its name, host, interval, thresholds and windows follow. */
  configureCheck(check: CheckSummary): void {
    this.#apply(this.#configureEvent(check));
    this.#push.changed();
  }

  removeCheck(checkId: number): void {
    this.#known.delete(checkId);
    this.#persistence.forget(checkId);
    this.#apply({ type: 'remove', checkId });
    this.#push.changed();
  }

  /**
   * Results that arrived together. Returns them as they should be stored and shown: a
   * network failure while offline says nothing about the service (unknown), a result in
   * a maintenance window is expected (unknown, "Maintenance: …"). The engine calls this
   * as its reviewer, before it stores a result, so only the relabelled row is ever written.
   */
  observe(results: readonly CheckResult[]): CheckResult[] {
    for (const result of results) {
      const known = this.#known.get(result.checkId);
      if (known && result.status !== 'up') known.message = result.message;
    }
    this.#apply({
      type: 'results',
      results: results.map((result) => ({ checkId: result.checkId, at: result.at, status: result.status, errorClass: result.errorClass })),
    });
    return results.map((result) => this.#relabel(result));
  }

  timeAnomaly(anomaly: TimeAnomaly): void {
    this.#apply({ type: 'time-anomaly', anomaly });
  }

  /** The OS says the machine is online or not, or has just woken up. */
  system(event: { type: 'online'; online: boolean } | { type: 'resumed' }): void {
    const at = this.#options.clock.now();
    this.#apply(event.type === 'online' ? { type: 'online', online: event.online, at } : { type: 'resumed', at });
  }

  /** Acknowledge the alerts of these checks (firing ones; others are left as they are). */
  acknowledge(checkIds: readonly number[]): void {
    const by = this.#options.settings().displayName.trim() || 'you';
    const at = this.#options.clock.now();
    for (const checkId of checkIds) this.#apply({ type: 'acknowledge', checkId, by, at });
  }

  firingCheckIds(): number[] {
    return [...this.#fleet.checks.values()].filter((check) => check.alert.phase === 'firing').map((check) => check.alert.checkId);
  }

  /** The checks a notification shown earlier was about; empty when it is too old to remember. */
  notificationChecks(id: string): readonly number[] {
    return this.#notifications.get(id) ?? [];
  }

  /** Snooze one check (or all, null) until `until`; `until` at or before now ends the snooze. */
  snooze(checkId: number | null, until: number): void {
    const now = this.#options.clock.now();
    this.store.setSnooze(checkId, until > now ? until : null);
    this.#apply({ type: 'snooze', checkId, until, at: now });
    this.#push.changed();
  }

  /** Maintenance windows were added, changed or removed: reconfigure every check. */
  reloadMaintenance(): void {
    this.#windows = this.maintenance.list();
    for (const [checkId, check] of this.#fleet.checks) {
      this.#apply({ type: 'configure', checkId, host: check.host, intervalMs: check.intervalMs, maintenance: windowsFor(checkId, this.#windows) });
    }
    this.#push.changed();
  }

  hasCheck(checkId: number): boolean {
    return this.#fleet.checks.has(checkId);
  }

  overview(): AlertsOverview {
    const now = this.#options.clock.now();
    const from = localMidnight(now);
    if (this.#resolvedToday?.from !== from) this.#resolvedToday = { from, entries: this.store.resolvedSince(from) };
    return buildOverview(this.#fleet, (checkId) => this.#facts(checkId), this.#resolvedToday.entries, now);
  }

  /** Settings changed: the escalation deadline follows whether a webhook is set. */
  settingsChanged(): void {
    for (const [checkId, check] of this.#fleet.checks) {
      const policy = this.#policyFor(checkId);
      if (check.alert.policy.escalateAfterMs === policy.escalateAfterMs) continue;
      this.#apply({ type: 'configure', checkId, host: check.host, intervalMs: check.intervalMs, policy });
    }
  }

  /** The service's policy, plus an escalation deadline only when there is a webhook to call. */
  #policy(): Partial<AlertPolicy> {
    const settings = this.#options.settings();
    const escalateAfterMs = settings.escalationWebhookUrl ? settings.escalateAfterMinutes * 60_000 : null;
    return { ...this.#options.policy, escalateAfterMs };
  }

  /** One check's whole policy: the service's, with the check's own thresholds over it. */
  #policyFor(checkId: number): Partial<AlertPolicy> {
    const base = this.#policy();
    return { ...base, ...thresholdsFor(this.#known.get(checkId)?.alert ?? null, base) };
  }

  /** Remember the check's name and runbook, and say how the fleet should watch it. */
  #configureEvent(check: CheckSummary): FleetEvent {
    const known = this.#known.get(check.id);
    const message = check.last && check.last.status !== 'up' ? check.last.message : (known?.message ?? null);
    this.#known.set(check.id, { name: check.name, runbook: check.runbook, message, alert: check.alert });
    const { id: checkId, intervalMs } = check;
    return { type: 'configure', checkId, host: hostOf(check), intervalMs, policy: this.#policyFor(checkId), maintenance: windowsFor(checkId, this.#windows) };
  }

  #facts(checkId: number): CheckFacts {
    const known = this.#known.get(checkId);
    const alert = this.#fleet.checks.get(checkId)?.alert;
    const since = alert ? (alert.phase === 'pending' ? alert.failSince : alert.firedAt) : null;
    return { name: known?.name ?? `Check ${checkId}`, message: known?.message ?? null, since, runbook: known?.runbook ?? null };
  }

  #relabel(result: CheckResult): CheckResult {
    const message = relabelledMessage(result, this.#fleet, this.#windows);
    return message === null ? result : { ...result, status: 'unknown', message };
  }

  #apply(event: FleetEvent): void {
    const before = this.#fleet;
    const step = stepFleet(before, event);
    this.#fleet = step.state;
    this.#ticks.stepped(before, this.#fleet);
    let dirty = false;
    // The notification first: the person matters more than the history, and writing it
    // (an fsync) must not stand between a result and the notification centre.
    for (const effect of step.effects) if (effect.type === 'notify') this.#carryOut(effect);
    let saved = false;
    const changes = this.#persistence.changes(before, this.#fleet);
    // Most results change nothing worth keeping: no transaction to open and commit then.
    if (changes.length === 0 && step.effects.every((effect) => effect.type === 'notify')) return;
    // History and state in one transaction: one fsync per step, not one per line.
    try {
      this.#options.db.transaction(() => {
        for (const effect of step.effects) if (effect.type !== 'notify') dirty = this.#carryOut(effect) || dirty;
        saved = this.#persistence.write(changes, this.#options.clock.now());
      })();
    } catch (error) {
      // A full disk must not stop alerting: the notifications went out, the state lives on in memory.
      this.#options.logger.error(`Alert history could not be written: ${(error as Error).message}`);
    }
    if (saved || dirty) this.#push.changed();
  }

  /** Carry out one effect; true when the overview may have changed. */
  #carryOut(effect: FleetEffect): boolean {
    try {
      switch (effect.type) {
        case 'notify': {
          const notification = formatNotification(effect.notification, (checkId) => this.#facts(checkId), this.#options.settings().alertSound);
          this.#remember(notification.id, notification.checkIds);
          if (this.#options.notifier) this.#options.notifier.show(notification);
          else this.#options.logger.info(`Notification: ${notification.title} — ${notification.body.replaceAll('\n', '; ')}`);
          return false;
        }
        case 'record':
          this.store.record(effect.record, this.#known.get(effect.record.checkId)?.name ?? `Check ${effect.record.checkId}`);
          if (effect.record.kind === 'resolved') this.#resolvedToday = null;
          return true;
        case 'escalate':
          this.#escalate(effect.checkId, effect.severity, effect.at);
          return false;
        case 'connectivity':
          return true;
        default:
          return false;
      }
    } catch (error) {
      // Alerting goes on when one effect fails (a full disk, a notifier bug): say so loudly.
      this.#options.logger.error(`An alert ${effect.type} could not be carried out: ${(error as Error).message}`);
      return false;
    }
  }

  #escalate(checkId: number, severity: Severity, at: number): void {
    const settings = this.#options.settings();
    if (!settings.escalationWebhookUrl) return;
    const facts = this.#facts(checkId);
    const who = settings.displayName.trim() || 'the person on call';
    escalate(settings.escalationWebhookUrl, { checkName: facts.name, severity, since: facts.since, message: facts.message, at }, who, this.#options.logger);
  }

  #remember(id: string, checkIds: readonly number[]): void {
    this.#notifications.set(id, checkIds);
    if (this.#notifications.size > REMEMBERED_NOTIFICATIONS) this.#notifications.delete(this.#notifications.keys().next().value as string);
  }

  #tick(): void {
    try {
      this.#apply({ type: 'tick', now: this.#options.clock.now() });
      // Snoozes running out and "today" turning over change the overview with no effect.
      this.#push.changed();
    } catch (error) {
      this.#options.logger.error(`Alert tick failed: ${(error as Error).stack ?? String(error)}`);
    }
    this.#ticks.arm(this.#fleet);
  }
}
