import type { PeerCertificate, TLSSocket } from 'node:tls';
import { plural } from './format.ts';

const DAY_MS = 86_400_000;

/** What the checks need from a server's leaf certificate. */
export interface LeafCertificate {
  /** notAfter, UTC ms. */
  readonly validTo: number;
  /** notBefore, UTC ms. */
  readonly validFrom: number;
  readonly subject: string;
  readonly issuer: string;
}

/**
 * Reads the server's leaf certificate when the handshake finishes, *before* Node
 * verifies it. Certificates are always verified here (rejectUnauthorized stays on), and
 * Node destroys a socket whose certificate fails before 'secureConnect', taking the
 * certificate with it; listening first on the socket's 'secure' event, which Node emits
 * just ahead of that verification, is what still lets a message say *how long ago* a
 * certificate expired, and the tls check report the days of a certificate it rejects.
 * The event is internal: should a Node version drop it, the getter returns undefined for
 * rejected certificates and that detail is lost, nothing else (tests/integration/checks
 * would show it). Nothing is sent on the connection before verification either way.
 */
export function watchPeerCertificate(socket: TLSSocket): () => LeafCertificate | undefined {
  let leaf: LeafCertificate | undefined;
  socket.prependOnceListener('secure', () => {
    leaf = toLeaf(socket.getPeerCertificate());
  });
  // While the socket is open (after 'secureConnect'), the certificate can be read directly.
  return () => leaf ?? toLeaf(socket.getPeerCertificate());
}

function toLeaf(cert: PeerCertificate | null | undefined): LeafCertificate | undefined {
  if (!cert?.valid_to) return undefined;
  const validTo = Date.parse(cert.valid_to);
  if (Number.isNaN(validTo)) return undefined;
  return { validTo, validFrom: Date.parse(cert.valid_from), subject: name(cert.subject), issuer: name(cert.issuer) };
}

function name(entity: PeerCertificate['subject'] | undefined): string {
  const value = entity?.CN ?? entity?.O ?? '';
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Whole days until notAfter, toward zero: 2.9 days left is 2, expired 3.5 days ago is -3. */
export function daysToExpiry(leaf: LeafCertificate, now: number): number {
  return Math.trunc((leaf.validTo - now) / DAY_MS) || 0;
}

/** "expires in 12 days", "expires in less than a day", "expired 3 days ago". */
export function describeExpiry(leaf: LeafCertificate, now: number): string {
  const days = daysToExpiry(leaf, now);
  if (leaf.validTo > now) return days === 0 ? 'expires in less than a day' : `expires in ${plural(days, 'day')}`;
  return days === 0 ? 'expired less than a day ago' : `expired ${plural(-days, 'day')} ago`;
}

/** "2026-11-19": the calendar day a person checks against, in UTC. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
