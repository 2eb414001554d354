import type { ErrorClass } from '../../common/checks/outcome.ts';
import { clip, formatDuration } from './format.ts';
import { describeExpiry, isoDay, type LeafCertificate } from './peer-certificate.ts';

/** How far a connection got: decides what a timeout or a reset means. */
export type Phase = 'resolve' | 'connect' | 'tls' | 'request' | 'body';

/** Why a run found no healthy answer, as the outcome will carry it. */
export interface Failure {
  readonly errorClass: ErrorClass;
  readonly message: string;
}

/** Where the check was going, for messages. */
export interface Target {
  readonly host: string;
  readonly port: number;
}

/** The certificate read during a failed handshake, and the wall-clock time to judge it by. */
export interface SeenCertificate {
  readonly leaf: LeafCertificate | undefined;
  readonly now: number;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL', 'EREFUSED']);

/** Node's error codes for certificate verification failures (OpenSSL's X509_V_ERR names). */
const CERTIFICATE_CODES = /^(?:CERT_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_|HOSTNAME_MISMATCH|INVALID_CA|PATH_LENGTH|ERR_TLS_|ERR_SSL_)/;

/**
 * Turns whatever Node reported into an error class and one line. The code decides first
 * (ECONNREFUSED is a refused connection in any phase); the phase decides the rest (a
 * reset during the handshake is a TLS failure, after it a dropped connection).
 */
export function classifyError(error: unknown, phase: Phase, target: Target, certificate?: SeenCertificate): Failure {
  const code = errorCode(error);
  const where = `${target.host}:${target.port}`;
  if (DNS_CODES.has(code)) return dnsFailure(code, target.host);
  switch (code) {
    case 'ECONNREFUSED':
      return { errorClass: 'connect', message: `Connection refused by ${where}` };
    case 'EHOSTUNREACH':
      return { errorClass: 'connect', message: `Host unreachable: ${where}` };
    case 'ENETUNREACH':
    case 'ENETDOWN':
      return { errorClass: 'connect', message: `Network unreachable for ${where} (offline?)` };
    case 'ETIMEDOUT':
      return { errorClass: 'timeout', message: `Timed out connecting to ${where} (the system gave up)` };
  }
  if (phase === 'resolve') return dnsFailure(code, target.host);
  if (phase === 'tls' || CERTIFICATE_CODES.test(code)) return tlsFailure(error, code, certificate);
  if (code.startsWith('HPE_')) {
    const reason = clip(messageOf(error).replace(/^Parse Error: /, ''));
    return phase === 'body'
      ? { errorClass: 'bad_body', message: `Malformed response body from ${where}: ${reason}` }
      : { errorClass: 'http_status', message: `Not a valid HTTP response from ${where}: ${reason}` };
  }
  const when = phase === 'body' ? 'before the body was complete' : phase === 'request' ? 'before answering' : 'while connecting';
  const what = code === 'ECONNRESET' || code === 'EPIPE' || code === '' ? 'closed the connection' : `failed (${code})`;
  return { errorClass: 'connect', message: `${where} ${what} ${when}` };
}

/**
 * "Timed out after 10 s waiting for the response body". `elapsedMs` is capped at the
 * check's own limit: a timer fires a millisecond or two late, and "after 10 s" is what
 * the user configured and will recognise, where "after 10.002 s" is noise.
 */
export function timeoutFailure(elapsedMs: number, limitMs: number, phase: Phase, target: Target): Failure {
  const doing: Record<Phase, string> = {
    resolve: `resolving ${target.host}`,
    connect: `connecting to ${target.host}:${target.port}`,
    tls: `in the TLS handshake with ${target.host}:${target.port}`,
    request: 'waiting for the response',
    body: 'waiting for the response body',
  };
  return { errorClass: 'timeout', message: `Timed out after ${formatDuration(Math.min(elapsedMs, limitMs))} ${doing[phase]}` };
}

function dnsFailure(code: string, host: string): Failure {
  if (code === 'ENOTFOUND' || code === 'EAI_NONAME' || code === 'EAI_NODATA' || code === 'ENODATA') {
    return { errorClass: 'dns', message: `DNS: no such host ${host}` };
  }
  const reason = code === 'EAI_AGAIN' ? 'the resolver did not answer; offline?' : code || 'lookup failed';
  return { errorClass: 'dns', message: `DNS: could not resolve ${host} (${reason})` };
}

/** Extra fields Node puts on TLS errors: OpenSSL's short reason, the name checked, the certificate. */
interface TlsErrorDetail {
  readonly reason?: unknown;
  readonly host?: unknown;
  readonly cert?: { readonly subjectaltname?: unknown };
}

function tlsFailure(error: unknown, code: string, certificate: SeenCertificate | undefined): Failure {
  let reason = messageOf(error);
  const detail: TlsErrorDetail = error instanceof Error ? (error as Error & TlsErrorDetail) : {};
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' && typeof detail.host === 'string') {
    const names = typeof detail.cert?.subjectaltname === 'string' ? ` (it names ${detail.cert.subjectaltname})` : '';
    reason = `certificate is not valid for ${detail.host}${names}`;
  } else if (code.startsWith('ERR_SSL_') && typeof detail.reason === 'string') {
    // OpenSSL's own errors carry a short `reason` ("wrong version number") next to a long dump.
    reason = detail.reason;
  } else if (code === 'ECONNRESET') {
    reason = 'the server closed the connection during the handshake';
  }
  const leaf = certificate?.leaf;
  if (leaf && code === 'CERT_HAS_EXPIRED') reason += ` (${describeExpiry(leaf, certificate.now)})`;
  if (leaf && code === 'CERT_NOT_YET_VALID') reason += ` (valid from ${isoDay(leaf.validFrom)})`;
  return { errorClass: 'tls', message: `TLS: ${clip(reason, 200)}` };
}

function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return '';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
