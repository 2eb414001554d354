import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serve the built renderer. A path that is not a file gets index.html (the app routes by
 * hash, but a bookmarked path should still open the app); a path that escapes the
 * folder is refused before the file system is asked.
 */
export function serveStatic(rootDir: string, urlPath: string, response: ServerResponse, headers: Record<string, string>): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return plain(response, 400, 'Bad path.', headers);
  }
  const candidate = normalize(join(rootDir, decoded));
  if (candidate !== rootDir && !candidate.startsWith(rootDir.endsWith(sep) ? rootDir : rootDir + sep)) {
    return plain(response, 404, 'Not found.', headers);
  }
  const isFile = existsSync(candidate) && statSync(candidate).isFile();
  const file = isFile ? candidate : join(rootDir, 'index.html');
  if (!existsSync(file)) {
    return plain(response, 503, 'The window is not built yet: run `npm run build:renderer`, then reload.', headers);
  }
  const type = MIME_TYPES[extname(file)] ?? 'application/octet-stream';
  // index.html names the hashed bundles, so it must never be cached; the bundles can be.
  const cache = file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable';
  response.writeHead(200, { ...headers, 'Content-Type': type, 'Cache-Control': cache });
  createReadStream(file).pipe(response);
}

export function plain(response: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(`${text}\n`);
}
