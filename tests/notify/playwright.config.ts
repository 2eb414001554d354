import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import e2e from '../e2e/playwright.config.ts';

/**
 * The notification test: run by tests/notify/run.ts inside Xvfb and a D-Bus session
 * with dunst listening. Same browser and options as tests/e2e, its own folders, and
 * a longer timeout: the check fires on its first failure, but each notification (down,
 * then recovered) waits out the fleet's 30 s grouping before it goes out.
 */
export default defineConfig({
  ...e2e,
  testDir: fileURLToPath(new URL('.', import.meta.url)),
  testMatch: '**/*.spec.ts',
  outputDir: fileURLToPath(new URL('../../test-results/notify', import.meta.url)),
  timeout: 120_000,
});
