import type { Timers } from '../common/checks/scheduler.ts';

/** Real timers, unref'd: a pending check must never keep a finished process alive. */
export const systemTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout | undefined),
};
