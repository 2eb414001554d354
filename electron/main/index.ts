/**
 * Electron main: composition only. The product lives in the core; this file starts it,
 * serves the window, binds the contract to IPC and keeps one window and one tray icon.
 * Runs as an ES module (dist/main/index.js): everything that must happen before `ready`
 * is synchronous top-level code, with no dynamic import or await in front of it.
 * @see https://www.electronjs.org/docs/latest/tutorial/esm#you-must-use-await-generously-before-the-apps-ready-event
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, nativeImage, session, type NativeImage } from 'electron';
import { AppError, createCore, DATA_DIR_ENV, SecretsFile, type Core } from '../core/index.ts';
import { followAlertsInTray, notificationHandlers, trayCommands, watchSystem, type AlertBridgeOptions } from './alert-bridge.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { createDesktopNotifier } from './desktop-notifier.ts';
import { ElectronStoreSettings } from './electron-store-settings.ts';
import { safeStorageCipher } from './safe-storage-cipher.ts';
import { bindContract, forwardEvents } from './ipc.ts';
import { createMainWindow, showWindow, showWindowAt } from './main-window.ts';
import { APP_ICON_PATH, PRELOAD_PATH, RENDERER_DIR, TRAY_ICONS_DIR } from './paths.ts';
import { denyAllPermissions, hardenWebContents } from './security.ts';
import { createTray, destroyTray } from './tray.ts';

// The data folder is userData, so the single-instance lock, settings and database all
// follow ONCALL_DATA_DIR (tests run side by side on their own folders). Chromium's own
// caches go to a subfolder so the top level holds only what the user owns.
const dataDirOverride = process.env[DATA_DIR_ENV];
if (dataDirOverride) app.setPath('userData', resolve(dataDirOverride));
app.setPath('sessionData', join(app.getPath('userData'), 'chromium'));

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
const stops: Array<() => void> = [];

/** Linux shows this in the title bar and task switcher; macOS and Windows use the bundle's. */
function windowIcon(): NativeImage | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return nativeImage.createFromBuffer(readFileSync(APP_ICON_PATH));
  } catch {
    return undefined;
  }
}

/** Show the one window (creating it if needed), at `hash` when given (`#/alerts/12`). */
function openWindow(hash?: string): void {
  if (!core) return;
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (hash) showWindowAt(mainWindow, hash);
    else showWindow(mainWindow);
    return;
  }
  const icon = windowIcon();
  mainWindow = createMainWindow({ preload: PRELOAD_PATH, ...(icon ? { icon } : {}), ...(hash ? { hash } : {}) });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

const alertOptions: AlertBridgeOptions = { openWindow: (hash) => openWindow(hash), quit: () => app.quit() };

/** Open the data, then serve and show the window. A core that cannot start is a dialog and exit code 1. */
async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  try {
    core = await createCore({
      dataDir,
      mode: 'electron',
      version: app.getVersion(),
      settings: new ElectronStoreSettings(dataDir),
      secrets: new SecretsFile(join(dataDir, 'secrets.json'), await safeStorageCipher()),
      notifier: createDesktopNotifier(notificationHandlers(() => core, alertOptions)),
    });
  } catch (error) {
    const message = error instanceof AppError ? error.message : `An unexpected error stopped the start: ${(error as Error).stack ?? String(error)}`;
    console.error(`On-Call Companion: ${message}`);
    dialog.showErrorBox('On-Call Companion cannot start', message);
    app.exit(1);
    return;
  }
  denyAllPermissions(session.defaultSession);
  serveRenderer(RENDERER_DIR);
  bindContract(core);
  forwardEvents(core, () => BrowserWindow.getAllWindows());
  try {
    createTray({ iconsDir: TRAY_ICONS_DIR, onCommand: trayCommands(core, alertOptions) });
  } catch (error) {
    // The window matters more than the icon: start without it rather than not at all.
    console.warn(`On-Call Companion: no tray icon: ${(error as Error).message}`);
  }
  stops.push(followAlertsInTray(core), watchSystem(core));
  openWindow();
}

function fatal(error: unknown): void {
  console.error(`On-Call Companion could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  app.exit(1);
}

// A second launch hands over to the running app (it focuses the window) and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  // Checklist #4: every renderer is sandboxed, whatever a window's options say.
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => openWindow());
  // macOS keeps apps alive with no window and reopens one from the Dock.
  app.on('activate', () => openWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    for (const stop of stops.splice(0)) stop();
    destroyTray();
    core?.close();
  });
  app.whenReady().then(start).catch(fatal);
}
