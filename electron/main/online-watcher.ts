/**
 * Electron's main process has no online/offline event, only `net.isOnline()` (Chromium's
 * network change notifier: is any interface up). Asking every few seconds and reporting
 * changes is cheap and catches a lost Wi-Fi well within one check interval.
 * Pure (timers and the probe are injected) so it is unit-tested under plain Node.
 */
export interface OnlineWatcherOptions {
  readonly isOnline: () => boolean;
  /** Called with the first answer, then on every change. */
  readonly onChange: (online: boolean) => void;
  readonly intervalMs: number;
  readonly setInterval: (callback: () => void, ms: number) => unknown;
  readonly clearInterval: (handle: unknown) => void;
}

export interface OnlineWatcher {
  /** Ask now (after a resume the answer may have changed while nothing ran). */
  check(): void;
  stop(): void;
}

export function watchOnline(options: OnlineWatcherOptions): OnlineWatcher {
  let last: boolean | null = null;
  const check = () => {
    let online: boolean;
    try {
      online = options.isOnline();
    } catch {
      // A probe that fails says nothing about the network: keep the last answer.
      return;
    }
    if (online === last) return;
    last = online;
    options.onChange(online);
  };
  check();
  const handle = options.setInterval(check, options.intervalMs);
  return { check, stop: () => options.clearInterval(handle) };
}
