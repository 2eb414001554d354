import { describe, expect, it } from 'vitest';
import { CheckScheduler, runStart, spannedTimeJump, type TimeAnomaly } from '../../../electron/core/common/checks/scheduler.ts';
import { FakeClock } from '../../helpers/fake-clock.ts';
import { FakeTimers } from '../../helpers/fake-timers.ts';

const SECOND = 1000;
const HOUR = 3600 * SECOND;

/** A scheduler on fake time whose runs take `runMs` and are counted per check. */
/** How many timers have fired: each is a wake-up of an idle process. */
function countWakeUps(timers: FakeTimers): () => number {
  let woken = 0;
  const setTimeout = timers.setTimeout.bind(timers);
  timers.setTimeout = (callback, ms) =>
    setTimeout(() => {
      woken += 1;
      callback();
    }, ms);
  return () => woken;
}

function harness(options: { runMs?: number; concurrency?: number; random?: () => number; onDrained?: () => void; watchdogMs?: number } = {}) {
  const clock = new FakeClock();
  const timers = new FakeTimers(clock);
  const runs = new Map<number, number>();
  /** Monotonic time each run of a check started. */
  const starts = new Map<number, number[]>();
  const discarded: number[] = [];
  const anomalies: TimeAnomaly[] = [];
  let active = 0;
  let maxActive = 0;
  const perCheckActive = new Map<number, number>();
  const scheduler = new CheckScheduler({
    clock,
    timers,
    concurrency: options.concurrency,
    random: options.random,
    watchdogMs: options.watchdogMs,
    onTimeAnomaly: (anomaly) => anomalies.push(anomaly),
    onDrained: options.onDrained,
    run: (checkId, signal) =>
      new Promise<void>((resolve) => {
        starts.set(checkId, [...(starts.get(checkId) ?? []), clock.mono]);
        active += 1;
        maxActive = Math.max(maxActive, active);
        perCheckActive.set(checkId, (perCheckActive.get(checkId) ?? 0) + 1);
        if ((perCheckActive.get(checkId) ?? 0) > 1) throw new Error(`check ${checkId} ran twice at once`);
        const finish = (aborted: boolean) => {
          active -= 1;
          perCheckActive.set(checkId, (perCheckActive.get(checkId) ?? 1) - 1);
          if (aborted) discarded.push(checkId);
          else runs.set(checkId, (runs.get(checkId) ?? 0) + 1);
          resolve();
        };
        if (!options.runMs) return finish(false);
        const handle = timers.setTimeout(() => finish(false), options.runMs);
        signal.addEventListener('abort', () => {
          timers.clearTimeout(handle);
          finish(true);
        });
      }),
  });
  return { clock, timers, scheduler, runs, starts, discarded, anomalies, maxActive: () => maxActive };
}

