import { describe, expect, it } from 'vitest';
import { createFleet, stepFleet } from '../../../electron/core/common/alerts/fleet.ts';
import type { FleetEvent, FleetState } from '../../../electron/core/common/alerts/fleet-types.ts';
import { startsWaitingOnTime, waitsOnTime } from '../../../electron/core/common/alerts/quiet.ts';
import type { AlertPolicy } from '../../../electron/core/common/alerts/types.ts';
import type { CheckStatus, ErrorClass } from '../../../electron/core/common/checks/outcome.ts';
import { seeded } from '../../helpers/seeded-random.ts';
import { HOUR, MINUTE, SECOND, T0 } from './fleet-harness.ts';

/** What the user can see or be told of a fleet: what a tick must leave as it was when nothing waits on time. */
function seen(state: FleetState) {
  return {
    checks: [...state.checks].map(([checkId, check]) => ({
      checkId,
      phase: check.alert.phase,
      severity: check.alert.severity,
      acknowledged: check.alert.acknowledged,
      flapping: check.alert.flapping,
      heard: check.heard,
      snoozedUntil: check.snoozedUntil,
    })),
    offline: state.offline,
    group: state.group,
    held: state.held,
    snoozedAllUntil: state.snoozedAllUntil,
  };
}

const CHECKS = 6;
const POLICIES: Array<Partial<AlertPolicy>> = [{}, { failures: 1, forMs: 0 }, { failures: 1, forMs: 0, escalateAfterMs: 10 * MINUTE }];

function configured(policy: Partial<AlertPolicy>): FleetState {
  let state = createFleet();
  for (let checkId = 1; checkId <= CHECKS; checkId += 1) {
    state = stepFleet(state, { type: 'configure', checkId, host: `h${checkId % 4}`, intervalMs: 30 * SECOND, policy }).state;
  }
  return state;
}

/** One random event at `now`: mostly results (up, failing, network errors), sometimes a person or the OS. */
function randomEvent(next: () => number, now: number): FleetEvent {
  const checkId = 1 + Math.floor(next() * CHECKS);
  const roll = next();
  if (roll < 0.75) {
    const results = [];
    for (let id = 1; id <= CHECKS; id += 1) {
      if (next() < 0.5) continue;
      const kind = next();
      const [status, errorClass]: [CheckStatus, ErrorClass | null] =
        kind < 0.85 ? ['up', null] : kind < 0.93 ? ['critical', 'http_status'] : kind < 0.97 ? ['critical', 'connect'] : ['warning', null];
      results.push({ checkId: id, at: now - Math.floor(next() * 2 * SECOND), status, errorClass });
    }
    return { type: 'results', results };
  }
  if (roll < 0.83) return { type: 'acknowledge', checkId, by: 'sam', at: now };
  if (roll < 0.9) return { type: 'snooze', checkId: next() < 0.3 ? null : checkId, until: now + Math.floor(next() * 2 * HOUR) - 10 * MINUTE, at: now };
  if (roll < 0.96) return { type: 'online', online: next() < 0.8, at: now };
  return { type: 'resumed', at: now };
}

describe('a fleet with nothing waiting on time', () => {
  it('does not wait on time when every check is up and heard as up', () => {
    let state = configured({});
    expect(waitsOnTime(state, T0)).toBe(false);
    state = stepFleet(state, { type: 'results', results: [1, 2, 3].map((checkId) => ({ checkId, at: T0, status: 'up' as const, errorClass: null })) }).state;
    expect(waitsOnTime(state, T0)).toBe(false);
  });

  it('waits on time for a snooze, a network failure, going offline and the grace after a resume', () => {
    const base = configured({});
    const at = T0 + MINUTE;
    const after = (event: FleetEvent) => stepFleet(base, event).state;
    expect(waitsOnTime(after({ type: 'snooze', checkId: 2, until: at + HOUR, at }), at)).toBe(true);
    expect(waitsOnTime(after({ type: 'snooze', checkId: null, until: at + HOUR, at }), at)).toBe(true);
    expect(waitsOnTime(after({ type: 'results', results: [{ checkId: 1, at, status: 'critical', errorClass: 'dns' }] }), at)).toBe(true);
    expect(waitsOnTime(after({ type: 'online', online: false, at }), at)).toBe(true);
    const resumed = after({ type: 'resumed', at });
    expect(waitsOnTime(resumed, at)).toBe(true);
    expect(waitsOnTime(resumed, resumed.graceUntil! + 1)).toBe(false);
    // Notices held back over the budget go out when it refills: only time does that.
    const held = { ...base, held: [{ checkId: 1, kind: 'firing' as const, severity: 'critical' as const, urgency: 'normal' as const, at }] };
    expect(waitsOnTime(held, at)).toBe(true);
  });

  it('waits on time from the moment an alert fires until the user heard it resolve', () => {
    let state = configured({ failures: 1, forMs: 0 });
    state = stepFleet(state, { type: 'results', results: [{ checkId: 1, at: T0, status: 'critical', errorClass: 'http_status' }] }).state;
    expect(state.checks.get(1)!.alert.phase).toBe('firing');
    expect(waitsOnTime(state, T0)).toBe(true);
    // The group goes out; the alert still reminds, so time still matters.
    state = stepFleet(state, { type: 'tick', now: T0 + MINUTE }).state;
    expect(state.group).toBeNull();
    expect(waitsOnTime(state, T0 + MINUTE)).toBe(true);
    state = stepFleet(state, { type: 'acknowledge', checkId: 1, by: 'sam', at: T0 + 2 * MINUTE }).state;
    expect(waitsOnTime(state, T0 + 2 * MINUTE)).toBe(false);
  });

  // The property the alert service relies on to sleep: if nothing waits on time, a tick
  // at any later moment changes nothing anyone can see or be told, and the cheap check
  // after each step agrees with the full one.
  it('is left as it was by a tick at any later time, over random sequences of events', () => {
    let quietStates = 0;
    let waitingStates = 0;
    for (let seed = 1; seed <= 60; seed += 1) {
      const next = seeded(seed);
      let state = configured(POLICIES[seed % POLICIES.length]!);
      let now = T0;
      for (let step = 0; step < 150; step += 1) {
        now += Math.floor(next() * (next() < 0.8 ? 40 * SECOND : 40 * MINUTE));
        const event: FleetEvent = next() < 0.15 ? { type: 'tick', now } : randomEvent(next, now);
        const before = state;
        const wasQuiet = !waitsOnTime(before, now);
        state = stepFleet(state, event).state;
        const quiet = !waitsOnTime(state, now);
        if (wasQuiet) expect(startsWaitingOnTime(before, state, now), `seed ${seed}, step ${step}`).toBe(!quiet);
        if (!quiet) {
          waitingStates += 1;
          continue;
        }
        quietStates += 1;
        for (const later of [SECOND, 5 * SECOND, 10 * MINUTE, 3 * HOUR, 50 * HOUR]) {
          const ticked = stepFleet(state, { type: 'tick', now: now + later });
          expect(ticked.effects, `seed ${seed}, step ${step}, +${later} ms`).toEqual([]);
          expect(seen(ticked.state), `seed ${seed}, step ${step}, +${later} ms`).toEqual(seen(state));
        }
      }
    }
    // Both kinds of state were visited often enough for the property to mean something.
    expect(quietStates).toBeGreaterThan(500);
    expect(waitingStates).toBeGreaterThan(500);
  });
});
