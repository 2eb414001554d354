import { chmodSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { AppError } from '../../common/errors.ts';
import type { SecretCipher, SecretsPort } from '../../common/ports.ts';
import { describeFsError } from '../data-dir.ts';

interface StoredSecret {
  /** The cipher's name, or 'plain'. */
  readonly sealedWith: string;
  /** base64 of the sealed bytes (or of the UTF-8 text when plain). */
  readonly value: string;
}

interface SecretsFileContent {
  readonly version: 1;
  readonly secrets: Record<string, StoredSecret>;
}

/**
 * Secrets in one JSON file, readable and writable by the owner only (0600). With a
 * cipher (the app passes Electron's safeStorage) values are encrypted by a key the OS
 * keeps; without one (browser mode) they are stored as they are and the file mode is the
 * only protection, which `protection` says so the window can tell the user.
 * A value sealed by a cipher this process does not have reads as absent, never as garbage.
 */
export class SecretsFile implements SecretsPort {
  readonly #path: string;
  readonly #cipher: SecretCipher | null;
  #content: SecretsFileContent;

  constructor(path: string, cipher: SecretCipher | null = null) {
    this.#path = path;
    this.#cipher = cipher;
    this.#content = this.#load();
  }

  get protection(): 'encrypted' | 'plain' {
    return this.#cipher ? 'encrypted' : 'plain';
  }

  get(name: string): string | undefined {
    const stored = Object.hasOwn(this.#content.secrets, name) ? this.#content.secrets[name] : undefined;
    if (!stored) return undefined;
    const bytes = Buffer.from(stored.value, 'base64');
    if (stored.sealedWith === 'plain') return bytes.toString('utf8');
    if (this.#cipher && stored.sealedWith === this.#cipher.name) return this.#cipher.decrypt(bytes);
    return undefined;
  }

  set(name: string, value: string): void {
    const sealed: StoredSecret = this.#cipher
      ? { sealedWith: this.#cipher.name, value: Buffer.from(this.#cipher.encrypt(value)).toString('base64') }
      : { sealedWith: 'plain', value: Buffer.from(value, 'utf8').toString('base64') };
    this.#write({ version: 1, secrets: { ...this.#content.secrets, [name]: sealed } });
  }

  delete(name: string): boolean {
    if (!Object.hasOwn(this.#content.secrets, name)) return false;
    const secrets = { ...this.#content.secrets };
    delete secrets[name];
    this.#write({ version: 1, secrets });
    return true;
  }

  names(): string[] {
    return Object.keys(this.#content.secrets).sort();
  }

  #load(): SecretsFileContent {
    if (!existsSync(this.#path)) return { version: 1, secrets: {} };
    try {
      const parsed = JSON.parse(readFileSync(this.#path, 'utf8')) as Partial<SecretsFileContent>;
      if (parsed.version !== 1 || typeof parsed.secrets !== 'object' || parsed.secrets === null) throw new Error('not a version 1 secrets file');
      return { version: 1, secrets: parsed.secrets };
    } catch (error) {
      // Unlike settings, a damaged secrets file is not moved aside and replaced: starting
      // empty would make the next save overwrite tokens the user may still recover.
      throw new AppError(
        'storage',
        `The secrets file ${this.#path} cannot be read (${(error as Error).message}). Fix or remove it; nothing was changed.`,
        { cause: error },
      );
    }
  }

  #write(content: SecretsFileContent): void {
    const temporary = `${this.#path}.tmp`;
    try {
      // Created 0600 from the first byte, so the value is never readable by others, even briefly.
      const fd = openSync(temporary, 'w', 0o600);
      try {
        writeSync(fd, `${JSON.stringify(content, null, 2)}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      chmodSync(temporary, 0o600);
      renameSync(temporary, this.#path);
    } catch (error) {
      throw new AppError('storage', `Secrets could not be saved to ${this.#path}: ${describeFsError(error)}.`, { cause: error });
    }
    this.#content = content;
  }
}
