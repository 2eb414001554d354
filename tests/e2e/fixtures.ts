import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, type Page } from '@playwright/test';

const SERVE = fileURLToPath(new URL('../../electron/serve/main.ts', import.meta.url));

export interface BrowserModeApp {
  /** The URL browser mode printed, token included. */
  readonly url: string;
  readonly dataDir: string;
  /** Stop the server and start a new one on the same data folder (a new token, a new port). */
  restart(): Promise<BrowserModeApp>;
}

/** Start `electron/serve/main.ts` and wait for the one line it prints: the URL. */
function startServe(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVE, '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`browser mode printed no URL within 15 s: ${stderr}`)), 15_000);
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line) {
        clearTimeout(timer);
        resolve({ url: line, child });
      }
    });
    child.on('exit', (code) => reject(new Error(`browser mode exited (${code}): ${stderr}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Each test gets its own data folder and server, like a fresh install. */
export const test = base.extend<{ app: BrowserModeApp }>({
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'oncall-e2e-'));
    let current = await startServe(dataDir);
    const make = (url: string): BrowserModeApp => ({
      url,
      dataDir,
      async restart() {
        await stop(current.child);
        current = await startServe(dataDir);
        return make(current.url);
      },
    });
    await use(make(current.url));
    await stop(current.child);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/** Console errors and uncaught exceptions, CSP violations included, collected for the whole test. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
