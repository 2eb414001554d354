import type { Timers } from '../../electron/core/common/checks/scheduler.ts';
import type { FakeClock } from './fake-clock.ts';

interface Pending {
  id: number;
  at: number;
  callback: () => void;
}

/**
 * Let promise callbacks (a run finishing, a pump) settle between timer firings: one turn
 * of the event loop runs every microtask, however long the chain (a group of a hundred
 * runs drained sixteen at a time is hundreds of them).
 */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Timers on the fake clock's monotonic time. `advance` moves both clocks and fires
 * timers in order; `sleep` moves only the wall clock, the way a suspended laptop does.
 */
export class FakeTimers implements Timers {
  readonly #clock: FakeClock;
  #pending: Pending[] = [];
  #next = 1;

  constructor(clock: FakeClock) {
    this.#clock = clock;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.#next++;
    this.#pending.push({ id, at: this.#clock.mono + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#pending = this.#pending.filter((p) => p.id !== handle);
  }

  async advance(ms: number): Promise<void> {
    const target = this.#clock.mono + ms;
    for (;;) {
      await settle();
      const next = this.#pending.filter((p) => p.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!next) break;
      this.#pending = this.#pending.filter((p) => p !== next);
      // A timer that came due while time was moved by hand fires late, as a real one would.
      this.#clock.advance(Math.max(0, next.at - this.#clock.mono));
      next.callback();
    }
    this.#clock.advance(Math.max(0, target - this.#clock.mono));
    await settle();
  }
}
