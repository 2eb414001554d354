/**
 * Where the built pieces are, relative to the main bundle (dist/main/index.js). The same
 * layout holds in the repo and inside app.asar, so no `app.isPackaged` branches.
 */
import { fileURLToPath } from 'node:url';

const bundled = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** The sandboxed preload: one CommonJS file that requires only `electron`. */
export const PRELOAD_PATH = bundled('../preload/index.cjs');
/** The built renderer (vite build), served as app://oncall/. */
export const RENDERER_DIR = bundled('../renderer/');
/** Tray images (resources/tray) and the app icon (resources/icon.png). */
export const TRAY_ICONS_DIR = bundled('../../resources/tray/');
export const APP_ICON_PATH = bundled('../../resources/icon.png');
