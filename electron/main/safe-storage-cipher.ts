import { safeStorage } from 'electron';
import type { SecretCipher } from '../core/index.ts';

/**
 * Secret values sealed with a key the OS keeps (Keychain, DPAPI, libsecret/kwallet).
 * Null where that is not real protection: no encryption at all, or Linux's
 * `basic_text` fallback, whose key is a constant in Chromium. Then the core stores values
 * as plain text in an owner-only file and says so ("plain") instead of pretending.
 * Call after `ready`: before it, the Linux backend reads as unknown.
 * @see https://www.electronjs.org/docs/latest/api/safe-storage
 */
export async function safeStorageCipher(): Promise<SecretCipher | null> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return {
    name: 'electron-safeStorage',
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
  };
}
