import type { Clock } from '../clock.ts';
import { DueHeap } from './due-heap.ts';

/** Timers come in from outside so tests can move time by hand. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Something happened to time itself. `wall-jump`: the wall clock moved apart from the
 * monotonic one (the machine slept while monotonic time stood still, or the clock was
 * set). `late-tick`: a watchdog tick came far too late (the machine slept where
 * monotonic time keeps counting, or the process was frozen).
 */
export interface TimeAnomaly {
  readonly kind: 'wall-jump' | 'late-tick';
  readonly wallDeltaMs: number;
  readonly monotonicDeltaMs: number;
  /** Wall-clock time it was noticed. */
  readonly at: number;
}

export interface SchedulerOptions {
  readonly clock: Clock;
  readonly timers: Timers;
  /** At most this many runs at once (default 16). */
  readonly concurrency?: number;
  /** Source of jitter; tests pass a fixed one. */
  readonly random?: () => number;
  /** How often the watchdog compares wall and monotonic time (default WATCHDOG_MS). */
  readonly watchdogMs?: number;
  /** Run one check. The signal aborts when the run is discarded (time anomaly, removal, stop). */
  run(checkId: number, signal: AbortSignal): Promise<void>;
  /** The last run started has finished and none waits: a moment for work runs leave behind. */
  onDrained?(): void;
  onTimeAnomaly?(anomaly: TimeAnomaly): void;
}

interface Entry {
  readonly checkId: number;
  intervalMs: number;
  /** Monotonic time of occurrence 0; occurrence k is due at base + k × interval (+ jitter). */
  base: number;
  k: number;
  dueAt: number;
  running: AbortController | null;
  queued: boolean;
  heapIndex: number;
}

/** Runs may start up to ±2 % of the interval early or late, so checks do not march in step. */
const RUN_JITTER = 0.02;
/**
 * A new check's first run falls within this share of its interval, not all of it: the
 * rest is room for the concurrency queue and the run itself, so that every check has a
 * result within one interval, as promised. Still spread out, not in step.
 */
const FIRST_RUN_SPAN = 0.9;
/**
 * A firing also starts the checks due within this share of their interval after it
 * (4 s at 20 s), up to MAX_EARLY_MS (5 s at 30 s and longer): a run may start that much
 * before its jittered slot, and the schedule stays base + k × interval, so early starts
 * never drift. Network work started together is far cheaper than the same work one
 * wake-up at a time: every wake-up finds the process's caches cold. Measured here, 50
 * checks at 30 s cost ~2.3 CPU-ms per wake-up on top of ~0.35 per check; groups of 2 %
 * of the interval gave 0.30 % of a core, 10 % gave 0.16–0.21 %, 20 % gave 0.17–0.19 %.
 */
const EARLY_SHARE = 0.2;
const MAX_EARLY_MS = 5000;
/** A watchdog difference above this is a jump, not timer noise. */
const ANOMALY_THRESHOLD_MS = 5_000;
/**
 * How often the watchdog reads the clocks when nothing else does. Every firing reads them
 * too, so this only bounds how late a sleep or clock change is noticed; each period is a
 * wake-up of an idle app, and at 10 s half as many as at 5 s.
 */
const WATCHDOG_MS = 10_000;

/** Where a run started, on both clocks. */
export interface RunStart {
  readonly wall: number;
  readonly mono: number;
}

export function runStart(clock: Clock): RunStart {
  return { wall: clock.now(), mono: clock.monotonic() };
}

/**
 * True when the two clocks disagree about how long a run took: the machine slept or the
 * wall clock was set during it, so its latency (and often its failure) measured that,
 * not the service. The engine drops such a result; the watchdog may not have ticked yet.
 */
export function spannedTimeJump(start: RunStart, clock: Clock): boolean {
  const wall = clock.now() - start.wall;
  const mono = clock.monotonic() - start.mono;
  return Math.abs(wall - mono) > ANOMALY_THRESHOLD_MS;
}

