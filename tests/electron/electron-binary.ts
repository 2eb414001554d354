import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ELECTRON_PACKAGE = join(ROOT, 'node_modules', 'electron');

/** Where the electron package puts its executable inside dist/ (as its index.js does). */
const PLATFORM_PATHS: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'electron',
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

/**
 * The Electron executable `npm start` would run, without triggering the download that
 * `require('electron')` starts when it is missing: ELECTRON_OVERRIDE_DIST_PATH, or the
 * binary `npx install-electron` put in node_modules/electron/dist. Null when neither exists.
 */
export function electronBinary(): string | null {
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : PLATFORM_PATHS[process.platform];
  if (!relative) return null;
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const candidate = override ? join(override, relative) : join(ELECTRON_PACKAGE, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

/** Why the Electron tests cannot run here, or null when they can. */
export function whyNoElectron(): string | null {
  if (!electronBinary()) {
    return 'Electron binary not present on this machine (no network to download it); run `npx install-electron` or set ELECTRON_OVERRIDE_DIST_PATH';
  }
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return 'no display for Electron (DISPLAY is unset); run the tests under `xvfb-run -a`';
  }
  return null;
}

/** The built app the tests launch; `npm run build` makes it. */
export const APP_DIR = ROOT;
export const BUILT_FILES = ['dist/main/index.js', 'dist/preload/index.cjs', 'dist/renderer/index.html'].map((file) => join(ROOT, file));
