/**
 * Which links the app hands to the operating system. A page can ask to open any URL;
 * only web pages, e-mail drafts and phone numbers leave the app, and only in the form
 * this module re-serialises after parsing, never the raw string. Plain http is allowed
 * because runbooks link to internal wikis and dashboards that have no TLS; the page opens
 * in the user's browser, never inside the app, so it gains nothing from our window.
 * Kept free of `electron` imports so it is unit-tested under plain Node.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#15-do-not-use-shellopenexternal-with-untrusted-content
 */
import { parseUrl } from './app-origin.ts';

/** Longer than any real link; a multi-kilobyte URL is an attack on the receiving program. */
const MAX_LENGTH = 2048;

/** mailto: parameters mail clients agree on; others (e.g. `attach=`) have leaked local files. */
const MAILTO_PARAMETERS = new Set(['to', 'cc', 'bcc', 'subject', 'body']);

const PHONE_NUMBER = /^\+?[0-9][0-9 ().-]*$/;

/**
 * The URL to pass to `shell.openExternal`, or null when `raw` must not leave the app.
 * http(s) needs a host and no user:password part (`https://bank.example@evil.example`
 * reads as one site and opens another); mailto must name addresses and carry only
 * the common header fields; tel must be a phone number, reduced to its digits.
 * Schemes are compared after parsing, so `HTTPS:` is https and `java\tscript:` is not.
 */
export function externalUrlToOpen(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_LENGTH) return null;
  const url = parseUrl(raw);
  if (!url) return null;
  switch (url.protocol) {
    case 'https:':
    case 'http:':
      return url.hostname !== '' && url.username === '' && url.password === '' ? url.href : null;
    case 'mailto:':
      return isSafeMailto(url) ? url.href : null;
    case 'tel:':
      return phoneLink(url);
    default:
      return null;
  }
}

function isSafeMailto(url: URL): boolean {
  if (url.pathname === '' || url.hash !== '') return false;
  let addresses: string;
  try {
    addresses = decodeURIComponent(url.pathname);
  } catch {
    return false;
  }
  // Addresses hold no spaces or control characters, escaped or not.
  if ([...addresses].some((char) => /\s/.test(char) || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return false;
  for (const name of url.searchParams.keys()) {
    if (!MAILTO_PARAMETERS.has(name.toLowerCase())) return false;
  }
  return true;
}

/** `tel:` with the digits (and a leading +) only: the separators people type carry nothing. */
function phoneLink(url: URL): string | null {
  if (url.search !== '' || url.hash !== '') return null;
  let number: string;
  try {
    number = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  return PHONE_NUMBER.test(number) ? `tel:${number.replace(/[ ().-]/g, '')}` : null;
}
