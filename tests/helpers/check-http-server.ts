import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { KeyPair } from './check-certs.ts';

/** What the hostile server saw, for assertions about what the check sent. */
export interface ServerLog {
  /** Every request, in order; `url` is the path with its query. */
  readonly requests: { url: string; path: string; method: string; headers: IncomingMessage['headers'] }[];
  /** Bytes of the gzip bomb the server managed to hand to the kernel before the client left. */
  bombBytesWritten: number;
}

/** A running test server: its base URL, its log, and how to stop it. */
export interface CheckServer {
  readonly url: string;
  readonly port: number;
  readonly log: ServerLog;
  close(): Promise<void>;
}

/**
 * 2 GiB of zeros in ~2 MiB: one gzip member of 1 MiB of zeros (1 KiB compressed),
 * repeated; gunzip reads members back to back. Sent without a length, as a server that
 * compresses on the fly would, so only decoding can tell how big it is.
 */
export const BOMB_INFLATED_BYTES = 2048 * 1024 * 1024;
let bomb: Buffer | undefined;
export function gzipBomb(): Buffer {
  bomb ??= Buffer.concat(new Array<Buffer>(BOMB_INFLATED_BYTES / (1024 * 1024)).fill(gzipSync(Buffer.alloc(1024 * 1024), { level: 9 })));
  return bomb;
}

const JSON_BODY = JSON.stringify({ status: 'ok', checks: { db: 'ok', queue: 'ok' }, version: '4.2.0' });

/**
 * Routes, each one a way a service can answer (or not):
 * /ok, /text, /status/NNN, /json-gzip, /endless, /bomb, /huge-length, /drip, /silent,
 * /loop, /hops/N, /redirect?to=URL, /echo-auth, /echo.
 */
function handle(req: IncomingMessage, res: ServerResponse, log: ServerLog): void {
  const url = new URL(req.url ?? '/', 'http://x');
  log.requests.push({ url: req.url ?? '/', path: url.pathname, method: req.method ?? '', headers: req.headers });
  const status = /^\/status\/(\d{3})$/.exec(url.pathname);
  const hops = /^\/hops\/(\d+)$/.exec(url.pathname);
  if (status) {
    res.writeHead(Number(status[1])).end('status page');
  } else if (hops) {
    const left = Number(hops[1]);
    if (left === 0) res.end('arrived');
    else res.writeHead(302, { location: `/hops/${left - 1}` }).end();
  } else {
    switch (url.pathname) {
      case '/ok':
        return void res.end('ok');
      case '/text':
        return void res.writeHead(200, { 'content-type': 'text/plain' }).end('service: healthy; database: ok; queue depth 12');
      case '/json-gzip':
        return void res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync(JSON_BODY));
      case '/endless':
        return endless(res);
      case '/bomb': {
        const payload = gzipBomb();
        res.writeHead(200, { 'content-encoding': 'gzip' });
        res.on('close', () => (log.bombBytesWritten = res.socket?.bytesWritten ?? req.socket.bytesWritten));
        return void res.end(payload);
      }
      case '/huge-length':
        // Declares 5 MiB and sends a little: the check need not read a byte to refuse it.
        res.writeHead(200, { 'content-length': 5 * 1024 * 1024 });
        return void res.write('x');
      case '/drip':
        return drip(res);
      case '/silent':
        return;
      case '/loop':
        return void res.writeHead(302, { location: '/loop' }).end();
      case '/redirect':
        return void res.writeHead(302, { location: url.searchParams.get('to') ?? '/' }).end();
      case '/echo-auth':
        return void res.end(`you sent: ${req.headers.authorization ?? 'nothing'}`);
      case '/echo': {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => res.end(`${req.method} ${body}`));
        return;
      }
      default:
        res.writeHead(404).end('not found');
    }
  }
}

/** Streams zeros for as long as the client reads. */
function endless(res: ServerResponse): void {
  const chunk = Buffer.alloc(16 * 1024, 'a');
  res.writeHead(200, { 'content-type': 'text/plain' });
  const pump = (): void => {
    while (!res.destroyed && res.write(chunk));
  };
  res.on('drain', pump);
  pump();
}

/** One byte a second, of a body declared 1000 bytes long. */
function drip(res: ServerResponse): void {
  res.writeHead(200, { 'content-length': 1000 });
  res.write('x');
  const timer = setInterval(() => res.write('x'), 1000);
  res.on('close', () => clearInterval(timer));
}

/** An HTTP server on 127.0.0.1 (HTTPS when given a key pair) serving the routes above. */
export async function startCheckServer(tls?: KeyPair): Promise<CheckServer> {
  const log: ServerLog = { requests: [], bombBytesWritten: 0 };
  const listener = (req: IncomingMessage, res: ServerResponse): void => handle(req, res, log);
  const server: Server = tls ? createHttpsServer({ key: tls.key, cert: tls.cert }, listener) : createHttpServer(listener);
  // A client that rejects the certificate makes the TLS server report it; that is the point here.
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that was just free: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
