/**
 * One measured phase in a process of its own: the engine (createCore: scheduler,
 * checks, storage) and the measuring code, nothing else. Started by checks-bench.ts
 * with the phase's options as JSON in argv[2]; sends its figures back over IPC.
 */
import { runPhase, type PhaseFigures, type PhaseOptions } from './bench-phase.ts';

/** What the phase process sends its parent. */
export type PhaseMessage = { readonly figures: PhaseFigures } | { readonly error: string };

const options = JSON.parse(process.argv[2] ?? '{}') as PhaseOptions;
try {
  const figures = await runPhase(options, (line) => console.error(`… ${line}`));
  process.send?.({ figures } satisfies PhaseMessage);
} catch (error) {
  process.send?.({ error: (error as Error).stack ?? String(error) } satisfies PhaseMessage);
}
process.disconnect?.();
