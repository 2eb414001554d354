/**
 * The tray icon: how the on-call engineer sees the state of things without opening the
 * window. It renders a TrayModel (tray-model.ts, built from the alerts overview); menu
 * items hand their command back to main, which carries it out through the core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import type { TrayState } from '../shared/contract.ts';
import { APP_NAME, type TrayCommand, type TrayModel } from './tray-model.ts';

export interface TrayOptions {
  /** resources/tray: `<state>.png` (16 px) and `<state>@2x.png` (32 px) for each state. */
  readonly iconsDir: string;
  readonly onCommand: (command: TrayCommand) => void;
}

let tray: Tray | null = null;
let options: TrayOptions | null = null;
let model: TrayModel = {
  status: 'ok',
  tooltip: `${APP_NAME} — starting`,
  menu: [
    { type: 'item', label: 'Open alerts', enabled: true, command: 'open-alerts' },
    { type: 'item', label: 'Quit', enabled: true, command: 'quit' },
  ],
};
const icons = new Map<TrayState, NativeImage>();

/** One image with a 1x and a 2x representation, read as bytes so it also works inside app.asar. */
function loadIcon(iconsDir: string, name: TrayState): NativeImage {
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
  const { onCommand } = options;
  tray.setImage(loadIcon(options.iconsDir, model.status));
  tray.setToolTip(model.tooltip);
  const template = model.menu.map((entry): MenuItemConstructorOptions => {
    if (entry.type === 'separator') return { type: 'separator' };
    const { command } = entry;
    return { label: entry.label, enabled: entry.enabled, ...(command ? { click: () => onCommand(command) } : {}) };
  });
  tray.setContextMenu(Menu.buildFromTemplate(template));
}

/** Show the tray icon (once; later calls are ignored). Call after `ready`. */
export function createTray(trayOptions: TrayOptions): void {
  if (tray) return;
  options = trayOptions;
  tray = new Tray(loadIcon(trayOptions.iconsDir, model.status));
  // Windows and macOS report a left click; Linux desktops open the menu instead.
  tray.on('click', () => trayOptions.onCommand('open-alerts'));
  render();
}

/** Show a new model. Safe to call before the tray exists: the latest model is shown when it appears. */
export function setTrayModel(next: TrayModel): void {
  model = next;
  render();
}

/** Remove the icon (before quitting, so no stale icon lingers on Windows). */
export function destroyTray(): void {
  tray?.destroy();
  tray = null;
}
