import type { FleetState } from '../../common/alerts/fleet-types.ts';
import { startsWaitingOnTime, waitsOnTime } from '../../common/alerts/quiet.ts';
import type { Timers } from '../../common/checks/scheduler.ts';
import type { Clock } from '../../common/clock.ts';
import { nextLocalMidnight } from './overview.ts';

/** Groups close, budgets refill and snoozes end only when time is seen to pass. */
export const TICK_MS = 5_000;
/** The longest a quiet fleet sleeps: the inbox's "today" must still turn over near midnight. */
export const QUIET_TICK_MAX_MS = 60 * 60 * 1000;

/**
 * When the alert service ticks. Every TICK_MS while time can change something in the
 * fleet (quiet.ts); otherwise not before the next local midnight, when the inbox's
 * "resolved today" starts over, and at most an hour. Each wake-up of an idle app costs
 * more than the tick it runs, and most of the time nothing is pending: all checks up.
 * A step that makes time matter again (a failure, a snooze, going offline) brings the
 * next tick back to TICK_MS from then.
 */
export class TickSchedule {
  readonly #timers: Timers;
  readonly #clock: Clock;
  readonly #tick: () => void;
  #timer: unknown = null;
  /** Armed for a quiet fleet: a step that needs ticks must bring the tick forward. */
  #quiet = false;

  constructor(timers: Timers, clock: Clock, tick: () => void) {
    this.#timers = timers;
    this.#clock = clock;
    this.#tick = tick;
  }

  /** Arm the next tick for the fleet as it is now. */
  arm(fleet: FleetState): void {
    this.#timers.clearTimeout(this.#timer);
    const now = this.#clock.now();
    this.#quiet = !waitsOnTime(fleet, now);
    const wait = this.#quiet ? Math.min(QUIET_TICK_MAX_MS, nextLocalMidnight(now) - now) : TICK_MS;
    this.#timer = this.#timers.setTimeout(() => {
      this.#timer = null;
      this.#tick();
    }, wait);
  }

  /** The fleet stepped from `before` to `after`: tick again soon if time matters now. */
  stepped(before: FleetState, after: FleetState): void {
    if (this.#quiet && this.#timer !== null && startsWaitingOnTime(before, after, this.#clock.now())) this.arm(after);
  }

  stop(): void {
    this.#timers.clearTimeout(this.#timer);
    this.#timer = null;
    this.#quiet = false;
  }
}
