/**
 * Time comes in through this port so schedules and tests never read the real clock
 * directly. `now` is wall-clock UTC milliseconds (what we store); `monotonic` only ever
 * moves forward (what we schedule with), so a clock jump cannot skip or double work.
 */
export interface Clock {
  now(): number;
  monotonic(): number;
}
