import type { LookupFunction } from 'node:net';
import type { CheckRunContext } from '../../electron/core/common/checks/check-type.ts';

/** A run context on the real clocks, with the given secrets and (optionally) the engine's signal. */
export function checkContext(options: { secrets?: Record<string, string>; signal?: AbortSignal } = {}): CheckRunContext {
  return {
    signal: options.signal ?? new AbortController().signal,
    now: () => Date.now(),
    monotonic: () => performance.now(),
    secret: (name) => options.secrets?.[name],
  };
}

/**
 * Name resolution without the network: names in `table` resolve to their address,
 * `hang.test` never answers, anything else is ENOTFOUND, like a real NXDOMAIN.
 * Answers asynchronously, as the system resolver does.
 */
export function fakeLookup(table: Record<string, string> = {}): LookupFunction {
  return (hostname, options, callback) => {
    if (hostname === 'hang.test') return;
    setImmediate(() => {
      const address = table[hostname];
      if (address === undefined) {
        const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
        callback(error, '', 4);
      } else if (options.all) {
        callback(null, [{ address, family: address.includes(':') ? 6 : 4 }]);
      } else {
        callback(null, address, address.includes(':') ? 6 : 4);
      }
    });
  };
}

/** Runs `start` and reports how long its promise took to settle (wall-clock ms). */
export async function timed<T>(start: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await start();
  return { result, ms: performance.now() - started };
}
