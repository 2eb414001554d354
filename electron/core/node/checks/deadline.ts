import type { CheckRunContext } from '../../common/checks/check-type.ts';

/** A run's deadline: the check's own time limit combined with the engine's signal. */
export interface RunDeadline {
  /** Aborts at the time limit or when the engine aborts the run, whichever comes first. */
  readonly signal: AbortSignal;
  /** Stops the timer and the listener on the engine's signal; call it once the run is over. */
  release(): void;
}

/**
 * Means the same as `AbortSignal.any([context.signal, AbortSignal.timeout(timeoutMs)])`,
 * built by hand because that pair was measured at ~9.6 µs per run against ~0.9 µs here
 * (Node 22), and because AbortSignal.timeout cannot be cancelled: its timer and the
 * combined signal stay alive until the limit passes, long after a quick answer.
 *
 * The check types report every abort as a timeout: the engine ignores the outcome of a
 * run it discarded, and reading an engine deadline as anything milder would hide an outage.
 */
export function startDeadline(context: CheckRunContext, timeoutMs: number): RunDeadline {
  const controller = new AbortController();
  const engine = context.signal;
  const abort = (): void => controller.abort();
  const timer = setTimeout(abort, timeoutMs);
  if (engine.aborted) controller.abort();
  else engine.addEventListener('abort', abort, { once: true });
  return {
    signal: controller.signal,
    release: () => {
      clearTimeout(timer);
      engine.removeEventListener('abort', abort);
    },
  };
}

/**
 * Calls `onAbort` once when the signal aborts (soon after this returns, if it already
 * has) and returns the function that stops listening.
 */
export function whenAborted(signal: AbortSignal, onAbort: () => void): () => void {
  if (signal.aborted) {
    queueMicrotask(onAbort);
    return () => {};
  }
  signal.addEventListener('abort', onAbort, { once: true });
  return () => signal.removeEventListener('abort', onAbort);
}
