import { afterEach } from 'vitest';
import { createCore, type Core } from '../../../electron/core/index.ts';
import type { EventName, EventPayloadOf } from '../../../electron/shared/contract.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

export const SAMPLE_MANUAL = new URL('../../../../shared/samples/ops-manual.md', import.meta.url).pathname;

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const open: Core[] = [];

afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

export interface TestCore {
  readonly core: Core;
  readonly dataDir: string;
  /** Invoke a channel and return its value, or throw with the error the core answered. */
  call<T>(channel: string, request: unknown): Promise<T>;
  /** Invoke a channel that should fail; returns its error. */
  refuse(channel: string, request: unknown): Promise<{ code: string; message: string }>;
  readonly events: Array<{ name: EventName; payload: unknown }>;
}

/** A real core on a real SQLite file in a temp folder (or `dataDir`, to reopen one). */
export async function startCore(options: { dataDir?: string; now?: () => number } = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? tempDir('oncall-runbooks-');
  const clock = options.now === undefined ? undefined : { now: options.now, monotonic: () => performance.now() };
  const core = await createCore({ dataDir, mode: 'browser', version: '0', logger: quiet, ...(clock ? { clock } : {}) });
  open.push(core);
  const events: TestCore['events'] = [];
  core.onEvent(<E extends EventName>(name: E, payload: EventPayloadOf<E>) => events.push({ name, payload }));
  return {
    core,
    dataDir,
    events,
    async call<T>(channel: string, request: unknown): Promise<T> {
      const result = await core.invoke(channel, request);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as T;
    },
    async refuse(channel: string, request: unknown) {
      const result = await core.invoke(channel, request);
      if (result.ok) throw new Error(`${channel} should have failed, answered ${JSON.stringify(result.value).slice(0, 300)}`);
      return result.error;
    },
  };
}

/** Close a core early (to reopen its data folder). */
export function closeCore(test: TestCore): void {
  test.core.close();
}
