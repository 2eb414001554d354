import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Browser mode listens on loopback, but any web page the user visits can still send
 * requests to 127.0.0.1. Three checks keep those out: the Host header must name this
 * server (defeats DNS rebinding), a present Origin must be this server (defeats
 * cross-site requests), and API calls must carry the per-launch token.
 */
export interface Guard {
  /** 403 reason, or null when Host and Origin name this server. */
  foreignRequest(request: IncomingMessage): string | null;
  /** True when the request carries `Authorization: Bearer <token>`. */
  hasToken(request: IncomingMessage): boolean;
}

export function createGuard(port: number, token: string): Guard {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origins = new Set([...hosts].map((host) => `http://${host}`));
  const expected = Buffer.from(`Bearer ${token}`);
  return {
    foreignRequest(request) {
      const host = request.headers.host;
      if (!host || !hosts.has(host.toLowerCase())) return `Host header ${JSON.stringify(host ?? '')} is not this server`;
      const origin = request.headers.origin;
      if (origin !== undefined && !origins.has(origin.toLowerCase())) return `Origin ${JSON.stringify(origin)} is not this server`;
      return null;
    },
    hasToken(request) {
      const given = Buffer.from(request.headers.authorization ?? '');
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
