/**
 * Shared by the alerts end-to-end tests (inbox in Chromium, notifications to dunst):
 * a loopback service that can be switched between healthy and failing, and a direct
 * call to browser mode's API for setting up what the test is not about.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SwitchableTarget {
  readonly url: string;
  /** 'up': 200 "ok"; 'down': 500, as a broken service answers. */
  set(state: 'up' | 'down'): void;
  /** Stop listening: connections are refused, as when the service is not running at all. */
  stop(): Promise<void>;
  /** Listen again on the same port. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startSwitchableTarget(): Promise<SwitchableTarget> {
  let state: 'up' | 'down' = 'up';
  const server = createServer((_request, response) => {
    response.statusCode = state === 'up' ? 200 : 500;
    response.end(state === 'up' ? 'ok' : 'database unreachable');
  });
  const listen = (port: number) => new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  await listen(0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/health`,
    set: (next) => (state = next),
    stop,
    restart: () => listen(port),
    close: stop,
  };
}

/** POST /api/<channel> with the token from browser mode's URL; throws on a failed Result. */
export async function callCore<T>(appUrl: string, channel: string, request: unknown): Promise<T> {
  const url = new URL(appUrl);
  const token = url.searchParams.get('token') ?? '';
  const response = await fetch(`${url.origin}/api/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** The shortest interval the contract allows. */
export const FAST_INTERVAL_MS = 5_000;

/**
 * A check's own alert policy that fires on the first failing result and resolves on the
 * first good one, so a test need not sit out the defaults (3 failures over ≥ 60 s, 2 to
 * resolve): those are proven with a fake clock in tests/integration/alerts. The fleet's
 * 30 s grouping wait before a notification goes out is not a per-check setting and stays.
 */
export const FAST_ALERT = { failures: 1, forSeconds: 0, successes: 1 } as const;

export interface AlertThresholds {
  readonly failures?: number | null;
  readonly forSeconds?: number | null;
  readonly successes?: number | null;
}

/** An HTTP check that is critical unless the target answers 200, with the fast alert policy unless told otherwise. */
export function httpCheck(name: string, url: string, options: { runbook?: string | null; alert?: AlertThresholds } = {}) {
  const { runbook = null, alert = FAST_ALERT } = options;
  return { name, kind: 'http', config: { url }, intervalMs: FAST_INTERVAL_MS, critical: ['[STATUS] == 200'], runbook, alert };
}
