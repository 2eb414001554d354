import { describe, expect, it } from 'vitest';
import { looksOffline, looksOfflineNow } from '../../../electron/core/common/alerts/connectivity.ts';
import { createFleet, stepFleet } from '../../../electron/core/common/alerts/fleet.ts';
import type { FleetCheck, FleetState } from '../../../electron/core/common/alerts/fleet-types.ts';
import { CheckTable } from '../../../electron/core/common/alerts/table.ts';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('the check table', () => {
  it('reads like a Map through thousands of sets and deletes, and leaves every earlier version as it was', () => {
    const next = random(7);
    let table = CheckTable.empty<string>();
    const model = new Map<number, string>();
    const versions: Array<[CheckTable<string>, Map<number, string>]> = [];
    for (let step = 0; step < 5_000; step += 1) {
      // Mostly small ids, some past 32, 1,024 and 32,768 so the table grows levels.
      const key = next() < 0.9 ? Math.floor(next() * 1_200) : Math.floor(next() * 100_000);
      if (next() < 0.2) {
        table = table.without(key);
        model.delete(key);
      } else {
        table = table.with(key, `v${step}`);
        model.set(key, `v${step}`);
      }
      if (step % 500 === 0) versions.push([table, new Map(model)]);
    }
    expect(table.size).toBe(model.size);
    expect([...table]).toEqual([...model].sort(([a], [b]) => a - b));
    for (const [version, expected] of versions) {
      expect(version.size).toBe(expected.size);
      for (const [key, value] of expected) expect(version.get(key)).toBe(value);
    }
    expect(table.get(-1)).toBeUndefined();
    expect(table.get(1.5)).toBeUndefined();
    expect(() => table.with(-1, 'x')).toThrow(RangeError);
  });

  it('names exactly the keys whose value changed or is new between two versions', () => {
    let before = CheckTable.empty<{ n: number }>();
    for (let id = 1; id <= 2_000; id += 1) before = before.with(id, { n: id });
    const after = before.with(5, { n: 5 }).with(1_500, { n: 0 }).with(2_500, { n: 1 }).without(7);
    expect(CheckTable.changedKeys(before, after).sort((a, b) => a - b)).toEqual([5, 1_500, 2_500]);
    expect(CheckTable.changedKeys(after, after)).toEqual([]);
    // Grown by a level (an id past 32,768): still exact.
    const grown = before.with(40_000, { n: 2 });
    expect(CheckTable.changedKeys(before, grown)).toEqual([40_000]);
  });
});

describe('offline counts kept per result', () => {
  it('always agree with counting every check afresh, through results, configures, removals and time going back', () => {
    const next = random(42);
    // Long against the time between results, as in a real fleet: most results then update
    // the counts in place, and a check left quiet now and then forces a full count.
    const intervals = [60_000, 120_000, 300_000];
    let state: FleetState = createFleet();
    for (let checkId = 1; checkId <= 60; checkId += 1) {
      state = stepFleet(state, { type: 'configure', checkId, host: `h${checkId % 7}`, intervalMs: intervals[checkId % 3]! }).state;
    }
    let now = 1_000_000;
    let disagreements = 0;
    let offlineSeen = 0;
    // Phases of network trouble and calm, so the answer flips both ways many times.
    for (let step = 0; step < 4_000; step += 1) {
      const trouble = Math.floor(step / 400) % 2 === 1;
      const roll = next();
      // The time the step judged connectivity at; null when it did not.
      let judgedAt: number | null = null;
      if (roll < 0.85) {
        now += Math.floor(next() * 1_000);
        const checkId = 1 + Math.floor(next() * 60);
        const failing = trouble ? next() < 0.9 : next() < 0.1;
        // Results are stamped when their run started: a little before the newest one.
        const at = next() < 0.8 ? now : now - Math.floor(next() * 2_000);
        judgedAt = at;
        state = stepFleet(state, {
          type: 'results',
          results: [{ checkId, at, status: failing ? 'critical' : 'up', errorClass: failing ? 'connect' : null }],
        }).state;
      } else if (roll < 0.93) {
        state = stepFleet(state, { type: 'tick', now: (now += 5_000) }).state;
        judgedAt = now;
      } else if (roll < 0.96) {
        const checkId = 1 + Math.floor(next() * 60);
        state = stepFleet(state, { type: 'configure', checkId, host: `h${Math.floor(next() * 7)}`, intervalMs: intervals[Math.floor(next() * 3)]! }).state;
      } else if (roll < 0.98) {
        // A clock set back: counts kept for later times must not be trusted.
        now -= 30_000;
        state = stepFleet(state, { type: 'tick', now }).state;
        judgedAt = now;
      } else {
        const checkId = 1 + Math.floor(next() * 60);
        state = stepFleet(state, { type: 'remove', checkId }).state;
        state = stepFleet(state, { type: 'configure', checkId, host: `h${checkId % 7}`, intervalMs: 20_000 }).state;
      }
      if (judgedAt === null) continue;
      const fresh = looksOffline(state.checks.values(), judgedAt);
      if ((state.offline !== null) !== fresh) disagreements += 1;
      if (looksOfflineNow(state.checks, judgedAt) !== fresh) disagreements += 1;
      if (fresh) offlineSeen += 1;
    }
    expect(disagreements).toBe(0);
    // The walk must have been offline and online both, or it proved nothing.
    expect(offlineSeen).toBeGreaterThan(100);
    expect(offlineSeen).toBeLessThan(3_900);
  });

  it('stops counting a check with a short interval once it goes quiet, though the others are heard for longer', () => {
    let state: FleetState = createFleet();
    for (let checkId = 1; checkId <= 4; checkId += 1) {
      state = stepFleet(state, { type: 'configure', checkId, host: `h${checkId}`, intervalMs: checkId === 4 ? 5_000 : 60_000 }).state;
    }
    const fail = (checkId: number, at: number) => ({ checkId, at, status: 'critical' as const, errorClass: 'connect' as const });
    state = stepFleet(state, { type: 'results', results: [fail(1, 0), fail(2, 0), { checkId: 3, at: 0, status: 'up', errorClass: null }] }).state;
    expect(state.offline).toBeNull();
    // A third host fails: 3 of 4 heard checks, three hosts.
    state = stepFleet(state, { type: 'results', results: [fail(4, 1_000)] }).state;
    expect(state.offline).not.toBeNull();
    // Check 4 is not heard from for over two of its intervals: two hosts are not enough.
    state = stepFleet(state, { type: 'tick', now: 12_000 }).state;
    expect(state.offline).toBeNull();
  });

  it('counts afresh when an older state is stepped again, not from counts another step moved on', () => {
    let base: FleetState = createFleet();
    for (let checkId = 1; checkId <= 4; checkId += 1) base = stepFleet(base, { type: 'configure', checkId, host: `h${checkId}`, intervalMs: 20_000 }).state;
    const fail = (checkId: number, at: number) => ({ checkId, at, status: 'critical' as const, errorClass: 'connect' as const });
    base = stepFleet(base, { type: 'results', results: [fail(1, 1_000), fail(2, 1_000)] }).state;
    const offline = stepFleet(base, { type: 'results', results: [fail(3, 2_000)] }).state;
    expect(offline.offline).not.toBeNull();
    // The same base, another future: check 3 answered, so only two hosts fail.
    const fork = stepFleet(base, { type: 'results', results: [{ checkId: 3, at: 2_000, status: 'up', errorClass: null }] }).state;
    expect(fork.offline).toBeNull();
    const checks: FleetCheck[] = [...fork.checks.values()];
    expect(looksOffline(checks, 2_000)).toBe(false);
  });
});
