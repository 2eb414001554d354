/**
 * The window is served from `app://oncall/`, not file://: a real origin for the CSP and
 * the IPC sender check, and no file:// privileges for the page.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.ts';
import { APP_SCHEME } from './app-origin.ts';
import { lookupRendererFile } from './renderer-files.ts';

/**
 * Must run before `ready`. `standard` gives the scheme real origins and relative URLs,
 * `secure` makes it a secure context, `supportFetchAPI` lets the page fetch its own
 * assets. No `bypassCSP`, no `corsEnabled`: the page gets no more than a web page.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Headers on every answer: the CSP travels with the response, not in a meta tag the page could drop. */
function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

function text(status: number, body: string): Response {
  return new Response(`${body}\n`, { status, headers: headers('text/plain; charset=utf-8') });
}

/** Answer `app://oncall/...` from `rendererDir` (the built renderer). Call after `ready`. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed.');
    const found = lookupRendererFile(rendererDir, request.url);
    if (found.status !== 200) return text(found.status, 'Not found.');
    let body: Buffer;
    try {
      body = await readFile(found.path);
    } catch {
      return text(503, 'The window is not built yet: run `npm run build`, then start the app again.');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: headers(found.mimeType) });
  });
}
