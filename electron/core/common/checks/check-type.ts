import type * as z from 'zod';
import type { CheckOutcome } from './outcome.ts';

/** What a run gets besides its config: a deadline and the injected clock. */
export interface CheckRunContext {
  /** Aborted at the check's deadline or when the scheduler discards the run (e.g. sleep). */
  readonly signal: AbortSignal;
  /** Wall-clock UTC ms, from the core's clock. */
  now(): number;
  /** Monotonic ms, for measuring latency. */
  monotonic(): number;
  /** Secret values by name (auth headers), from the secret store; never part of a config. */
  secret(name: string): string | undefined;
}

/**
 * One kind of check, in one file under electron/core/node/checks/. `kind` is written
 * once, here; the registry is a static array of these.
 */
export interface CheckType<Kind extends string = string, Config = unknown> {
  readonly kind: Kind;
  /** Validates a stored or submitted config; errors name the field. */
  readonly config: z.ZodType<Config>;
  /** One line for pickers: what this kind watches. */
  readonly summary: string;
  /** Run once. Returns an outcome for every result, down included. Never throws to mean "down". */
  run(config: Config, context: CheckRunContext): Promise<CheckOutcome>;
}
