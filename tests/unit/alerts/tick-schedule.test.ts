import { describe, expect, it } from 'vitest';
import { createFleet, stepFleet } from '../../../electron/core/common/alerts/fleet.ts';
import type { FleetState } from '../../../electron/core/common/alerts/fleet-types.ts';
import { QUIET_TICK_MAX_MS, TICK_MS, TickSchedule } from '../../../electron/core/node/alerts/tick-schedule.ts';
import { FakeClock } from '../../helpers/fake-clock.ts';
import { FakeTimers } from '../../helpers/fake-timers.ts';
import { HOUR, MINUTE } from './fleet-harness.ts';

/** Local noon of a day with no DST change, so "until midnight" is twelve hours. */
const NOON = new Date(2026, 10, 22, 12, 0, 0).getTime();

function schedule(start = NOON) {
  const clock = new FakeClock(start);
  const timers = new FakeTimers(clock);
  const ticks: number[] = [];
  const ticker = new TickSchedule(timers, clock, () => ticks.push(clock.now()));
  return { clock, timers, ticks, ticker };
}

function allUp(): FleetState {
  let state = createFleet();
  for (const checkId of [1, 2]) state = stepFleet(state, { type: 'configure', checkId, host: `h${checkId}`, intervalMs: 30_000 }).state;
  return state;
}

describe('when the alert service ticks', () => {
  it('ticks every TICK_MS while time matters to the fleet', async () => {
    const { timers, ticks, ticker, clock } = schedule();
    const snoozed = stepFleet(allUp(), { type: 'snooze', checkId: 1, until: clock.now() + HOUR, at: clock.now() }).state;
    ticker.arm(snoozed);
    await timers.advance(TICK_MS - 1);
    expect(ticks).toEqual([]);
    await timers.advance(1);
    expect(ticks).toEqual([NOON + TICK_MS]);
  });

  it('sleeps up to an hour while nothing waits on time, and comes back within TICK_MS of a step that needs ticks', async () => {
    const { timers, ticks, ticker, clock } = schedule();
    const quiet = allUp();
    ticker.arm(quiet);
    await timers.advance(QUIET_TICK_MAX_MS - 1);
    expect(ticks).toEqual([]);
    await timers.advance(1);
    expect(ticks).toEqual([NOON + HOUR]);

    ticker.arm(quiet);
    await timers.advance(10 * MINUTE);
    // A network failure: the offline share now moves as checks go quiet.
    const failing = stepFleet(quiet, { type: 'results', results: [{ checkId: 2, at: clock.now(), status: 'critical', errorClass: 'connect' }] }).state;
    ticker.stepped(quiet, failing);
    await timers.advance(TICK_MS);
    expect(ticks).toEqual([NOON + HOUR, NOON + HOUR + 10 * MINUTE + TICK_MS]);
  });

  it('does not bring the tick forward for a step that leaves the fleet quiet', async () => {
    const { timers, ticks, ticker, clock } = schedule();
    const quiet = allUp();
    ticker.arm(quiet);
    const up = stepFleet(quiet, { type: 'results', results: [{ checkId: 1, at: clock.now(), status: 'up', errorClass: null }] }).state;
    ticker.stepped(quiet, up);
    await timers.advance(30 * MINUTE);
    expect(ticks).toEqual([]);
  });

  it('wakes a quiet fleet at local midnight, when "resolved today" starts over', async () => {
    const beforeMidnight = new Date(2026, 10, 22, 23, 59, 0).getTime();
    const { timers, ticks, ticker } = schedule(beforeMidnight);
    ticker.arm(allUp());
    await timers.advance(MINUTE);
    expect(ticks).toEqual([new Date(2026, 10, 23, 0, 0, 0).getTime()]);
  });

  it('stops', async () => {
    const { timers, ticks, ticker } = schedule();
    ticker.arm(allUp());
    ticker.stop();
    await timers.advance(2 * HOUR);
    expect(ticks).toEqual([]);
  });
});
