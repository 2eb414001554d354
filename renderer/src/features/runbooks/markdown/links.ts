/**
 * Where a runbook's link or image may lead. Runbooks are imported from repositories
 * anyone could have written to, so a link is treated as untrusted input: only web, mail
 * and phone links leave the app (the main process checks them again before opening),
 * relative links open runbooks the core resolved at import, and everything else —
 * `javascript:`, `data:`, `file:`, protocol-relative `//host` — is shown as text.
 */
import { slugify } from './prepare.ts';

export type LinkTarget =
  | { readonly kind: 'external'; readonly href: string }
  | { readonly kind: 'runbook'; readonly id: number }
  | { readonly kind: 'anchor'; readonly id: string }
  | { readonly kind: 'missing'; readonly reason: string }
  | { readonly kind: 'refused'; readonly reason: string };

export type ImageTarget =
  | { readonly kind: 'image'; readonly src: string }
  | { readonly kind: 'remote'; readonly href: string }
  | { readonly kind: 'missing'; readonly reason: string };

const EXTERNAL = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The prefix every heading id gets, so a runbook's headings cannot collide with the app's own ids. */
export const HEADING_ID_PREFIX = 'md-';

function externalHref(url: string): string | null {
  const parsed = URL.parse(url);
  if (!parsed || !EXTERNAL.has(parsed.protocol)) return null;
  if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '')) return null;
  return parsed.href;
}

/** The map keys a relative target may be stored under: as written, decoded, without its #fragment. */
function keysFor(url: string): string[] {
  const keys = [url];
  try {
    keys.push(decodeURI(url));
  } catch {
    // A malformed escape: the target as written is all there is.
  }
  for (const key of [...keys]) {
    const hash = key.indexOf('#');
    if (hash > 0) keys.push(key.slice(0, hash));
  }
  return keys;
}

function lookUp<T>(map: Readonly<Record<string, T>>, url: string): T | undefined {
  for (const key of keysFor(url)) {
    if (Object.hasOwn(map, key)) return map[key];
  }
  return undefined;
}

export function classifyLink(raw: string, links: Readonly<Record<string, number | null>>): LinkTarget {
  const url = raw.trim();
  if (url === '') return { kind: 'refused', reason: 'empty link' };
  if (url.startsWith('#')) {
    let fragment = url.slice(1);
    try {
      fragment = decodeURIComponent(fragment);
    } catch {
      // Keep the fragment as written.
    }
    return { kind: 'anchor', id: HEADING_ID_PREFIX + slugify(fragment) };
  }
  if (url.startsWith('//') || url.startsWith('\\\\')) return { kind: 'refused', reason: 'links without a scheme to another host are not opened' };
  if (SCHEME.test(url)) {
    const href = externalHref(url);
    return href ? { kind: 'external', href } : { kind: 'refused', reason: 'only http, https, mailto and tel links are opened' };
  }
  const id = lookUp(links, url);
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) return { kind: 'runbook', id };
  return { kind: 'missing', reason: id === null ? 'the linked runbook is not imported' : 'not a runbook this app knows' };
}

export function classifyImage(raw: string, images: Readonly<Record<string, string | null>>): ImageTarget {
  const url = raw.trim();
  if (SCHEME.test(url) || url.startsWith('//')) {
    const href = externalHref(url);
    // Remote images are not loaded (offline, and the CSP forbids it): a link stands in.
    if (href && /^https?:/.test(href)) return { kind: 'remote', href };
    return { kind: 'missing', reason: 'image not shown' };
  }
  const src = lookUp(images, url);
  // Only data: images the core made at import; a data: URL written in the Markdown is refused above.
  if (typeof src === 'string' && /^data:image\/[a-z0-9.+-]+[;,]/i.test(src)) return { kind: 'image', src };
  return { kind: 'missing', reason: 'missing image' };
}
