import type { Timers } from '../../common/checks/scheduler.ts';
import type { AlertsOverview } from '../../common/alerts/views.ts';

/** The tray and the inbox hear of a change this long after it, at most once per period. */
export const OVERVIEW_PUSH_MS = 250;

/**
 * Pushes the overview when it may have changed, at most once per OVERVIEW_PUSH_MS and
 * only when it differs from the last one pushed. During an outage results change it
 * many times a second; building it for 1,000 checks on every result would slow the
 * results themselves, and no one reads a tray faster than this.
 */
export class OverviewPush {
  readonly #timers: Timers;
  readonly #build: () => AlertsOverview;
  readonly #push: ((overview: AlertsOverview) => void) | undefined;
  #last = '';
  #timer: unknown = null;

  constructor(timers: Timers, build: () => AlertsOverview, push: ((overview: AlertsOverview) => void) | undefined) {
    this.#timers = timers;
    this.#build = build;
    this.#push = push;
  }

  /** The overview as it is now is what the windows already know (at start). */
  settle(): void {
    this.#last = JSON.stringify(this.#build());
  }

  changed(): void {
    if (!this.#push || this.#timer !== null) return;
    this.#timer = this.#timers.setTimeout(() => {
      this.#timer = null;
      const overview = this.#build();
      const text = JSON.stringify(overview);
      if (text === this.#last) return;
      this.#last = text;
      this.#push?.(overview);
    }, OVERVIEW_PUSH_MS);
  }

  stop(): void {
    this.#timers.clearTimeout(this.#timer);
    this.#timer = null;
  }
}
