import { whenAborted } from './deadline.ts';
import { machineSource, type CpuTimes, type DiskReading, type MemoryReading, type SystemSource } from './system-source.ts';

/** A part of a sample, or why it could not be read. */
export type Reading<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string; readonly timedOut: boolean };

/** The machine at one moment, shared by every system check that asks within its cadence. */
export interface SystemSample {
  /** Busy share of all cores, 0–100, over the time since the previous sample. */
  readonly cpuPercent: number | null;
  readonly load: readonly [number, number, number] | null;
  readonly cores: number;
  readonly memory: Reading<MemoryReading>;
  readonly disks: Reading<readonly DiskReading[]>;
  /** When it was taken, on the monotonic and the wall clock (ms). */
  readonly takenAt: { readonly monotonic: number; readonly wall: number };
}

/** How a sampler reads and paces itself; the defaults suit the app, tests shorten them. */
export interface SystemSamplerOptions {
  readonly source?: SystemSource;
  /** How long the first sample measures CPU over: the counters need two readings. */
  readonly warmupMs?: number;
  /** Stop sampling when no check has asked for this long. */
  readonly idleMs?: number;
  /** Give up on a read (memory, disks) after this long; the next sample tries again. */
  readonly readTimeoutMs?: number;
}

/**
 * Samples the machine on its own cadence and serves the latest sample to every system
 * check, so that a dozen checks every 15 s cost one `df` and one /proc/meminfo read per
 * 15 s, not one each (STACK-NOTES.md: polling systeminformation per check costs whole
 * percents of a core).
 *
 * It starts when a check first asks, refreshes every `everyMs` (the smallest any recent
 * check asked for), and stops — dropping its timer and its data — once no check has
 * asked for `idleMs`. Its timers are unref'd: a sampler never keeps the process alive.
 */
export class SystemSampler {
  readonly #source: SystemSource;
  readonly #warmupMs: number;
  readonly #idleMs: number;
  readonly #readTimeoutMs: number;
  /** Cadence asked for → when it was last asked for (monotonic ms). */
  readonly #wanted = new Map<number, number>();
  #latest: SystemSample | null = null;
  #cpu: CpuTimes | null = null;
  #pending: Promise<SystemSample> | null = null;
  #timer: NodeJS.Timeout | null = null;

  constructor(options: SystemSamplerOptions = {}) {
    this.#source = options.source ?? machineSource;
    this.#warmupMs = options.warmupMs ?? 1000;
    this.#idleMs = options.idleMs ?? 120_000;
    this.#readTimeoutMs = options.readTimeoutMs ?? 10_000;
  }

  /** Whether it is sampling (a timer or a read is pending). */
  get running(): boolean {
    return this.#timer !== null || this.#pending !== null;
  }

  /**
   * A sample at most about `everyMs` old: the latest one when it is fresh enough, else
   * the next one (the first takes `warmupMs`). Null when `signal` aborts first.
   */
  sample(everyMs: number, signal: AbortSignal): Promise<SystemSample | null> {
    this.#wanted.set(everyMs, performance.now());
    const latest = this.#latest;
    if (latest && isFresh(latest, everyMs)) return Promise.resolve(latest);
    return untilAborted(this.#next(), signal);
  }

  /** Stops sampling now and forgets the data; the next request starts afresh. */
  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#latest = null;
    this.#cpu = null;
    this.#wanted.clear();
  }

  #next(): Promise<SystemSample> {
    if (this.#pending) return this.#pending;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    let start: Promise<void> = Promise.resolve();
    if (this.#cpu === null) {
      this.#cpu = this.#readCpu();
      // Not unref'd, unlike the cadence timer: a check run is waiting for this sample.
      start = new Promise((resolve) => setTimeout(resolve, this.#warmupMs));
    }
    const pending = start.then(() => this.#take());
    this.#pending = pending;
    void pending.then((sample) => {
      this.#pending = null;
      this.#latest = sample;
      this.#schedule();
    });
    return pending;
  }

  #schedule(): void {
    const now = performance.now();
    for (const [everyMs, askedAt] of this.#wanted) {
      if (now - askedAt > this.#idleMs) this.#wanted.delete(everyMs);
    }
    if (this.#wanted.size === 0) {
      this.stop();
      return;
    }
    const cadence = Math.min(...this.#wanted.keys());
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#next();
    }, cadence).unref();
  }

  /** Reads everything; never rejects: a part that fails says why. */
  async #take(): Promise<SystemSample> {
    const [memory, disks] = await Promise.all([
      this.#read(() => this.#source.memory(), 'memory'),
      this.#read(() => this.#source.disks(), 'disks'),
    ]);
    const cpu = this.#readCpu();
    const previous = this.#cpu;
    this.#cpu = cpu;
    let cpuPercent: number | null = null;
    if (previous && cpu && cpu.total > previous.total) {
      cpuPercent = clampPercent(((cpu.busy - previous.busy) / (cpu.total - previous.total)) * 100);
    }
    let load: readonly [number, number, number] | null = null;
    let cores = 1;
    try {
      load = this.#source.loadAverage();
      cores = Math.max(1, this.#source.cores());
    } catch {
      // The load stays unknown; the checks that watch it say so.
    }
    return { cpuPercent, load, cores, memory, disks, takenAt: { monotonic: performance.now(), wall: Date.now() } };
  }

  #readCpu(): CpuTimes | null {
    try {
      return this.#source.cpuTimes();
    } catch {
      return null;
    }
  }

  async #read<T>(read: () => Promise<T>, what: string): Promise<Reading<T>> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Reading<T>>((resolve) => {
      const reason = `reading ${what} took longer than ${this.#readTimeoutMs / 1000} s`;
      timer = setTimeout(() => resolve({ ok: false, reason, timedOut: true }), this.#readTimeoutMs);
      timer.unref();
    });
    // Through a resolved promise, so a reader that throws synchronously is a failed reading too.
    const reading = Promise.resolve()
      .then(read)
      .then(
        (value): Reading<T> => ({ ok: true, value }),
        (error: unknown): Reading<T> => ({ ok: false, reason: error instanceof Error ? error.message : String(error), timedOut: false }),
      );
    try {
      return await Promise.race([reading, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * Fresh when younger than 1.5 cadences on both clocks: the monotonic clock does not
 * advance while the laptop sleeps, so only the wall clock shows that a sample taken
 * before a night's sleep is old. Half a cadence of slack covers the time a refresh takes.
 */
function isFresh(sample: SystemSample, everyMs: number): boolean {
  const limit = everyMs * 1.5;
  const monotonicAge = performance.now() - sample.takenAt.monotonic;
  const wallAge = Date.now() - sample.takenAt.wall;
  return monotonicAge <= limit && wallAge <= limit && wallAge >= -limit;
}

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | null> {
  return new Promise((resolve) => {
    const stop = whenAborted(signal, () => resolve(null));
    void promise.then((value) => {
      stop();
      resolve(value);
    });
  });
}

/** The one sampler every system check of the core shares. */
export const sharedSystemSampler = new SystemSampler();
