import type { CheckStatus } from '../checks/outcome.ts';

/** Nagios keeps 21 states, so 20 possible changes. */
export const FLAP_HISTORY = 21;
/** Flapping starts at this percent state change… */
export const FLAP_START_PERCENT = 20;
/** …and stops only at or below this one; the gap keeps it from toggling itself. */
export const FLAP_STOP_PERCENT = 5;

const OLDEST_WEIGHT = 0.75;
const NEWEST_WEIGHT = 1.25;
const TRANSITIONS = FLAP_HISTORY - 1;

/** Append a known status, keeping the newest FLAP_HISTORY. */
export function pushHistory(history: readonly CheckStatus[], status: CheckStatus): readonly CheckStatus[] {
  const next = [...history, status];
  return next.length > FLAP_HISTORY ? next.slice(next.length - FLAP_HISTORY) : next;
}

/**
 * Nagios-style weighted percent state change, oldest first. Each change between
 * neighbouring statuses counts with a weight rising linearly from 0.75 (oldest slot) to
 * 1.25 (newest), so recent changes count more. The weights of all 20 slots average 1, so
 * the sum is divided by 20 even while the history is still short: missing slots count as
 * "no change", as if the history had been seeded with the first status.
 */
export function percentStateChange(history: readonly CheckStatus[]): number {
  let weighted = 0;
  // Align to the newest end: the newest change always gets the newest weight.
  const offset = TRANSITIONS - (history.length - 1);
  for (let index = 1; index < history.length; index += 1) {
    if (history[index] === history[index - 1]) continue;
    const slot = offset + index - 1;
    weighted += OLDEST_WEIGHT + ((NEWEST_WEIGHT - OLDEST_WEIGHT) * slot) / (TRANSITIONS - 1);
  }
  return (weighted * 100) / TRANSITIONS;
}

/** Whether a check is flapping after its history changed, with hysteresis. */
export function nextFlapping(wasFlapping: boolean, history: readonly CheckStatus[]): boolean {
  const percent = percentStateChange(history);
  if (wasFlapping) return percent > FLAP_STOP_PERCENT;
  return percent >= FLAP_START_PERCENT;
}
