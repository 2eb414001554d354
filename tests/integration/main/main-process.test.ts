/**
 * electron/main/index.ts against a fake Electron and the real core: what happens before
 * `ready`, the IPC binding and its sender check, the app:// protocol, the window's
 * options, the navigation and permission guards, events, tray and the start-up error.
 * The same behaviour in a real window is tests/electron (skipped without a binary).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../electron/core/common/settings.ts';
import { CHANNELS } from '../../../electron/shared/contract.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shared/csp.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { createFakeElectron, fakeWebContents, type FakeElectron } from './fake-electron.ts';


// electron-store (loaded by Node, not through the mock) imports the real `electron`
// package, which then answers with a path instead of downloading a binary.
process.env['ELECTRON_OVERRIDE_DIST_PATH'] ??= join(tmpdir(), 'oncall-no-electron');

const APP_FRAME = { url: 'app://oncall/', parent: null };
let running: FakeElectron | null = null;

afterEach(() => {
  running?.appEvents.emit('will-quit');
  running = null;
  delete process.env['ONCALL_DATA_DIR'];
  vi.restoreAllMocks();
});

/** Import main with a fresh fake Electron; `log` holds what it did before `ready`. */
async function boot(dataDir: string): Promise<{ fake: FakeElectron; beforeReady: string[] }> {
  const fake = createFakeElectron();
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>On-Call Companion</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
  const paths = {
    PRELOAD_PATH: '/app/dist/preload/index.cjs',
    RENDERER_DIR: rendererDir,
    TRAY_ICONS_DIR: join(import.meta.dirname, '../../../resources/tray'),
    APP_ICON_PATH: join(import.meta.dirname, '../../../resources/icon.png'),
  };
  // Each boot gets its own fake: doMock after resetModules, so no module of a previous boot is reused.
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  vi.doMock('../../../electron/main/paths.ts', () => paths);
  process.env['ONCALL_DATA_DIR'] = dataDir;
  await import('../../../electron/main/index.ts');
  const beforeReady = [...fake.log];
  fake.markReady();
  running = fake;
  return { fake, beforeReady };
}

async function started(dataDir = tempDir()): Promise<FakeElectron> {
  const { fake } = await boot(dataDir);
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  return fake;
}

function invoke(fake: FakeElectron, channel: string, request: unknown, senderFrame: unknown = APP_FRAME): Promise<unknown> {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ senderFrame }, request);
}

