/**
 * Guards every web contents the app creates (the window, and anything a bug or a
 * hostile page might open) and the session they share. Each rule follows Electron's
 * security checklist: https://www.electronjs.org/docs/latest/tutorial/security
 */
import { shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-origin.ts';
import { externalUrlToOpen } from './external-url.ts';

/**
 * Attach the navigation and window-opening rules to one web contents; wired to
 * `web-contents-created` so no contents escapes them.
 */
export function hardenWebContents(contents: WebContents): void {
  // Checklist #12: the window never hosts a <webview> (webviewTag is off as well).
  contents.on('will-attach-webview', (event) => event.preventDefault());

  // Checklist #13: the page may move within app://oncall, never to the web. A denied
  // link is not opened externally: only an explicit window.open/target=_blank does that.
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });

  // Checklist #14 and #15: no new windows; https/mailto/tel links go to the OS, re-serialised.
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) {
      shell.openExternal(external).catch((error: unknown) => console.warn(`Could not open ${external}: ${(error as Error).message}`));
    }
    return { action: 'deny' };
  });
}

/**
 * Checklist #5: the window needs no camera, microphone, location, notifications (the
 * main process raises those natively) or any other permission, so every request and
 * every check is refused.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