describe('CheckScheduler', () => {
  it('runs every check once within its first interval, spread out, then once per interval', async () => {
    const h = harness();
    for (let id = 1; id <= 100; id += 1) h.scheduler.set(id, 30 * SECOND);
    h.scheduler.start();
    await h.timers.advance(30 * SECOND);
    // Every check has run; jitter may bring an early one's second run inside the window.
    expect(h.runs.size).toBe(100);
    for (const count of h.runs.values()) expect(count).toBeLessThanOrEqual(2);

    await h.timers.advance(9 * 30 * SECOND);
    for (const count of h.runs.values()) expect(count).toBeGreaterThanOrEqual(9);
    for (const count of h.runs.values()) expect(count).toBeLessThanOrEqual(11);
  });

  it('never runs more than the concurrency limit at once', async () => {
    const h = harness({ runMs: 2 * SECOND, concurrency: 16, random: () => 0 });
    for (let id = 1; id <= 50; id += 1) h.scheduler.set(id, 60 * SECOND);
    h.scheduler.start();
    await h.timers.advance(30 * SECOND);
    expect(h.maxActive()).toBe(16);
    expect(h.runs.size).toBe(50);
  });

  it('skips an occurrence while the previous run is still going, never doubling it', async () => {
    const h = harness({ runMs: 25 * SECOND, random: () => 0.5 });
    h.scheduler.set(1, 10 * SECOND);
    h.scheduler.start();
    await h.timers.advance(100 * SECOND);
    // 25 s runs back to back in 100 s: about 4, never more, and never two at once (the run throws if so).
    expect(h.runs.get(1)).toBeGreaterThanOrEqual(3);
    expect(h.runs.get(1)).toBeLessThanOrEqual(4);
  });

  it('ignores the wall clock: jumps of ±1 h neither skip nor double runs', async () => {
    const steady = harness({ random: () => 0.5 });
    const jumpy = harness({ random: () => 0.5 });
    for (const h of [steady, jumpy]) {
      for (let id = 1; id <= 10; id += 1) h.scheduler.set(id, 20 * SECOND);
      h.scheduler.start();
      await h.timers.advance(60 * SECOND);
    }
    jumpy.clock.wall += HOUR;
    await Promise.all([steady.timers.advance(60 * SECOND), jumpy.timers.advance(60 * SECOND)]);
    jumpy.clock.wall -= HOUR;
    await Promise.all([steady.timers.advance(60 * SECOND), jumpy.timers.advance(60 * SECOND)]);

    expect([...jumpy.runs]).toEqual([...steady.runs]);
    expect(jumpy.anomalies.map((a) => a.kind)).toEqual(['wall-jump', 'wall-jump']);
    expect(steady.anomalies).toEqual([]);
  });

  it('after a sleep where monotonic time stood still, discards runs in flight', async () => {
    const h = harness({ runMs: 20 * SECOND, random: () => 0 });
    for (let id = 1; id <= 5; id += 1) h.scheduler.set(id, 30 * SECOND);
    h.scheduler.start();
    await h.timers.advance(1 * SECOND); // all five are mid-run

    h.clock.wall += 2 * HOUR; // Linux and macOS: suspend stops the monotonic clock
    await h.timers.advance(10 * SECOND);
    expect(h.anomalies.map((a) => a.kind)).toEqual(['wall-jump']);
    expect(h.discarded.sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('looks at the clocks at every firing: runs after a sleep start once the anomaly is told, not a watchdog period later', async () => {
    const h = harness({ random: () => 0, watchdogMs: 60 * SECOND });
    let toldBeforeRuns: boolean | null = null;
    for (let id = 1; id <= 5; id += 1) h.scheduler.set(id, 20 * SECOND);
    h.scheduler.start();
    await h.timers.advance(1 * SECOND);
    const before = new Map(h.runs);
    h.clock.wall += 2 * HOUR;
    const started = h.starts.get(1)!.length;
    // The next firing is due within 20 s; the watchdog not for 60.
    while (h.starts.get(1)!.length === started) {
      await h.timers.advance(1 * SECOND);
      if (h.starts.get(1)!.length > started) toldBeforeRuns = h.anomalies.length === 1;
    }
    expect(toldBeforeRuns).toBe(true);
    expect(h.anomalies.map((a) => a.kind)).toEqual(['wall-jump']);
    expect(h.clock.mono).toBeLessThan(30 * SECOND);
    for (let id = 1; id <= 5; id += 1) expect(h.runs.get(id)).toBe((before.get(id) ?? 0) + 1);
  });

  it('after a freeze where monotonic time kept counting, runs each check once, not once per missed slot', async () => {
    const h = harness({ runMs: 20 * SECOND, random: () => 0 });
    for (let id = 1; id <= 5; id += 1) h.scheduler.set(id, 30 * SECOND);
    h.scheduler.start();
    await h.timers.advance(1 * SECOND);
    const before = new Map(h.runs);

    h.clock.advance(2 * HOUR); // no timer fired for two hours
    await h.timers.advance(0);
    expect(h.anomalies.map((a) => a.kind)).toEqual(['late-tick']);
    expect(h.discarded.sort()).toEqual([1, 2, 3, 4, 5]);
    await h.timers.advance(25 * SECOND);
    for (let id = 1; id <= 5; id += 1) expect((h.runs.get(id) ?? 0) - (before.get(id) ?? 0)).toBe(1);
  });

  it('tells a run that spanned a sleep or a clock change from one that did not', () => {
    const clock = new FakeClock();
    const start = runStart(clock);
    clock.advance(9 * SECOND);
    expect(spannedTimeJump(start, clock)).toBe(false);
    clock.wall += HOUR;
    expect(spannedTimeJump(start, clock)).toBe(true);
    const later = runStart(clock);
    clock.wall -= HOUR;
    expect(spannedTimeJump(later, clock)).toBe(true);
  });

  it('runs a check on demand without waiting for its slot', async () => {
    const h = harness({ random: () => 0.99 });
    h.scheduler.set(7, HOUR);
    h.scheduler.start();
    h.scheduler.runNow(7);
    await h.timers.advance(0);
    expect(h.runs.get(7)).toBe(1);
  });

  it('stops running a removed check', async () => {
    const h = harness({ random: () => 0 });
    h.scheduler.set(1, 10 * SECOND);
    h.scheduler.start();
    await h.timers.advance(25 * SECOND);
    h.scheduler.remove(1);
    const count = h.runs.get(1);
    await h.timers.advance(60 * SECOND);
    expect(h.runs.get(1)).toBe(count);
  });

  it('gives every new check its first run early enough to finish within one interval', async () => {
    // The latest phase a random draw can give: the first run must still leave room to run.
    const h = harness({ runMs: 500, random: () => 0.999_999 });
    h.scheduler.start();
    for (let id = 1; id <= 20; id += 1) {
      h.scheduler.set(id, 20 * SECOND);
      await h.timers.advance(30); // created one by one, as through the contract: 0.6 s for all
    }
    await h.timers.advance(20 * SECOND - 20 * 30);
    expect(h.runs.size).toBe(20);
  });

  it('runs a fleet created slowly after start within one interval of start, and a later check within its own', async () => {
    const h = harness({ runMs: 500, random: () => 0.999_999 });
    h.scheduler.start();
    for (let id = 1; id <= 50; id += 1) {
      h.scheduler.set(id, 20 * SECOND);
      await h.timers.advance(200); // 10 s to create them all: a busy disk
    }
    await h.timers.advance(10 * SECOND);
    expect(h.runs.size).toBe(50);

    await h.timers.advance(20 * SECOND);
    h.scheduler.set(99, 20 * SECOND);
    await h.timers.advance(17 * SECOND);
    expect(h.runs.has(99)).toBe(false); // spread over its own interval, not squeezed
    await h.timers.advance(3 * SECOND);
    expect(h.runs.get(99)).toBe(1);
  });

  it('keeps running a check whose interval changed while it ran', async () => {
    const h = harness({ runMs: 5 * SECOND, random: () => 0 });
    h.scheduler.set(1, 10 * SECOND);
    h.scheduler.start();
    await h.timers.advance(1 * SECOND); // mid-run
    h.scheduler.set(1, 20 * SECOND);
    await h.timers.advance(100 * SECOND);
    expect(h.runs.get(1)).toBeGreaterThanOrEqual(5);
  });

  it('arms one timer per firing, not one per check', async () => {
    const h = harness({ random: () => 0.5 });
    let armed = 0;
    const setTimeout = h.timers.setTimeout.bind(h.timers);
    h.timers.setTimeout = (callback, ms) => {
      armed += 1;
      return setTimeout(callback, ms);
    };
    // Added in order of due time: each later one leaves the armed timer alone.
    for (let id = 1; id <= 1000; id += 1) h.scheduler.set(id, (20 + id / 100) * SECOND);
    h.scheduler.start();
    const afterStart = armed;
    expect(afterStart).toBeLessThanOrEqual(3); // the watchdog and the first due check
    for (let id = 1001; id <= 1100; id += 1) h.scheduler.set(id, 60 * SECOND);
    expect(armed - afterStart).toBe(0);
  });

  it('starts checks due close together in one firing, none of them more than a fifth of its interval early', async () => {
    const h = harness();
    const woken = countWakeUps(h.timers);
    for (let id = 1; id <= 1000; id += 1) h.scheduler.set(id, 20 * SECOND);
    h.scheduler.start();
    await h.timers.advance(60 * SECOND);
    // A firing per check would be ~3,000; groups spanning 4 s (a fifth of the interval)
    // are at most five per interval, plus a watchdog every 10 s (every 5 s, it added 12).
    expect(woken()).toBeLessThanOrEqual(15 + 6 + 2);
    expect(h.runs.size).toBe(1000);
    // Slots at phase, +20 s, +40 s; jitter may bring the +60 s one just inside the minute.
    for (const count of h.runs.values()) expect([3, 4]).toContain(count);
  });

  it('wakes a quiet fleet in a few groups, each run at most 5 s early, with no drift', async () => {
    const h = harness();
    const woken = countWakeUps(h.timers);
    for (let id = 1; id <= 50; id += 1) h.scheduler.set(id, 30 * SECOND);
    h.scheduler.start();
    await h.timers.advance(20 * 30 * SECOND);
    // Runs start only inside firings: one start time per wake-up. Groups span at most
    // 5 s, so there are at most six per interval (50 lone runs would be ~40).
    const wakeUps = new Set([...h.starts.values()].flat());
    expect(wakeUps.size).toBeLessThanOrEqual(20 * 6 + 1);
    // Those and a watchdog every 10 s are all (every 5 s, it added 120 here).
    expect(woken()).toBeLessThanOrEqual(wakeUps.size + 60 + 1);
    for (const times of h.starts.values()) {
      // One run per interval on average, however early each one started…
      expect(times.length).toBeGreaterThanOrEqual(19);
      expect(times.length).toBeLessThanOrEqual(21);
      // …and never more than 5 s early (plus ±2 % jitter at both ends) or late.
      for (let i = 1; i < times.length; i += 1) {
        const gap = times[i]! - times[i - 1]!;
        expect(gap).toBeGreaterThanOrEqual(30 * SECOND - 5 * SECOND - 1.2 * SECOND);
        expect(gap).toBeLessThanOrEqual(30 * SECOND + 5 * SECOND + 1.2 * SECOND);
      }
    }
  });

  it('says when the last run of a group has finished, once per group', async () => {
    let drained = 0;
    const h = harness({ runMs: 500, random: () => 0, onDrained: () => (drained += 1) });
    for (let id = 1; id <= 5; id += 1) h.scheduler.set(id, 60 * SECOND);
    h.scheduler.start();
    await h.timers.advance(400);
    expect(drained).toBe(0); // all five still running
    await h.timers.advance(200);
    expect(drained).toBe(1);
    h.scheduler.runNow(3);
    await h.timers.advance(600);
    expect(drained).toBe(2);
  });
});