describe('electron main', () => {
  it('sets the data folder, takes the lock and registers app:// before ready', async () => {
    const dataDir = tempDir();
    const { fake, beforeReady } = await boot(dataDir);
    expect(fake.paths.get('userData')).toBe(dataDir);
    expect(fake.paths.get('sessionData')).toBe(join(dataDir, 'chromium'));
    expect(beforeReady.indexOf('setPath userData')).toBeLessThan(beforeReady.indexOf('requestSingleInstanceLock'));
    expect(beforeReady).toContain('enableSandbox');
    expect(beforeReady).toContain('on web-contents-created');
    const scheme = beforeReady.find((line) => line.startsWith('registerSchemesAsPrivileged'));
    expect(JSON.parse(scheme?.slice('registerSchemesAsPrivileged '.length) ?? 'null')).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(beforeReady).not.toContain('protocol.handle app');
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  });

  it('binds exactly the contract channels and answers them from the core', async () => {
    const dataDir = tempDir();
    const fake = await started(dataDir);
    expect([...fake.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(await invoke(fake, 'app.info', {})).toMatchObject({ ok: true, value: { mode: 'electron', version: '0.0.0-test', dataDir } });
    expect(await invoke(fake, 'settings.set', { values: { theme: 'purple' } })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('seals secrets with the OS key store: the value is never in the file nor in any answer', async () => {
    const dataDir = tempDir();
    const fake = await started(dataDir);
    expect(await invoke(fake, 'secrets.set', { name: 'grafana-token', value: 'glsa_TOPSECRET' })).toEqual({ ok: true, value: { name: 'grafana-token' } });
    expect(await invoke(fake, 'secrets.list', {})).toEqual({ ok: true, value: { names: ['grafana-token'], protection: 'encrypted' } });
    const file = readFileSync(join(dataDir, 'secrets.json'), 'utf8');
    expect(file).not.toContain('glsa_TOPSECRET');
    expect(Buffer.from(JSON.parse(file).secrets['grafana-token'].value, 'base64').toString('utf8')).toMatch(/^sealed:/);
  });

  it('answers a foreign or nested sender with unauthorized and never reaches the core', async () => {
    const fake = await started();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const frame of [null, { url: 'https://evil.example/', parent: null }, { url: 'app://oncall/', parent: APP_FRAME }, { url: 'app://other/', parent: null }]) {
      expect(await invoke(fake, 'settings.set', { values: { displayName: 'Mallory' } }, frame)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(warn).toHaveBeenCalledTimes(4);
    expect(await invoke(fake, 'settings.get', {})).toMatchObject({ ok: true, value: { displayName: '' } });
  });

  it('pushes core events to windows that show the app, and only to them', async () => {
    const fake = await started();
    const [window] = fake.windows;
    await invoke(fake, 'settings.set', { values: { displayName: 'Ada' } });
    expect(window?.webContents.sent).toEqual([['onDidChangeSettings', { ...DEFAULT_SETTINGS, displayName: 'Ada' }]]);
    if (window) window.webContents.url = 'https://elsewhere.example/';
    await invoke(fake, 'settings.set', { values: { displayName: 'Grace' } });
    expect(window?.webContents.sent).toHaveLength(1);
  });

  it('opens one locked-down window on app://oncall/ with the bundled preload', async () => {
    const fake = await started();
    const [window] = fake.windows;
    expect(window?.loaded).toEqual(['app://oncall/']);
    expect(window?.options['webPreferences']).toMatchObject({
      preload: '/app/dist/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    fake.appEvents.emit('second-instance');
    expect(fake.windows).toHaveLength(1);
    expect(window?.focused).toBe(1);
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', async () => {
    const fake = await started();
    const handle = fake.protocolHandler();
    if (!handle) throw new Error('app:// is not handled');
    const index = await handle(new Request('app://oncall/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('On-Call Companion');
    const script = await handle(new Request('app://oncall/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await handle(new Request('app://oncall/..%2f..%2fsecrets.txt'))).status).toBe(404);
    expect((await handle(new Request('app://oncall/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('denies navigation away from the app, webviews and new windows; hands safe links to the OS', async () => {
    const fake = await started();
    const contents = fakeWebContents();
    fake.appEvents.emit('web-contents-created', {}, contents);
    const navigate = (event: string, url: string) => {
      const preventDefault = vi.fn();
      contents.emit(event, { url, preventDefault });
      return preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'app://oncall/#/runbooks')).toBe(false);
    expect(navigate('will-redirect', 'https://example.com/')).toBe(true);
    expect(navigate('will-attach-webview', 'app://oncall/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://status.example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://oncall/' })).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual(['https://status.example.com/']);
  });

  it('refuses every permission request and check', async () => {
    const fake = await started();
    const callback = vi.fn();
    fake.permission.request?.({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.permission.check?.({}, 'notifications', 'app://oncall', {})).toBe(false);
  });

  it('shows a tray icon that follows the alerts overview, with a menu that acts', async () => {
    const fake = await started();
    const [tray] = fake.trays;
    expect(tray?.tooltip).toContain('On-Call Companion');
    const { setTrayModel } = await import('../../../electron/main/tray.ts');
    const { trayModel } = await import('../../../electron/main/tray-model.ts');
    const overview = { tray: 'critical' as const, summary: '1 critical', offline: null, snoozedAllUntil: null, active: [], resolvedToday: [] };
    setTrayModel(trayModel({ overview }, String));
    expect(tray?.tooltip).toBe('On-Call Companion — 1 critical');
    expect(tray?.menu[0]).toMatchObject({ label: '1 critical', enabled: false });
    expect(tray?.menu.map((item) => item.label)).toEqual(['1 critical', undefined, 'Open alerts', 'Acknowledge all', 'Snooze all for 1 hour', undefined, 'Quit']);

    fake.windows[0]!.destroyed = true;
    tray?.menu.find((item) => item.label === 'Open alerts')?.click?.();
    expect(fake.windows.at(-1)?.loaded).toEqual(['app://oncall/#/alerts']);
    tray?.menu.find((item) => item.label === 'Quit')?.click?.();
    expect(fake.log).toContain('quit');
    fake.appEvents.emit('will-quit');
    expect(tray?.destroyed).toBe(true);
  });

  it('shows the core’s reason and exits 1 when the data cannot be opened', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { fake } = await boot(file);
    await vi.waitFor(() => expect(fake.exitCodes).toEqual([1]));
    expect(fake.errorBoxes).toHaveLength(1);
    expect(fake.errorBoxes[0]?.[1]).toMatch(/^Cannot use the data folder .*not-a-folder/);
    expect(fake.windows).toHaveLength(0);
    expect(error).toHaveBeenCalled();
  });
});
