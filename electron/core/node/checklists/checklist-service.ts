/**
 * Recurring checklists at run time: a sweep creates runs as occurrences come due,
 * notifies once when a run is due and once when it is overdue, settles runs nobody
 * finished as missed, and ticks items whose linked check is up. The sweep runs on an
 * injected timer, waking at the next thing that can change (capped at a minute so a
 * wall-clock jump is noticed), and after every change made through the service.
 */
import { anchorDayOf, nextOccurrence, occurrencesBetween, runStatus, runTiming, templateProblems } from '../../common/checklists/index.ts';
import type { ChecklistRun, ChecklistTemplateView, TemplateDraft } from '../../common/checklists/types.ts';
import type { Timers } from '../../common/checks/scheduler.ts';
import type { CheckStatus } from '../../common/checks/outcome.ts';
import type { Clock } from '../../common/clock.ts';
import { AppError } from '../../common/errors.ts';
import type { Logger, NotifierPort } from '../../common/ports.ts';
import type { SqliteDatabase } from '../storage/database.ts';
import { runNotification } from './notifications.ts';
import { RunsRepository, type ItemState, type StoredRun } from './runs-repository.ts';
import { TemplatesRepository, type StoredTemplate } from './templates-repository.ts';
import { liveStatus, runView, templateView, type CheckStatusOf } from './views.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** Completion rate looks back this far. */
const RATE_WINDOW_MS = 30 * DAY_MS;
/** After a long time closed, missed runs are filled in for this far back, not forever. */
const BACKFILL_MS = 35 * DAY_MS;
const MAX_SLEEP_MS = MINUTE_MS;
const MIN_SLEEP_MS = 1_000;

export interface ChecklistServiceOptions {
  readonly db: SqliteDatabase;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly notifier: NotifierPort;
  /** The linked check's latest status; null when it has none (or no longer exists). */
  readonly checkStatus: CheckStatusOf;
  /** Called with the current runs whenever a run came due, turned overdue, settled or was ticked. */
  onChange?(current: ChecklistRun[]): void;
}

export interface TickRequest {
  readonly runId: number;
  readonly itemId: number;
  readonly state: ItemState;
  readonly reason: string | null;
  readonly note: string | null;
}

export class ChecklistService {
  readonly #options: ChecklistServiceOptions;
  readonly #templates: TemplatesRepository;
  readonly #runs: RunsRepository;
  #timer: unknown = null;
  #started = false;
  /**
   * Checks that an open item of an open run would auto-tick on: every result asks, and
   * most checks are linked to none, so most results stop here without reading runs.
   * Null after any change to runs or templates, worked out again on the next result.
   */
  #linked: Set<number> | null = null;

  constructor(options: ChecklistServiceOptions) {
    this.#options = options;
    this.#templates = new TemplatesRepository(options.db);
    this.#runs = new RunsRepository(options.db);
  }

  start(): void {
    this.#started = true;
    this.#wake();
  }

  stop(): void {
    this.#started = false;
    this.#options.timers.clearTimeout(this.#timer);
  }

  templates(): ChecklistTemplateView[] {
    const now = this.#now();
    const counts = this.#runs.settledCounts(now - RATE_WINDOW_MS);
    return this.#templates.list().map((template) => templateView(template, counts.get(template.id), now));
  }

