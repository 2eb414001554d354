import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { APP_DIR, BUILT_FILES, electronBinary } from './electron-binary.ts';

export interface LaunchedApp {
  readonly app: ElectronApplication;
  readonly window: Page;
}

/** Start the built app on `dataDir` and wait for its window. */
export async function launchApp(dataDir: string): Promise<LaunchedApp> {
  const missing = BUILT_FILES.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`The app is not built (${missing.join(', ')} missing): run \`npm run build\` first.`);
  const executablePath = electronBinary();
  if (!executablePath) throw new Error('No Electron binary.');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  env['ONCALL_DATA_DIR'] = dataDir;
  const app = await _electron.launch({
    executablePath,
    // Chromium refuses to run its sandbox as root (CI containers); only then is it switched off.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), APP_DIR],
    env,
    timeout: 30_000,
  });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window };
}

/** Each test gets a fresh data folder (like a first start) and the app running on it. */
export const test = base.extend<{ dataDir: string; launched: LaunchedApp }>({
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'oncall-electron-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  launched: async ({ dataDir }, use) => {
    const launched = await launchApp(dataDir);
    await use(launched);
    await launched.app.close();
  },
});

export { expect } from '@playwright/test';
