/**
 * The window's own origin, `app://oncall`. Kept free of `electron` imports so the checks
 * run under plain Node in unit tests.
 *
 * Node's URL gives non-special schemes the opaque origin "null", so origins are compared
 * by scheme and host rather than by `URL.origin`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'oncall';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** Parse `raw` as a URL, or null when it is not one. */
export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** True only for URLs served by our own `app://oncall` handler (any path, no credentials, no port). */
export function isAppUrl(raw: string): boolean {
  const url = parseUrl(raw);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Whether an IPC message comes from our own page: a live top-level frame showing
 * app://oncall. Subframes and any other page (should one ever load) are not trusted.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}