  saveTemplate(id: number | undefined, draft: TemplateDraft): ChecklistTemplateView {
    const problems = [...templateProblems(draft), ...this.#unknownChecks(draft)];
    if (problems.length > 0) throw new AppError('bad_request', problems.join('; '));
    const now = this.#now();
    const previous = id === undefined ? undefined : this.#templates.get(id);
    // "Every N days" counts from the day the rule was last changed, so editing it restarts the count.
    const sameRule = previous !== undefined && JSON.stringify(previous.recurrence) === JSON.stringify(draft.recurrence);
    const anchor = sameRule ? previous.anchorDay : anchorDayOf(now, draft.recurrence.timeZone);
    const savedId = this.#templates.save(id, draft, anchor, now);
    this.#linked = null;
    // Other windows list templates too: tell them even when no run changed.
    this.#wake(true);
    const counts = this.#runs.settledCounts(now - RATE_WINDOW_MS);
    return templateView(this.#templates.get(savedId), counts.get(savedId), this.#now());
  }

  deleteTemplate(id: number): void {
    this.#templates.delete(id);
    this.#linked = null;
    this.#emit();
  }

  /** Runs still open (due or overdue), oldest first. Upcoming occurrences are templates' nextDueAt. */
  current(): ChecklistRun[] {
    const now = this.#now();
    return this.#runs
      .open()
      .filter((run) => liveStatus(run, now) !== 'missed')
      .map((run) => runView(run, now, this.#options.checkStatus));
  }

  history(templateId: number | undefined, limit: number): ChecklistRun[] {
    const now = this.#now();
    return this.#runs.history(templateId, limit).map((run) => runView(run, now, this.#options.checkStatus));
  }

  tick(request: TickRequest): ChecklistRun {
    const now = this.#now();
    const run = this.#runs.get(request.runId);
    const item = run.items.find((each) => each.itemId === request.itemId);
    if (!item) throw new AppError('not_found', `Run ${run.id} has no item ${request.itemId}.`);
    if (liveStatus(run, now) === 'missed') throw new AppError('conflict', `"${run.title}" due ${new Date(run.dueAt).toISOString()} was missed; it can no longer be changed.`);
    if (request.state === 'skipped' && !(request.reason ?? item.reason)) throw new AppError('bad_request', 'reason: say why the item is skipped');
    const changed = request.state !== item.state;
    this.#linked = null;
    this.#options.db.transaction(() => {
      this.#runs.setItem(run.id, item.itemId, {
        state: request.state,
        at: changed ? (request.state === 'open' ? null : now) : item.at,
        reason: request.state === 'skipped' ? (request.reason ?? item.reason) : null,
        // A tick without a note keeps the one written before; an empty note clears it.
        note: request.note === null ? item.note : request.note || null,
        auto: changed ? false : item.auto,
      });
      this.#settle(this.#runs.get(run.id), now);
    })();
    this.#emit();
    return runView(this.#runs.get(run.id), now, this.#options.checkStatus);
  }

  /** A check just ran: tick open items that follow it when it came back up. */
  onCheckResult(checkId: number, status: CheckStatus): void {
    if (status !== 'up' || !this.#linkedChecks().has(checkId)) return;
    const now = this.#now();
    let changed = false;
    for (const run of this.#runs.open()) {
      if (liveStatus(run, now) === 'missed') continue;
      changed = this.#autoTick(run, now, (id) => (id === checkId ? status : null)) || changed;
    }
    if (changed) this.#emit();
  }

  /** Bring runs up to `now`; answers whether anything changed. Public for tests and the timer. */
  sweep(): boolean {
    // Templates may have been saved and runs created or settled: link afresh.
    this.#linked = null;
    const now = this.#now();
    let changed = false;
    for (const template of this.#templates.list()) {
      if (template.enabled) changed = this.#createDue(template, now) || changed;
    }
    for (const run of this.#runs.open()) changed = this.#advance(run, now) || changed;
    return changed;
  }

  #createDue(template: StoredTemplate, now: number): boolean {
    const { recurrence, anchorDay } = template;
    // A template saved a few minutes after its time still gets today's run while it is not overdue yet.
    const graceMs = (template.graceMinutes ?? template.budgetMinutes ?? 60) * MINUTE_MS;
    const from = Math.max(this.#runs.latestDueAt(template.id) ?? template.createdAt - graceMs, now - BACKFILL_MS);
    let created = false;
    for (const dueAt of occurrencesBetween(recurrence, from, now, anchorDay, 100)) {
      const timing = runTiming(dueAt, nextOccurrence(recurrence, dueAt, anchorDay), template.budgetMinutes, template.graceMinutes);
      // Occurrences that passed while the app was closed go straight into history as missed.
      const state = runStatus(timing, null, now) === 'missed' ? 'missed' : 'open';
      created = this.#runs.create(template, timing, state) !== null || created;
    }
    return created;
  }

  #advance(run: StoredRun, now: number): boolean {
    const status = runStatus(run, null, now);
    if (status === 'missed') {
      this.#runs.setState(run.id, 'missed', null);
      return true;
    }
    const ticked = this.#autoTick(run, now, this.#options.checkStatus);
    const current = ticked ? this.#runs.get(run.id) : run;
    // A run the checks finished by themselves needs nobody's attention.
    if (current.state === 'done') return ticked;
    if (status === 'overdue' && current.notifiedOverdueAt === null) this.#notify(current, 'overdue', now);
    else if (status === 'due' && current.notifiedDueAt === null) this.#notify(current, 'due', now);
    else return ticked;
    return true;
  }

  #autoTick(run: StoredRun, now: number, statusOf: CheckStatusOf): boolean {
    const ready = run.items.filter((item) => item.state === 'open' && item.autoTick && item.checkId !== null && statusOf(item.checkId) === 'up');
    if (ready.length === 0) return false;
    this.#linked = null;
    this.#options.db.transaction(() => {
      for (const item of ready) this.#runs.setItem(run.id, item.itemId, { state: 'done', at: now, reason: null, note: item.note, auto: true });
      this.#settle(this.#runs.get(run.id), now);
    })();
    return true;
  }

  /** Done when no item is left open; a done run re-opens when an item is un-ticked. */
  #settle(run: StoredRun, now: number): void {
    const finished = run.items.every((item) => item.state !== 'open');
    if (finished && run.state !== 'done') this.#runs.setState(run.id, 'done', now);
    if (!finished && run.state === 'done') this.#runs.setState(run.id, 'open', null);
  }

  #notify(run: StoredRun, which: 'due' | 'overdue', now: number): void {
    this.#runs.markNotified(run.id, which, now);
    // Overdue implies due: a run first seen overdue gets one notification, not two.
    if (which === 'overdue' && run.notifiedDueAt === null) this.#runs.markNotified(run.id, 'due', now);
    try {
      this.#options.notifier.show(runNotification(run, which));
    } catch (error) {
      this.#options.logger.warn(`A checklist notification could not be shown: ${(error as Error).message}`);
    }
  }

  #linkedChecks(): Set<number> {
    if (this.#linked) return this.#linked;
    const linked = new Set<number>();
    for (const run of this.#runs.open()) {
      for (const item of run.items) if (item.state === 'open' && item.autoTick && item.checkId !== null) linked.add(item.checkId);
    }
    this.#linked = linked;
    return linked;
  }

  #unknownChecks(draft: TemplateDraft): string[] {
    const exists = this.#options.db.prepare('SELECT 1 FROM checks WHERE id = ?');
    return draft.items.flatMap((item, index) =>
      item.checkId !== null && exists.get(item.checkId) === undefined ? [`template.items.${index}.checkId: there is no check with id ${item.checkId}`] : [],
    );
  }

  #wake(announce = false): void {
    if (!this.#started) return;
    this.#options.timers.clearTimeout(this.#timer);
    try {
      if (this.sweep() || announce) this.#emit();
    } catch (error) {
      this.#options.logger.error(`The checklist sweep failed: ${(error as Error).message}`);
    }
    this.#timer = this.#options.timers.setTimeout(() => this.#wake(), this.#sleepMs());
  }

  /** Until the next occurrence, overdue or missed time, whichever is first. */
  #sleepMs(): number {
    const now = this.#now();
    const upcoming = [
      ...this.#templates.list().flatMap((template) => (template.enabled ? [nextOccurrence(template.recurrence, now, template.anchorDay)] : [])),
      ...this.#runs.open().flatMap((run) => [run.overdueAt, run.missedAt]),
    ].filter((at): at is number => at !== null && at > now);
    const next = Math.min(now + MAX_SLEEP_MS, ...upcoming);
    return Math.max(MIN_SLEEP_MS, next - now);
  }

  #emit(): void {
    this.#options.onChange?.(this.current());
  }

  #now(): number {
    return this.#options.clock.now();
  }
}
