import { Agent as HttpAgent, request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { classifyError, type Failure, type Phase } from './classify-error.ts';
import { whenAborted } from './deadline.ts';
import { readBody, type BodyLimits } from './http-body.ts';
import { watchPeerCertificate, type LeafCertificate } from './peer-certificate.ts';

/**
 * No connection reuse, on purpose. A check must see what a new client sees: a pooled
 * socket can keep answering after the listener stopped accepting connections, after DNS
 * moved or a certificate changed, and a stale pooled socket fails with a reset that is
 * the pool's fault, not the service's. Reuse would save little anyway: checks run
 * seconds to minutes apart, past most servers' keep-alive timeouts. TLS sessions are not
 * resumed either (maxCachedSessions 0), so every https check does a full handshake and
 * verifies the certificate the server has now. One shared agent per scheme, rather than
 * `agent: false` (a new Agent per request), keeps per-check allocations down.
 */
const HTTP_AGENT = new HttpAgent({ keepAlive: false });
const HTTPS_AGENT = new HttpsAgent({ keepAlive: false, maxCachedSessions: 0 });

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
    let stopBody: (() => void) | undefined;
    let settled = false;

    const req = (secure ? httpsRequest : httpRequest)({
      host,
      port: target.port,
      path: url.pathname + url.search,
      method: request.method,
      headers: request.headers,
      agent: secure ? HTTPS_AGENT : HTTP_AGENT,
      lookup: env.lookup,
    });
    const onTimeout = (): void => settle({ kind: 'timeout', phase, status, ip });
    const connectTimer = setTimeout(onTimeout, CONNECT_TIMEOUT_MS);
    const stopListening = whenAborted(env.signal, onTimeout);

    function settle(result: AttemptResult): void {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      stopListening();
      stopBody?.();
      req.destroy();
      resolve(result);
    }

    function connected(): void {
      clearTimeout(connectTimer);
      phase = 'request';
    }

    req.on('socket', (socket) => {
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
    });

    req.on('response', (res) => {
      const code = res.statusCode ?? 0;
      status = code;
      const location = res.headers.location;
      if (request.followRedirects && REDIRECT_STATUSES.has(code) && location) {
        settle({ kind: 'redirect', status: code, location, ip });
        return;
      }
      phase = 'body';
      if (request.method === 'HEAD' || code === 204 || code === 304) {
        settle({ kind: 'response', status: code, body: '', ip });
        return;
      }
      stopBody = readBody(res, (result) => {
        if (result.kind === 'text') settle({ kind: 'response', status: code, body: result.text, ip });
        else if (result.kind === 'failure') settle({ kind: 'failure', failure: result.failure, status: code, ip });
        else settle({ kind: 'failure', failure: classifyError(result.error, 'body', target), status: code, ip });
      }, request.bodyLimits);
    });

    req.on('error', (error) => {
      const certificate = leaf && { leaf: leaf(), now: env.now };
      settle({ kind: 'failure', failure: classifyError(error, phase, target, certificate), status, ip });
    });

    req.end(request.body);
  });
}
