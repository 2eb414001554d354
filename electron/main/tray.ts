/**
 * The tray icon: how the on-call engineer sees the state of things without opening the
 * window. Its icon and tooltip follow `setTrayStatus`, which the checks and alerts
 * call; its menu opens the window or quits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Menu, Tray, nativeImage, type NativeImage } from 'electron';

/** What the tray can say, worst first after `ok`. `offline`: no network; `snoozed`: alerts paused. */
export type TrayStatus = 'ok' | 'warning' | 'critical' | 'offline' | 'snoozed';

const LABELS: Readonly<Record<TrayStatus, string>> = {
  ok: 'All clear',
  warning: 'Warning',
  critical: 'Critical',
  offline: 'Offline',
  snoozed: 'Alerts snoozed',
};

export interface TrayOptions {
  /** resources/tray: `<status>.png` (16 px) and `<status>@2x.png` (32 px) for each status. */
  readonly iconsDir: string;
  readonly onOpen: () => void;
  readonly onQuit: () => void;
}

let tray: Tray | null = null;
let options: TrayOptions | null = null;
let status: TrayStatus = 'ok';
let summary = 'No checks yet';
const icons = new Map<TrayStatus, NativeImage>();

/** One image with a 1x and a 2x representation, read as bytes so it also works inside app.asar. */
function loadIcon(iconsDir: string, name: TrayStatus): NativeImage {
  let image = icons.get(name);
  if (!image) {
    image = nativeImage.createFromBuffer(readFileSync(join(iconsDir, `${name}.png`)), { scaleFactor: 1 });
    image.addRepresentation({ scaleFactor: 2, buffer: readFileSync(join(iconsDir, `${name}@2x.png`)) });
    icons.set(name, image);
  }
  return image;
}

function render(): void {
  if (!tray || !options) return;
  const { onOpen, onQuit } = options;
  const line = `${LABELS[status]}: ${summary}`;
  tray.setImage(loadIcon(options.iconsDir, status));
  tray.setToolTip(`On-Call Companion — ${line}`);
  // Many Linux desktops show no tooltips, so the status is also the menu's first line.
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: line, enabled: false },
      { type: 'separator' },
      { label: 'Open On-Call Companion', click: onOpen },
      { label: 'Quit', click: onQuit },
    ]),
  );
}

/** Show the tray icon (once; later calls are ignored). Call after `ready`. */
export function createTray(trayOptions: TrayOptions): void {
  if (tray) return;
  options = trayOptions;
  tray = new Tray(loadIcon(trayOptions.iconsDir, status));
  // Windows and macOS report a left click; Linux desktops open the menu instead.
  tray.on('click', trayOptions.onOpen);
  render();
}

/**
 * Change the tray's icon and tooltip. Safe to call before the tray exists: the latest
 * status is shown when it appears.
 */
export function setTrayStatus(next: TrayStatus, nextSummary: string): void {
  status = next;
  summary = nextSummary.trim() || LABELS[next];
  render();
}

/** Remove the icon (before quitting, so no stale icon lingers on Windows). */
export function destroyTray(): void {
  tray?.destroy();
  tray = null;
}
