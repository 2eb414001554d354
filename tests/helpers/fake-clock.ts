import type { Clock } from '../../electron/core/index.ts';

/** A clock the test moves by hand; wall and monotonic time advance together unless told otherwise. */
export class FakeClock implements Clock {
  wall: number;
  mono = 0;

  constructor(start = Date.UTC(2026, 10, 22, 3, 0, 0)) {
    this.wall = start;
  }

  now(): number {
    return this.wall;
  }

  monotonic(): number {
    return this.mono;
  }

  advance(ms: number): void {
    this.wall += ms;
    this.mono += ms;
  }
}
