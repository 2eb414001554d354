/**
 * The only file that knows how the window reaches the core. In Electron the preload
 * exposes `window.oncall`; anywhere else this is browser mode, and the same contract runs
 * over loopback HTTP (`POST /api/<channel>`) with server-sent events on `GET /api/events`.
 * Everything else imports `api` and never learns which one it got.
 */
import type { Channel, EventName, OncallApi, RequestOf, ResponseOf, Result } from '../../electron/shared/contract.ts';
// Brings the `window.oncall` declaration along wherever this file is compiled (the tests
// compile it outside renderer/tsconfig.json).
import type {} from './env.d.ts';
import { createSseParser } from './lib/sse-parser.ts';

export const TOKEN_STORAGE_KEY = 'oncall.token';

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

export const MESSAGES = {
  unreachable: 'The core is not reachable (browser mode server stopped?). Start it again with `npm run serve` and open the address it prints.',
  unauthorized:
    'This window has no valid access token. Open the address that `npm run serve` printed (it ends in ?token=…); a restarted server prints a new one.',
  forbidden: 'The core refused this page: open it at the exact 127.0.0.1 address that `npm run serve` printed.',
} as const;

/** The parts of `window` the token handling touches, so tests can hand in fakes. */
export interface TokenEnvironment {
  readonly location: { readonly href: string };
  readonly history: Pick<History, 'replaceState' | 'state'>;
  readonly sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Browser mode opens as `/?token=…`. Keep the token for this tab only (sessionStorage,
 * so a reload works) and take it out of the address bar and history at once, keeping
 * the `#/section` hash. A token in the URL wins: a restarted server prints a new one.
 */
export function adoptToken(env: TokenEnvironment): string | null {
  const url = new URL(env.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null) {
    url.searchParams.delete('token');
    env.history.replaceState(env.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    if (fromUrl !== '') {
      try {
        env.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
      } catch {
        // Storage can be disabled; the token then lasts until the tab reloads.
      }
      return fromUrl;
    }
  }
  try {
    return env.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

export interface HttpApiOptions {
  readonly token: string | null;
  readonly fetch: typeof fetch;
  /** Waits between reconnection attempts; tests replace it to see the backoff. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

type Failure = Extract<Result<never>, { ok: false }>;

function failure(code: Failure['error']['code'], message: string): Failure {
  return { ok: false, error: { code, message } };
}

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  return body.ok === false && 'error' in body && typeof body.error === 'object' && body.error !== null;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** The contract over browser mode's HTTP server. Never throws: failures become Results. */
export function createHttpApi(options: HttpApiOptions): OncallApi {
  const { token, fetch: fetchFn } = options;
  const sleep = options.sleep ?? abortableSleep;
  const authorization: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const listeners = new Map<string, Set<(payload: never) => void>>();
  let stream: AbortController | null = null;

  async function call(channel: Channel, request: unknown): Promise<Result<unknown>> {
    let response: Response;
    try {
      response = await fetchFn(`/api/${channel}`, {
        method: 'POST',
        headers: { ...authorization, 'Content-Type': 'application/json' },
        body: JSON.stringify(request ?? {}),
        cache: 'no-store',
      });
    } catch {
      return failure('internal', MESSAGES.unreachable);
    }
    if (response.status === 401) return failure('unauthorized', MESSAGES.unauthorized);
    if (response.status === 403) return failure('internal', MESSAGES.forbidden);
    const body: unknown = await response.json().catch(() => undefined);
    // A 4xx with a failed Result (unknown channel, bad JSON) carries the core's own sentence.
    if (isResult(body) && (response.ok || !body.ok)) return body;
    return failure('internal', `The core answered HTTP ${response.status} to ${channel} without a usable result.`);
  }

  function deliver(event: string, data: string): void {
    const subscribers = listeners.get(event);
    if (!subscribers || subscribers.size === 0) return;
    let payload: never;
    try {
      payload = JSON.parse(data) as never;
    } catch {
      console.warn(`Ignored the ${event} event: its data is not JSON.`);
      return;
    }
    for (const listener of [...subscribers]) listener(payload);
  }

  async function readEvents(body: ReadableStream<Uint8Array>): Promise<void> {
    const parser = createSseParser((message) => deliver(message.event, message.data));
    const decoder = new TextDecoder();
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parser.push(decoder.decode(value, { stream: true }));
    }
  }

  /** One connection for every listener; reconnects with backoff until nobody listens. */
  async function runEventStream(signal: AbortSignal): Promise<void> {
    let delay = FIRST_RETRY_MS;
    while (!signal.aborted) {
      try {
        const response = await fetchFn('/api/events', {
          headers: { ...authorization, Accept: 'text/event-stream' },
          cache: 'no-store',
          signal,
        });
        if (response.ok && response.body) {
          delay = FIRST_RETRY_MS;
          await readEvents(response.body);
        }
      } catch {
        // Dropped or refused: the loop below waits and tries again.
      }
      if (signal.aborted) return;
      await sleep(delay, signal);
      delay = Math.min(delay * 2, MAX_RETRY_MS);
    }
  }

  return {
    invoke: <C extends Channel>(channel: C, request: RequestOf<C>) => call(channel, request) as Promise<Result<ResponseOf<C>>>,
    on(event, listener) {
      const name: EventName = event;
      let subscribers = listeners.get(name);
      if (!subscribers) listeners.set(name, (subscribers = new Set()));
      const entry = listener as (payload: never) => void;
      subscribers.add(entry);
      if (!stream) {
        stream = new AbortController();
        void runEventStream(stream.signal);
      }
      return () => {
        subscribers.delete(entry);
        const anyone = [...listeners.values()].some((set) => set.size > 0);
        if (!anyone && stream) {
          stream.abort();
          stream = null;
        }
      };
    },
  };
}

function chooseTransport(): OncallApi {
  if (window.oncall) return window.oncall;
  return createHttpApi({ token: adoptToken(window), fetch: window.fetch.bind(window) });
}

export const api: OncallApi = chooseTransport();
