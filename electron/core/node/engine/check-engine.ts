import type { CheckRunContext } from '../../common/checks/check-type.ts';
import type { CheckDefinition, CheckInput } from '../../common/checks/definition.ts';
import type { CheckOutcome } from '../../common/checks/outcome.ts';
import { availability, bucketStart, DAY_MS, HOUR_MS, rollUp, type Rollup } from '../../common/checks/rollup.ts';
import { CheckScheduler, runStart, spannedTimeJump, type TimeAnomaly, type Timers } from '../../common/checks/scheduler.ts';
import type { CheckResult, CheckSummary } from '../../common/checks/summary.ts';
import type { Clock } from '../../common/clock.ts';
import { parseConditions, type ConditionTiers } from '../../common/conditions/index.ts';
import { AppError } from '../../common/errors.ts';
import type { Logger } from '../../common/ports.ts';
import { prepareCheck, type PreparedCheck } from '../checks/registry.ts';
import { CheckResultStore, DEFAULT_RETENTION, type Retention } from '../storage/check-results.ts';
import { ChecksRepository } from '../storage/checks-repository.ts';
import type { SqliteDatabase } from '../storage/database.ts';
import { Heartbeat } from './heartbeat.ts';
import { judge } from './judge.ts';

/** How many recent results the heartbeat bar shows, kept in memory per check. */
const RECENT = 30;
/** Rollups and pruning are housekeeping: every ten minutes is plenty. */
const HOUSEKEEPING_MS = 10 * 60 * 1000;

export interface CheckEngineOptions {
  readonly db: SqliteDatabase;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly concurrency?: number;
  /** Read at every housekeeping pass, so a changed setting applies without a restart. */
  readonly retention?: () => Retention;
  readonly secret?: (name: string) => string | undefined;
  /**
   * Sees each judged result before it is stored, kept in the heartbeat or reported, and
   * returns it as it should be: alerting relabels a network failure while offline, or a
   * failure in a maintenance window, as 'unknown'. Stored once, as reviewed, so history,
   * availability and the heartbeat all agree with the alert from the first moment.
   */
  review?(result: CheckResult): CheckResult;
  onResult?(result: CheckResult): void;
  onTimeAnomaly?(anomaly: TimeAnomaly): void;
}

interface Live {
  definition: CheckDefinition;
  check: PreparedCheck;
  tiers: ConditionTiers;
  heartbeat: Heartbeat;
}

/**
 * The watcher: keeps every enabled check on its schedule, judges each run against its
 * conditions, stores the result and reports it. Configs and conditions are validated
 * and compiled once, when a check is saved or loaded, not on every run.
 */
export class CheckEngine {
  readonly #options: CheckEngineOptions;
  readonly #repository: ChecksRepository;
  readonly #store: CheckResultStore;
  readonly #scheduler: CheckScheduler;
  readonly #live = new Map<number, Live>();
  #housekeeping: unknown = null;

