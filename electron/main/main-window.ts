/** The one window: the renderer from app://oncall/, with every web preference locked down. */
import { BrowserWindow, type NativeImage } from 'electron';
import { APP_URL } from './app-origin.ts';

export interface MainWindowOptions {
  /** dist/preload/index.cjs: the only bridge between the page and the core. */
  readonly preload: string;
  /** Window icon for Linux; macOS and Windows take it from the app bundle. */
  readonly icon?: NativeImage;
}

/**
 * Create and load the main window; it shows itself once the first frame is painted,
 * so the user never sees a blank rectangle.
 */
export function createMainWindow({ preload, icon }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'On-Call Companion',
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload,
      // Checklist #2–#4: the page has no Node, runs in its own JS world, and its process is sandboxed.
      // https://www.electronjs.org/docs/latest/tutorial/security#2-do-not-enable-nodejs-integration-for-remote-content
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // Checklist #6, #8, #9, #12: Electron's defaults, written out so a review can see them.
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A file dropped on the window must not replace the app with that file.
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_URL).catch((error: unknown) => console.error(`The window could not load ${APP_URL}: ${(error as Error).message}`));
  return window;
}

/** Bring an existing window to the front, restoring it if minimised. */
export function showWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
