import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/index.ts';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.ts';
import { createGuard, type Guard } from './request-guard.ts';
import { plain, serveStatic } from './static-files.ts';

/** Requests to the core are small JSON objects; anything bigger is a mistake or an attack. */
const MAX_BODY_BYTES = 1024 * 1024;
/** Proxies and browsers drop idle streams; a comment line keeps the event stream open. */
const KEEP_ALIVE_MS = 25_000;
const LOOPBACK = '127.0.0.1';

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The page URL carries the token: never send it on in a Referer.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface BrowserModeServer {
  /** The one URL that opens the app, token included. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  readonly core: Core;
  readonly rendererDir: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Tests may fix it; otherwise 32 random bytes per launch. */
  readonly token?: string;
}

/**
 * Serve the renderer and the contract on 127.0.0.1 only. Rejects with an error whose
 * `code` is EADDRINUSE when the port is taken, for the caller to explain.
 */
export async function startServer(options: ServeOptions): Promise<BrowserModeServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const streams = new Set<ServerResponse>();
  const server = createServer();
  await listen(server, options.port);
  // The guard needs the real port (0 means "any"), so requests are routed only from here on.
  const { port } = server.address() as AddressInfo;
  const guard = createGuard(port, token);
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    route(options, guard, streams, request, response).catch((error: unknown) => {
      if (!response.headersSent) plain(response, 500, `Internal error: ${(error as Error).message}`, SECURITY_HEADERS);
      else response.destroy();
    });
  });

  const keepAlive = setInterval(() => {
    for (const stream of streams) stream.write(': keep-alive\n\n');
  }, KEEP_ALIVE_MS).unref();
  const unsubscribe = options.core.onEvent((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  return {
    url: `http://${LOOPBACK}:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(keepAlive);
        unsubscribe();
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function route(
  options: ServeOptions,
  guard: Guard,
  streams: Set<ServerResponse>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const foreign = guard.foreignRequest(request);
  if (foreign) return plain(response, 403, `Forbidden: ${foreign}.`, SECURITY_HEADERS);

  const path = new URL(request.url ?? '/', `http://${LOOPBACK}`).pathname;
  if (!path.startsWith('/api/')) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'Method not allowed.', SECURITY_HEADERS);
    return serveStatic(options.rendererDir, path, response, SECURITY_HEADERS);
  }

  if (!guard.hasToken(request)) {
    return json(response, 401, { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token: open the URL browser mode printed.' } });
  }
  if (path === '/api/events' && request.method === 'GET') return openEventStream(streams, response);
  if (request.method !== 'POST') return plain(response, 405, 'Method not allowed: channels are called with POST.', SECURITY_HEADERS);

  const channel = path.slice('/api/'.length);
  const body = await readBody(request);
  if ('status' in body) return json(response, body.status, { ok: false, error: { code: 'bad_request', message: body.error } });
  const result = await options.core.invoke(channel, body.value);
  const status = !result.ok && result.error.code === 'unknown_channel' ? 404 : 200;
  return json(response, status, result);
}

function openEventStream(streams: Set<ServerResponse>, response: ServerResponse): void {
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  streams.add(response);
  response.on('close', () => streams.delete(response));
}

type Body = { value: unknown; error?: undefined } | { error: string; status: number };

async function readBody(request: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return { error: `The request body is larger than ${MAX_BODY_BYTES} bytes.`, status: 413 };
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return { value: undefined };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `The request body is not valid JSON: ${(error as Error).message}`, status: 400 };
  }
}

function json(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(value));
}
