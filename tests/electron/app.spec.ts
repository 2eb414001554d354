/**
 * The Electron shell end to end: window, preload bridge, IPC to the real core, the
 * app:// protocol and the navigation guards. Skipped, with the reason, where this
 * machine has no Electron binary or no display.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp.ts';
import type { AppInfo, OncallApi, Result, Settings } from '../../electron/shared/contract.ts';
import { whyNoElectron } from './electron-binary.ts';
import { expect, launchApp, test } from './fixtures.ts';

/** The page's global as the preload leaves it (the renderer types it as optional). */
type BridgedWindow = Window & { readonly oncall: OncallApi };

const skipReason = whyNoElectron();
test.skip(skipReason !== null, skipReason ?? '');

test('opens one window on app://oncall/ and keeps its data in ONCALL_DATA_DIR', async ({ launched, dataDir }) => {
  const { app, window } = launched;
  expect(window.url()).toBe('app://oncall/');
  expect(app.windows()).toHaveLength(1);
  expect(existsSync(join(dataDir, 'oncall.sqlite'))).toBe(true);
  const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
  expect(userData).toBe(dataDir);
});

test('window.oncall is exactly { invoke, on } and the page has no Node', async ({ launched }) => {
  const shape = await launched.window.evaluate(() => ({
    keys: Object.keys((window as BridgedWindow).oncall).sort(),
    types: Object.values((window as BridgedWindow).oncall).map((member) => typeof member),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(shape).toEqual({ keys: ['invoke', 'on'], types: ['function', 'function'], require: 'undefined', process: 'undefined' });
});

test('app.info answers from the core over IPC', async ({ launched, dataDir }) => {
  const answer = await launched.window.evaluate(() => (window as BridgedWindow).oncall.invoke('app.info', {}));
  expect(answer.ok).toBe(true);
  const info = (answer as Extract<Result<AppInfo>, { ok: true }>).value;
  expect(info).toMatchObject({ name: 'On-Call Companion', mode: 'electron', dataDir });
  expect(info.warnings).toEqual([]);
});

test('a channel outside the contract is refused by the preload', async ({ launched }) => {
  const answer = await launched.window.evaluate(() => ((window as BridgedWindow).oncall.invoke as (channel: string, request: unknown) => Promise<unknown>)('app.quit', {}));
  expect(answer).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
});

test('settings go to <dataDir>/settings.json and come back as an event', async ({ launched, dataDir }) => {
  const pushed = await launched.window.evaluate(
    () =>
      new Promise<Settings>((resolve) => {
        const off = (window as BridgedWindow).oncall.on('onDidChangeSettings', (settings) => {
          off();
          resolve(settings);
        });
        void (window as BridgedWindow).oncall.invoke('settings.set', { values: { displayName: 'Ada' } });
      }),
  );
  expect(pushed.displayName).toBe('Ada');
  expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({ displayName: 'Ada' });
});

test('serves the renderer with the strict CSP header', async ({ launched }) => {
  const header = await launched.window.evaluate(async () => (await fetch('/')).headers.get('content-security-policy'));
  expect(header).toBe(CONTENT_SECURITY_POLICY);
});

test('navigation to an https page is denied', async ({ launched }) => {
  const { window: page } = launched;
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe('app://oncall/');
});

test('window.open returns null and opens nothing', async ({ launched }) => {
  const { app, window: page } = launched;
  // http:, so the external-link rule does not hand it to a real browser either.
  const opened = await page.evaluate(() => window.open('http://example.com/') === null);
  expect(opened).toBe(true);
  await page.waitForTimeout(300);
  expect(app.windows()).toHaveLength(1);
});

test('a malformed settings file is moved aside, not lost, and reported', async ({ dataDir }) => {
  writeFileSync(join(dataDir, 'settings.json'), '{ "theme": "dark", ');
  const { app, window: page } = await launchApp(dataDir);
  try {
    const answer = await page.evaluate(() => (window as BridgedWindow).oncall.invoke('app.info', {}));
    const info = (answer as Extract<Result<AppInfo>, { ok: true }>).value;
    expect(info.warnings.join('\n')).toContain('settings.json.corrupt-');
    const aside = readdirSync(dataDir).filter((name) => name.startsWith('settings.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0] ?? ''), 'utf8')).toBe('{ "theme": "dark", ');
  } finally {
    await app.close();
  }
});
