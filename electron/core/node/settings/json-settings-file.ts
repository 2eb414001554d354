import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { AppError } from '../../common/errors.ts';
import type { SettingsPort } from '../../common/ports.ts';
import { describeFsError } from '../data-dir.ts';

/**
 * Settings as a flat JSON object in one file: the same file and format electron-store
 * writes in the app, so browser mode and Electron share a data folder.
 */
export class JsonSettingsFile implements SettingsPort {
  readonly #path: string;
  #values: Record<string, unknown>;
  readonly warnings: string[] = [];

  constructor(path: string, now: () => number = Date.now) {
    this.#path = path;
    this.#values = this.#load(now);
  }

  read(): Record<string, unknown> {
    return { ...this.#values };
  }

  write(values: Record<string, unknown>): void {
    // Write a sibling file, flush it, then rename over the old one: a crash leaves either
    // the old settings or the new ones, never half a file.
    const temporary = `${this.#path}.tmp`;
    try {
      const fd = openSync(temporary, 'w');
      try {
        writeSync(fd, `${JSON.stringify(values, null, 2)}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, this.#path);
    } catch (error) {
      throw new AppError('storage', `Settings could not be saved to ${this.#path}: ${describeFsError(error)}.`, { cause: error });
    }
    this.#values = { ...values };
  }

  #load(now: () => number): Record<string, unknown> {
    if (!existsSync(this.#path)) return {};
    let text: string;
    try {
      text = readFileSync(this.#path, 'utf8');
    } catch (error) {
      throw new AppError('storage', `Settings could not be read from ${this.#path}: ${describeFsError(error)}.`, { cause: error });
    }
    const parsed = parseObject(text);
    if (parsed.ok) return parsed.value;
    // Keep the user's file (it may hold hand edits worth recovering) but do not let it
    // stop the app at 3am: move it aside and run on defaults.
    const aside = `${this.#path}.corrupt-${new Date(now()).toISOString().replace(/[-:.]/g, '')}`;
    renameSync(this.#path, aside);
    this.warnings.push(
      `The settings file ${this.#path} could not be read (${parsed.reason}); it was moved to ${aside} and default settings are in use. ` +
        'Fix and move it back, or set your preferences again in Settings.',
    );
    return {};
  }
}

function parseObject(text: string): { ok: true; value: Record<string, unknown> } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'not a JSON object' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}
