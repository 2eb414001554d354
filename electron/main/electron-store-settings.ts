/**
 * The core's SettingsPort on electron-store: `<dataDir>/settings.json`, a flat JSON
 * object, the same file browser mode reads and writes (core/node/settings), so the app
 * and browser mode share one data folder.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Store from 'electron-store';
import { AppError, type SettingsPort } from '../core/index.ts';

const STORE_NAME = 'settings';

/** Why the file cannot be used as settings, or null when it can (or does not exist yet). */
function problemWith(path: string): string | null {
  if (!existsSync(path)) return null;
  let value: unknown;
  try {
    // Editors may save a byte order mark; electron-store skips it too.
    value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return error instanceof SyntaxError ? `not valid JSON: ${error.message}` : null;
  }
  // electron-store would read an array or a number as an empty store and overwrite it
  // on the next change: treat it as damaged so the user's file is kept.
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? null : 'not a JSON object';
}

interface Loaded {
  readonly store: Store<Record<string, unknown>>;
  values: Record<string, unknown>;
  readonly warnings: readonly string[];
}

/** Open the store, first moving a damaged file aside (never deleting it). */
function load(dataDir: string, now: () => number): Loaded {
  const path = join(dataDir, `${STORE_NAME}.json`);
  const warnings: string[] = [];
  const problem = problemWith(path);
  if (problem) {
    const aside = `${path}.corrupt-${new Date(now()).toISOString().replace(/[-:.]/g, '')}`;
    renameSync(path, aside);
    warnings.push(
      `The settings file ${path} could not be read (${problem}); it was moved to ${aside} and default settings are in use. ` +
        'Fix and move it back, or set your preferences again in Settings.',
    );
  }
  try {
    // Dots in keys are keys, not paths: the file stays the flat object browser mode writes.
    const store = new Store<Record<string, unknown>>({ name: STORE_NAME, cwd: dataDir, accessPropertiesByDotNotation: false, clearInvalidConfig: false });
    return { store, values: { ...store.store }, warnings };
  } catch (error) {
    throw new AppError('storage', `Settings could not be read from ${path}: ${(error as Error).message}.`, { cause: error });
  }
}

/**
 * Opened on first use, which is after createCore has checked the data folder: a folder
 * that cannot be used is reported as that, not as a settings problem. A malformed file
 * is renamed to `settings.json.corrupt-<time>`, defaults are used, and `warnings` says
 * so (the core shows it in app.info). A file that cannot be read at all is an AppError.
 */
export class ElectronStoreSettings implements SettingsPort {
  readonly #dataDir: string;
  readonly #now: () => number;
  #loaded: Loaded | null = null;

  constructor(dataDir: string, now: () => number = Date.now) {
    this.#dataDir = dataDir;
    this.#now = now;
  }

  get warnings(): readonly string[] {
    return this.#load().warnings;
  }

  /** The values as loaded at start and written since; a hand edit while running is not picked up (as in browser mode). */
  read(): Record<string, unknown> {
    return { ...this.#load().values };
  }

  /** Replace the stored values; electron-store writes a temporary file, syncs it, and renames it over the old one. */
  write(values: Record<string, unknown>): void {
    const loaded = this.#load();
    try {
      loaded.store.store = values;
    } catch (error) {
      throw new AppError('storage', `Settings could not be saved to ${loaded.store.path}: ${(error as Error).message}.`, { cause: error });
    }
    loaded.values = { ...values };
  }

  #load(): Loaded {
    this.#loaded ??= load(this.#dataDir, this.#now);
    return this.#loaded;
  }
}
