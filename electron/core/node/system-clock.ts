import type { Clock } from '../common/clock.ts';

/** The real clock: wall time for records, performance.now() for scheduling. */
export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
};
