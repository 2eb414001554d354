/** The one window: the renderer from app://oncall/, with every web preference locked down. */
import { BrowserWindow, type NativeImage } from 'electron';
import { APP_URL } from './app-origin.ts';

export interface MainWindowOptions {
  /** dist/preload/index.cjs: the only bridge between the page and the core. */
  readonly preload: string;
  /** Window icon for Linux; macOS and Windows take it from the app bundle. */
  readonly icon?: NativeImage;
  /** Where to open, e.g. `#/alerts/12` when a notification was clicked. */
  readonly hash?: string;
}

/** Only a plain `#/section/...` hash is appended to the app's URL: nothing that could leave app://oncall. */
function urlAt(hash: string | undefined): string {
  return hash && /^#\/[\w/-]*$/.test(hash) ? `${APP_URL}${hash}` : APP_URL;
}

/**
 * Create and load the main window; it shows itself once the first frame is painted,
 * so the user never sees a blank rectangle.
 */
export function createMainWindow({ preload, icon, hash }: MainWindowOptions): BrowserWindow {
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
  const url = urlAt(hash);
  window.loadURL(url).catch((error: unknown) => console.error(`The window could not load ${url}: ${(error as Error).message}`));
  return window;
}

/** Bring an existing window to the front, restoring it if minimised. */
export function showWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * Bring the window to the front at `hash`. Only the fragment changes, so Chromium moves
 * within the page (a hashchange, no reload) and the window keeps its state.
 */
export function showWindowAt(window: BrowserWindow, hash: string): void {
  const url = urlAt(hash);
  window.loadURL(url).catch((error: unknown) => console.error(`The window could not open ${url}: ${(error as Error).message}`));
  showWindow(window);
}
