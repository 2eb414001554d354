import type { OutgoingHttpHeaders } from 'node:http';
import { connect as netConnect, isIP, type LookupFunction, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { classifyError, type Failure, type Phase } from './classify-error.ts';
import { whenAborted } from './deadline.ts';
import { readBody, type BodyLimits, type BodySink } from './http-body.ts';
import { ResponseReader, type ResponseHead } from './http-response.ts';
import { watchPeerCertificate, type LeafCertificate } from './peer-certificate.ts';

/*
 * No connection reuse, on purpose. A check must see what a new client sees: a pooled
 * socket can keep answering after the listener stopped accepting connections, after DNS
 * moved or a certificate changed, and a stale pooled socket fails with a reset that is
 * the pool's fault, not the service's. Reuse would save little anyway: checks run
 * seconds to minutes apart, past most servers' keep-alive timeouts. TLS sessions are not
 * resumed either (no session is ever handed to tls.connect), so every https check does a
 * full handshake and verifies the certificate the server has now.
 *
 * So a run is one connection, one request written whole and one response read by
 * http-response.ts, with no agent and no streams in between (see there for why).
 */

/** Time allowed to get a usable connection (DNS, TCP, TLS handshake), within the run's deadline. */
export const CONNECT_TIMEOUT_MS = 5_000;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** One request of a run; redirects make a run several of these. */
export interface AttemptRequest {
  readonly url: URL;
  readonly method: string;
  readonly headers: OutgoingHttpHeaders;
  readonly body: string | undefined;
  /** When false a 3xx is an answer like any other, body and all. */
  readonly followRedirects: boolean;
  /** How much body to take; the http check's 64 KiB when absent. */
  readonly bodyLimits?: BodyLimits | undefined;
}

/** What the attempt needs from the run. */
export interface AttemptEnv {
  readonly signal: AbortSignal;
  readonly lookup: LookupFunction | undefined;
  /** Wall-clock UTC ms, to say how long ago a rejected certificate expired. */
  readonly now: number;
}

/** `status` is the HTTP status when a response had started, else null. */
export type AttemptResult =
  | { readonly kind: 'response'; readonly status: number; readonly body: string; readonly ip: string | null }
  | { readonly kind: 'redirect'; readonly status: number; readonly location: string; readonly ip: string | null }
  | { readonly kind: 'failure'; readonly failure: Failure; readonly status: number | null; readonly ip: string | null }
  | { readonly kind: 'timeout'; readonly phase: Phase; readonly status: number | null; readonly ip: string | null };

/**
 * Sends one request and reads its answer within the limits. Resolves for every result;
 * whatever is still open (socket, decoder, timers, listeners) is released before it does.
 */
export function attempt(request: AttemptRequest, env: AttemptEnv): Promise<AttemptResult> {
  const { url } = request;
  const secure = url.protocol === 'https:';
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const target = { host, port: url.port ? Number(url.port) : secure ? 443 : 80 };
  const firstPhase: Phase = isIP(host) ? 'connect' : 'resolve';
  if (env.signal.aborted) return Promise.resolve({ kind: 'timeout', phase: firstPhase, status: null, ip: null });
  return new Promise((resolve) => {
    let phase: Phase = firstPhase;
    let ip: string | null = null;
    let status: number | null = null;
    let leaf: (() => LeafCertificate | undefined) | undefined;
    let body: BodySink | undefined;
    let settled = false;

    const reader = new ResponseReader(request.method, {
      head: onHead,
      body: (chunk) => body?.data(chunk),
      end: () => body?.end(),
      error: (error) => settle({ kind: 'failure', failure: classifyError(error, phase, target), status, ip }),
    });

    const socket: Socket = secure
      ? // SNI names the host; an address is never sent as a server name.
        tlsConnect({ host, port: target.port, servername: isIP(host) ? undefined : host, lookup: env.lookup })
      : netConnect({ host, port: target.port, lookup: env.lookup });
    // As node:http's agent does: no Nagle delay on the handshake's or the request's last
    // small write, which would add a delayed ACK (up to 40 ms) to the measured response time.
    socket.setNoDelay(true);
    const onTimeout = (): void => settle({ kind: 'timeout', phase, status, ip });
    const connectTimer = setTimeout(onTimeout, CONNECT_TIMEOUT_MS);
    const stopListening = whenAborted(env.signal, onTimeout);

    function settle(result: AttemptResult): void {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      stopListening();
      body?.stop();
      reader.close();
      socket.destroy();
      resolve(result);
    }

    function connected(): void {
      clearTimeout(connectTimer);
      phase = 'request';
    }

    function onHead(head: ResponseHead): void {
      const code = head.status;
      status = code;
      const location = head.headers.get('location');
      if (request.followRedirects && REDIRECT_STATUSES.has(code) && location) {
        settle({ kind: 'redirect', status: code, location, ip });
        return;
      }
      phase = 'body';
      if (request.method === 'HEAD' || code === 204 || code === 304) {
        settle({ kind: 'response', status: code, body: '', ip });
        return;
      }
      body = readBody(head.headers, socket, (result) => {
        if (result.kind === 'text') settle({ kind: 'response', status: code, body: result.text, ip });
        else settle({ kind: 'failure', failure: result.failure, status: code, ip });
      }, request.bodyLimits);
    }

    if (phase === 'resolve') {
      socket.once('lookup', (error: Error | null) => {
        if (!error) phase = 'connect';
      });
    }
    socket.once('connect', () => {
      ip = socket.remoteAddress ?? null;
      if (secure) phase = 'tls';
      else connected();
    });
    if (secure) {
      leaf = watchPeerCertificate(socket as TLSSocket);
      socket.once('secureConnect', connected);
    }
    socket.on('data', (chunk: Buffer) => reader.push(chunk));
    // The connection is gone (the server closed it, or an error did): the end of a body
    // read until close, else too early. After settle the reader is closed and this is a no-op.
    socket.on('close', () => reader.finish());
    socket.on('error', (error) => {
      const certificate = leaf && { leaf: leaf(), now: env.now };
      settle({ kind: 'failure', failure: classifyError(error, phase, target, certificate), status, ip });
    });
    // Queued until the connection (and the TLS handshake) is up, then sent in one write.
    socket.write(requestBytes(request, target, secure));
  });
}

/** The request as it goes on the wire: head in Latin-1 (header values are checked to fit), body in UTF-8. */
function requestBytes(request: AttemptRequest, target: { host: string; port: number }, secure: boolean): Buffer {
  const { url, headers, body } = request;
  let head = `${request.method} ${url.pathname}${url.search} HTTP/1.1\r\n`;
  if (headers['host'] === undefined) {
    const name = isIP(target.host) === 6 ? `[${target.host}]` : target.host;
    head += `Host: ${target.port === (secure ? 443 : 80) ? name : `${name}:${target.port}`}\r\n`;
  }
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) head += `${name}: ${Array.isArray(value) ? value.join(', ') : value}\r\n`;
  }
  if (body !== undefined) head += `Content-Length: ${Buffer.byteLength(body)}\r\n`;
  head += 'Connection: close\r\n\r\n';
  return body === undefined ? Buffer.from(head, 'latin1') : Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(body, 'utf8')]);
}
