import { createCore, type Core, type DesktopNotification } from '../../../electron/core/index.ts';
import type { ChecklistRun } from '../../../electron/shared/contract.ts';
import { FakeClock } from '../../helpers/fake-clock.ts';
import { FakeTimers } from '../../helpers/fake-timers.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

/** A core on a real SQLite file with fake time and a notification centre that only records. */
export interface Harness {
  readonly core: Core;
  readonly clock: FakeClock;
  readonly timers: FakeTimers;
  readonly dataDir: string;
  readonly shown: DesktopNotification[];
  readonly pushed: ChecklistRun[][];
  call<T>(channel: string, request: unknown): Promise<T>;
}

const open: Core[] = [];

export async function startCore(options: { clock?: FakeClock; dataDir?: string; shown?: DesktopNotification[] } = {}): Promise<Harness> {
  const clock = options.clock ?? new FakeClock(Date.UTC(2026, 11, 7, 8, 50));
  const timers = new FakeTimers(clock);
  const dataDir = options.dataDir ?? tempDir();
  const shown = options.shown ?? [];
  const core = await createCore({ dataDir, mode: 'browser', version: '0', logger: quiet, clock, timers, notifier: { show: (n) => shown.push(n) } });
  open.push(core);
  const pushed: ChecklistRun[][] = [];
  core.onEvent((name, payload) => {
    if (name === 'onDidChangeChecklists') pushed.push(payload as ChecklistRun[]);
  });
  return {
    core,
    clock,
    timers,
    dataDir,
    shown,
    pushed,
    async call<T>(channel: string, request: unknown): Promise<T> {
      const result = await core.invoke(channel, request);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
      return result.value as T;
    },
  };
}

export function closeAll(): void {
  for (const core of open.splice(0)) core.close();
}

/** A daily routine at 09:00 UTC with a 10-minute budget. */
export function dailyTemplate(patch: Record<string, unknown> = {}) {
  return {
    title: 'Start-of-Shift Sweep',
    recurrence: { kind: 'daily', time: '09:00', timeZone: 'UTC' },
    budgetMinutes: 10,
    items: [{ text: 'Dashboards green' }, { text: 'Queue depth normal' }],
    ...patch,
  };
}
