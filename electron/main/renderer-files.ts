/**
 * Which file of the built renderer answers an `app://oncall/...` request. Pure path
 * logic (the caller reads the file), kept free of `electron` imports so the traversal
 * guard is unit-tested under plain Node.
 */
import { statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, parseUrl } from './app-origin.ts';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export type RendererFileLookup =
  | { readonly status: 200; readonly path: string; readonly mimeType: string }
  | { readonly status: 400 | 404; readonly reason: string };

/** The MIME type for a file name; unknown extensions are served as opaque bytes. */
export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Map a request URL to a file under `rootDir`. Any other host is 404; a path that
 * would leave `rootDir` once decoded (`..%2f`, `%5c` on Windows, NUL bytes) is refused
 * before the file system is asked. A path that is not a file gets index.html, as in
 * browser mode: the window routes by hash, but a stale path should still open the app.
 */
export function lookupRendererFile(rootDir: string, requestUrl: string, fileExists: (path: string) => boolean = isFile): RendererFileLookup {
  const url = parseUrl(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return { status: 404, reason: 'not this app' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400, reason: 'malformed percent-encoding' };
  }
  if (decoded.includes('\0')) return { status: 400, reason: 'NUL byte in path' };
  const root = resolve(rootDir);
  const candidate = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  if (candidate !== root && !candidate.startsWith(root + sep)) return { status: 404, reason: 'outside the renderer folder' };
  const path = candidate !== root && fileExists(candidate) ? candidate : join(root, 'index.html');
  return { status: 200, path, mimeType: mimeTypeOf(path) };
}
