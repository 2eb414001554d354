import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { whyNoElectron } from './electron-binary.ts';

// The list reporter does not show skip reasons: say it once, on one line, up front.
const skipReason = whyNoElectron();
if (skipReason) console.log(`Electron tests skipped: ${skipReason}.`);

/**
 * The app itself in Electron (Playwright's `_electron.launch`), apart from tests/e2e,
 * which drives browser mode in Debian's Chromium. Every test skips, with its reason,
 * where no Electron binary or no display is available. Needs `npm run build` first;
 * on a headless Linux box run it under `xvfb-run -a`.
 */
export default defineConfig({
  testDir: fileURLToPath(new URL('.', import.meta.url)),
  testMatch: '**/*.spec.ts',
  outputDir: fileURLToPath(new URL('../../test-results/electron', import.meta.url)),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
});
