/**
 * Binds the contract to IPC: every channel in CHANNELS is one `ipcMain.handle`, and
 * every core event is pushed to our windows. Nothing else in main touches ipcMain.
 */
import { ipcMain, type BrowserWindow } from 'electron';
import type { Core, Result } from '../core/index.ts';
import { CHANNELS } from '../shared/contract.ts';
import { isAppUrl, isTrustedSender } from './app-origin.ts';

/**
 * A foreign sender gets an answer, not a thrown error: the contract promises a Result
 * on every channel, and a rejection would carry the message of an Electron internal.
 * It never reaches the core.
 */
const FOREIGN_SENDER: Result<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'Only the On-Call Companion window may call the core.' },
};

/** Register one handler per contract channel; returns the function that removes them. */
export function bindContract(core: Core): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, request: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        console.warn(`Refused ${channel} from ${event.senderFrame?.url ?? 'a frame that is gone'}.`);
        return FOREIGN_SENDER;
      }
      // The request is untrusted: core.invoke validates it against the channel's schema.
      return core.invoke(channel, request);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}

/**
 * Push every core event to the windows that still show our page (a window that was
 * somehow navigated elsewhere gets nothing). Returns the function that stops it.
 */
export function forwardEvents(core: Core, windows: () => readonly BrowserWindow[]): () => void {
  return core.onEvent((name, payload) => {
    for (const window of windows()) {
      if (!window.isDestroyed() && isAppUrl(window.webContents.getURL())) window.webContents.send(name, payload);
    }
  });
}
