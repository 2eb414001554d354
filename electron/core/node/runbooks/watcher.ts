import { statSync, watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../../common/ports.ts';

/** Editors and `git pull` write a burst of events; one re-import after the burst is enough. */
export const WATCH_DEBOUNCE_MS = 300;

/**
 * Follows imported folders (recursively) and files, calling `onChange(sourceId)` once
 * a burst of changes has settled. Only `.md` changes (or unnamed ones, which some
 * platforms send) count. A source that cannot be watched is logged, not fatal.
 */
export class SourceWatcher {
  readonly #watchers = new Map<number, FSWatcher>();
  readonly #timers = new Map<number, NodeJS.Timeout>();
  readonly #onChange: (sourceId: number) => void;
  readonly #logger: Logger;
  readonly #debounceMs: number;

  constructor(onChange: (sourceId: number) => void, logger: Logger, debounceMs = WATCH_DEBOUNCE_MS) {
    this.#onChange = onChange;
    this.#logger = logger;
    this.#debounceMs = debounceMs;
  }

  watch(sourceId: number, path: string): void {
    if (this.#watchers.has(sourceId)) return;
    try {
      const recursive = statSync(path).isDirectory();
      const watcher = watch(path, { recursive, persistent: false }, (_event, name) => {
        if (name !== null && !String(name).toLowerCase().endsWith('.md')) return;
        this.#schedule(sourceId);
      });
      watcher.on('error', (error) => {
        this.#logger.warn(`Stopped watching ${path} for runbook changes: ${error.message}`);
        this.unwatch(sourceId);
      });
      this.#watchers.set(sourceId, watcher);
    } catch (error) {
      this.#logger.warn(`Cannot watch ${path} for runbook changes: ${(error as Error).message}`);
    }
  }

  unwatch(sourceId: number): void {
    this.#watchers.get(sourceId)?.close();
    this.#watchers.delete(sourceId);
    clearTimeout(this.#timers.get(sourceId));
    this.#timers.delete(sourceId);
  }

  close(): void {
    for (const id of [...this.#watchers.keys()]) this.unwatch(id);
  }

  #schedule(sourceId: number): void {
    clearTimeout(this.#timers.get(sourceId));
    this.#timers.set(
      sourceId,
      setTimeout(() => {
        this.#timers.delete(sourceId);
        if (this.#watchers.has(sourceId)) this.#onChange(sourceId);
      }, this.#debounceMs),
    );
  }
}