  constructor(options: CheckEngineOptions) {
    this.#options = options;
    this.#repository = new ChecksRepository(options.db);
    this.#store = new CheckResultStore(options.db);
    this.#scheduler = new CheckScheduler({
      clock: options.clock,
      timers: options.timers,
      concurrency: options.concurrency,
      run: (checkId, signal) => this.#runScheduled(checkId, signal),
      // A group of runs is over: commit its results in the same wake-up.
      onDrained: () => this.#store.flushQuietly(),
      onTimeAnomaly: (anomaly) => options.onTimeAnomaly?.(anomaly),
    });
  }

  start(): void {
    for (const definition of this.#repository.list()) {
      try {
        this.#load(definition);
      } catch (error) {
        // A check saved by another version may not validate here: keep it stored, do not run it.
        this.#options.logger.warn(`Check "${definition.name}" (${definition.id}) is not run: ${(error as Error).message}`);
      }
    }
    this.#scheduler.start();
    this.#scheduleHousekeeping();
  }

  stop(): void {
    this.#scheduler.stop();
    this.#options.timers.clearTimeout(this.#housekeeping);
    try {
      // Results are committed in groups; the last group must not be lost on a clean stop.
      this.#store.flush();
    } catch (error) {
      this.#options.logger.error(`The last check results could not be stored: ${(error as Error).message}`);
    }
  }

  list(): CheckSummary[] {
    return this.#repository.list().map((definition) => this.#summary(definition));
  }

  get(id: number): CheckSummary {
    return this.#summary(this.#repository.get(id));
  }

  create(input: CheckInput): CheckSummary {
    const compiled = compile(input);
    const definition = this.#repository.create(input, this.#options.clock.now());
    this.#install(definition, compiled);
    return this.#summary(definition);
  }

  /** Refuse a check exactly as create would (config, conditions), without saving anything. */
  validate(input: CheckInput): void {
    compile(input);
  }

  /** Create several checks in one transaction: every one is saved, or (on any error) none is. */
  createMany(inputs: readonly CheckInput[]): CheckSummary[] {
    const compiled = inputs.map((input) => compile(input));
    const now = this.#options.clock.now();
    const definitions = this.#options.db.transaction(() => inputs.map((input) => this.#repository.create(input, now)))();
    // Scheduled only after the commit: a rolled-back check must never run.
    definitions.forEach((definition, index) => this.#install(definition, compiled[index]!));
    return definitions.map((definition) => this.#summary(definition));
  }

  update(id: number, input: CheckInput): CheckSummary {
    const compiled = compile(input);
    const definition = this.#repository.update(id, input, this.#options.clock.now());
    this.#install(definition, compiled, this.#live.get(id)?.heartbeat);
    return this.#summary(definition);
  }

  delete(id: number): void {
    // Its waiting results go in first, so the delete takes them with it.
    this.#store.flush();
    this.#repository.delete(id);
    this.#scheduler.remove(id);
    this.#live.delete(id);
  }

  /** Run a saved check now, outside its schedule; the result is stored like any other. */
  async runNow(id: number): Promise<CheckResult> {
    const live = this.#live.get(id) ?? this.#load(this.#repository.get(id));
    const result = await this.#execute(live, new AbortController().signal);
    if (!result) throw new AppError('internal', 'The run was discarded: the computer slept or its clock changed while it ran. Run it again.');
    return result;
  }

  /** Run a check that is not saved yet, to show the outcome in the form. Nothing is stored. */
  async test(input: CheckInput): Promise<CheckOutcome> {
    const { check, tiers } = compile(input);
    return judge(await check.run(this.#context(new AbortController().signal)), tiers);
  }

  history(id: number, range: '24h' | '7d' | '30d'): { buckets: Rollup[]; recent: CheckResult[] } {
    this.#repository.get(id);
    const now = this.#options.clock.now();
    const span = range === '24h' ? DAY_MS : range === '7d' ? 7 * DAY_MS : 30 * DAY_MS;
    const period = range === '30d' ? DAY_MS : HOUR_MS;
    const rolled = this.#store.rollups(id, period, now - span, now);
    // Housekeeping rolls up finished buckets every ten minutes; everything after the last
    // one is summed here from raw results, with the same arithmetic, so the chart is exact
    // up to now and the window never has to redo the math.
    const rawMs = (this.#options.retention?.() ?? DEFAULT_RETENTION).rawMs;
    const last = rolled.at(-1);
    let start = last ? last.start + period : bucketStart(Math.max(now - span, now - rawMs), period);
    const live: Rollup[] = [];
    for (; start <= now; start += period) {
      const results = this.#store.between(id, start, start + period);
      if (results.length > 0) live.push(rollUp(results, start, period));
    }
    const recent = this.#store.recent(id, 50).map((stored) => ({ checkId: id, ...stored }));
    return { buckets: [...rolled, ...live], recent };
  }

  /** Roll up finished hours and days, and drop what is past retention. */
  housekeep(): void {
    const now = this.#options.clock.now();
    const ids = [...this.#live.keys()];
    this.#store.rollUpCompleted(now, HOUR_MS, ids);
    this.#store.rollUpCompleted(now, DAY_MS, ids);
    this.#store.prune(now, this.#options.retention?.() ?? DEFAULT_RETENTION, ids);
  }

  #scheduleHousekeeping(): void {
    this.#housekeeping = this.#options.timers.setTimeout(() => {
      try {
        this.housekeep();
      } catch (error) {
        this.#options.logger.error(`Result housekeeping failed: ${(error as Error).message}`);
      }
      this.#scheduleHousekeeping();
    }, HOUSEKEEPING_MS);
  }

  #load(definition: CheckDefinition): Live {
    const recent = this.#store.recent(definition.id, RECENT).map((stored) => ({ checkId: definition.id, ...stored }));
    return this.#install(definition, compile(definition), new Heartbeat(RECENT, recent));
  }

  #install(definition: CheckDefinition, compiled: ReturnType<typeof compile>, heartbeat = new Heartbeat(RECENT)): Live {
    const live: Live = { definition, ...compiled, heartbeat };
    this.#live.set(definition.id, live);
    if (definition.enabled) this.#scheduler.set(definition.id, definition.intervalMs);
    else this.#scheduler.remove(definition.id);
    return live;
  }

  async #runScheduled(checkId: number, signal: AbortSignal): Promise<void> {
    const live = this.#live.get(checkId);
    if (!live) return;
    try {
      await this.#execute(live, signal);
    } catch (error) {
      // Most likely the result could not be stored (disk full, database locked): say so
      // loudly, the scheduler keeps going and the next run tries again.
      this.#options.logger.error(`Check "${live.definition.name}": ${(error as Error).message}`);
    }
  }

  async #execute(live: Live, signal: AbortSignal): Promise<CheckResult | null> {
    const { clock } = this.#options;
    const start = runStart(clock);
    let outcome: CheckOutcome;
    try {
      outcome = judge(await live.check.run(this.#context(signal)), live.tiers);
    } catch (error) {
      // A check type must return, not throw; if one does, that is our bug, not the service's.
      this.#options.logger.error(`Check "${live.definition.name}" threw: ${(error as Error).stack ?? String(error)}`);
      outcome = { status: 'unknown', latencyMs: null, message: 'The check itself failed; see the log.', values: {} };
    }
    // Discarded runs measured a sleep or a clock change, not the service: record nothing.
    if (signal.aborted || spannedTimeJump(start, clock) || this.#live.get(live.definition.id) !== live) return null;
    // Whole milliseconds: the column is an INTEGER and a clock may hand out fractions.
    const at = Math.round(start.wall);
    const judged: CheckResult = {
      checkId: live.definition.id,
      at,
      status: outcome.status,
      latencyMs: outcome.latencyMs === null ? null : Math.round(outcome.latencyMs),
      errorClass: outcome.errorClass ?? null,
      message: outcome.message,
    };
    const result = this.#review(live, judged);
    const stored = result === judged ? outcome : { ...outcome, status: result.status, message: result.message ?? outcome.message };
    this.#store.record(live.definition.id, at, stored);
    live.heartbeat.push(result);
    this.#options.onResult?.(result);
    return result;
  }

  #review(live: Live, result: CheckResult): CheckResult {
    if (!this.#options.review) return result;
    try {
      return this.#options.review(result);
    } catch (error) {
      // Alerting's bug must not cost the measurement: store the result as judged.
      this.#options.logger.error(`Check "${live.definition.name}": its result could not be reviewed: ${(error as Error).stack ?? String(error)}`);
      return result;
    }
  }

  // Made once, not per run: a run's context differs only in its signal.
  readonly #now = (): number => this.#options.clock.now();
  readonly #monotonic = (): number => this.#options.clock.monotonic();
  readonly #secret = (name: string): string | undefined => this.#options.secret?.(name);

  #context(signal: AbortSignal): CheckRunContext {
    return { signal, now: this.#now, monotonic: this.#monotonic, secret: this.#secret };
  }

  #summary(definition: CheckDefinition): CheckSummary {
    const live = this.#live.get(definition.id);
    const counts = this.#store.countsSince(definition.id, this.#options.clock.now() - DAY_MS);
    return {
      ...definition,
      last: live?.heartbeat.last ?? null,
      recent: live?.heartbeat.recent() ?? [],
      availability24h: availability(counts),
    };
  }
}

/** Validate a check's kind, config and conditions; errors name the field and, for conditions, the position. */
function compile(input: Pick<CheckInput, 'kind' | 'config' | 'warning' | 'critical'>): { check: PreparedCheck; tiers: ConditionTiers } {
  const prepared = prepareCheck(input.kind, input.config);
  const warning = parseConditions(input.warning, 'warning');
  const critical = parseConditions(input.critical, 'critical');
  const problems = [
    // The kind answers `url: …; port: …`: each line names a config field.
    ...(prepared.ok ? [] : prepared.message.split('; ').map((line) => (line.startsWith('kind:') ? line : `config.${line}`))),
    ...(warning.ok ? [] : warning.errors.map((error) => error.message)),
    ...(critical.ok ? [] : critical.errors.map((error) => error.message)),
  ];
  if (!prepared.ok || !warning.ok || !critical.ok) throw new AppError('bad_request', problems.join('; '));
  return { check: prepared.check, tiers: { warning: warning.conditions, critical: critical.conditions } };
}