/**
 * Schedules checks on monotonic time: each check gets a random phase within its first
 * interval (so all run once within one interval of start, spread out) and then runs
 * every interval. A run still going when the next is due makes that next one skip
 * (never two at once); a run that fell behind runs once, not once per missed slot.
 *
 * One timer, armed for the earliest due check, which a heap keeps at hand: with a
 * thousand checks firing fifty times a second, nothing here may walk every check.
 */
export class CheckScheduler {
  readonly #options: SchedulerOptions;
  readonly #entries = new Map<number, Entry>();
  readonly #due = new DueHeap<Entry>();
  readonly #ready: number[] = [];
  readonly #random: () => number;
  readonly #concurrency: number;
  readonly #watchdogMs: number;
  #active = 0;
  #timer: unknown = null;
  /** Monotonic time the timer is armed for; Infinity when it is not armed. */
  #armedAt = Infinity;
  #watchdog: unknown = null;
  #last = { wall: 0, mono: 0 };
  #started = false;
  /** Monotonic time of start(). */
  #startedAt = 0;

  constructor(options: SchedulerOptions) {
    this.#options = options;
    this.#random = options.random ?? Math.random;
    this.#concurrency = options.concurrency ?? 16;
    this.#watchdogMs = options.watchdogMs ?? WATCHDOG_MS;
  }

  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#last = { wall: this.#options.clock.now(), mono: this.#options.clock.monotonic() };
    this.#startedAt = this.#last.mono;
    this.#armWatchdog();
    this.#arm();
  }

  stop(): void {
    this.#started = false;
    this.#disarm();
    this.#options.timers.clearTimeout(this.#watchdog);
    for (const entry of this.#entries.values()) entry.running?.abort(new Error('scheduler stopped'));
  }

  /**
   * Add a check or change its interval; it first runs at a random point within one
   * interval. A check added during the first interval after start (a fleet created one
   * by one through the contract, as an import or the benchmark does) belongs to the
   * starting fleet: its first run still falls within one interval of start.
   */
  set(checkId: number, intervalMs: number): void {
    const existing = this.#entries.get(checkId);
    const now = this.#options.clock.monotonic();
    const span = intervalMs * FIRST_RUN_SPAN;
    const fleetDeadline = this.#started ? this.#startedAt + span : -Infinity;
    const firstBy = now < fleetDeadline ? fleetDeadline : now + span;
    const base = now + this.#random() * (firstBy - now);
    if (existing) {
      Object.assign(existing, { intervalMs, base, k: 0, dueAt: base });
      this.#due.update(existing);
    } else {
      const entry: Entry = { checkId, intervalMs, base, k: 0, dueAt: base, running: null, queued: false, heapIndex: -1 };
      this.#entries.set(checkId, entry);
      this.#due.push(entry);
    }
    this.#arm();
  }

  remove(checkId: number): void {
    const entry = this.#entries.get(checkId);
    if (!entry) return;
    entry.running?.abort(new Error('check removed'));
    this.#entries.delete(checkId);
    // The timer may stay armed for it: firing early finds nothing due and re-arms.
    this.#due.remove(entry);
  }

  /** Run a check now, ahead of the queue, unless it is already running. */
  runNow(checkId: number): void {
    const entry = this.#entries.get(checkId);
    if (!entry || entry.running || entry.queued) return;
    entry.queued = true;
    this.#ready.unshift(checkId);
    this.#pump();
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Arms the timer for the earliest due check, unless it is already armed at or before then. */
  #arm(): void {
    if (!this.#started) return;
    const earliest = this.#due.peek()?.dueAt ?? Infinity;
    if (earliest >= this.#armedAt) return;
    this.#disarm();
    if (earliest === Infinity) return;
    const wait = Math.max(0, earliest - this.#options.clock.monotonic());
    this.#armedAt = earliest;
    this.#timer = this.#options.timers.setTimeout(() => this.#fire(), wait);
  }

  #disarm(): void {
    if (this.#armedAt === Infinity) return;
    this.#options.timers.clearTimeout(this.#timer);
    this.#timer = null;
    this.#armedAt = Infinity;
  }

  #fire(): void {
    this.#timer = null;
    this.#armedAt = Infinity;
    // Look at the clocks before starting runs: after a sleep, the anomaly (and the grace
    // period alerting starts on it) comes before the first results, not up to a period later.
    this.#checkTime();
    const now = this.#options.clock.monotonic();
    // Taken off first, put back after: a jittered next slot may itself be due already,
    // and must wait for the next firing rather than run twice in this one.
    const due: Entry[] = [];
    for (let next = this.#due.peek(); next && next.dueAt <= now + earlyStartMs(next.intervalMs); next = this.#due.peek()) due.push(this.#due.pop()!);
    for (const entry of due) {
      if (!entry.running && !entry.queued) {
        entry.queued = true;
        this.#ready.push(entry.checkId);
      }
      this.#advance(entry, now);
      this.#due.push(entry);
    }
    this.#pump();
    this.#arm();
  }

  /** Move to the next occurrence after `now`: slots missed while busy or asleep are skipped, not run. */
  #advance(entry: Entry, now: number): void {
    entry.k = Math.max(entry.k + 1, Math.floor((now - entry.base) / entry.intervalMs) + 1);
    const jitter = (this.#random() - 0.5) * 2 * RUN_JITTER * entry.intervalMs;
    entry.dueAt = entry.base + entry.k * entry.intervalMs + jitter;
  }

  #pump(): void {
    while (this.#active < this.#concurrency && this.#ready.length > 0) {
      const checkId = this.#ready.shift() as number;
      const entry = this.#entries.get(checkId);
      if (!entry) continue;
      entry.queued = false;
      const controller = new AbortController();
      entry.running = controller;
      this.#active += 1;
      this.#options
        .run(checkId, controller.signal)
        .catch(() => {
          // The engine logs its own failures; one escaping here must not stop the schedule.
        })
        .finally(() => {
          this.#active -= 1;
          if (entry.running === controller) entry.running = null;
          this.#pump();
          if (this.#active === 0) this.#options.onDrained?.();
        });
    }
  }

  /**
   * A fixed period, never re-armed early: Node does not cancel its OS timer when a timer
   * is cleared, so re-arming at each firing still woke the process at the old time.
   */
  #armWatchdog(): void {
    this.#watchdog = this.#options.timers.setTimeout(() => {
      this.#checkTime();
      if (this.#started) this.#armWatchdog();
    }, this.#watchdogMs);
  }

  #checkTime(): void {
    const wall = this.#options.clock.now();
    const mono = this.#options.clock.monotonic();
    const wallDeltaMs = wall - this.#last.wall;
    const monotonicDeltaMs = mono - this.#last.mono;
    this.#last = { wall, mono };
    let kind: TimeAnomaly['kind'] | null = null;
    if (Math.abs(wallDeltaMs - monotonicDeltaMs) > ANOMALY_THRESHOLD_MS) kind = 'wall-jump';
    else if (monotonicDeltaMs > this.#watchdogMs + ANOMALY_THRESHOLD_MS) kind = 'late-tick';
    if (!kind) return;
    // A run that spans a sleep measured the sleep, not the service: discard it.
    for (const entry of this.#entries.values()) entry.running?.abort(new Error(`discarded: ${kind}`));
    this.#options.onTimeAnomaly?.({ kind, wallDeltaMs, monotonicDeltaMs, at: wall });
    // After a freeze the armed timer may be far behind; fire from the schedule as it is now.
    this.#disarm();
    this.#arm();
  }
}

/** How early a check on this interval may start to join a firing (the benchmark's reference groups requests alike). */
export function earlyStartMs(intervalMs: number): number {
  return Math.min(MAX_EARLY_MS, EARLY_SHARE * intervalMs);
}
