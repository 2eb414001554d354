import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createCore, type Core } from '../../electron/core/index.ts';
import type { AppInfo, CheckResult } from '../../electron/shared/contract.ts';
import { watchPeakRss } from './peak-rss.ts';
import { mainThreadWakeups } from './wakeups.ts';

/** One measured phase: `checks` HTTP checks every `interval` s, measured over `window` s. */
export interface PhaseOptions {
  readonly label: string;
  readonly checks: number;
  readonly interval: number;
  readonly window: number;
  readonly warmup: number;
  readonly url: string;
  /** Write a CPU profile of the measured window (sampled every 100 µs) to this path. */
  readonly profile?: string | undefined;
}

/** What a phase measured. Times in seconds, CPU in ms, sizes in bytes. */
export interface PhaseFigures {
  readonly checks: number;
  readonly intervalS: number;
  readonly windowS: number;
  /** From the first checks.create to the last one. */
  readonly createS: number;
  /** From the first checks.create until every check had run once. */
  readonly allRanS: number;
  readonly results: number;
  /** Results that were not `up` (the endpoint always answers 200: these would be the engine's own trouble). */
  readonly notUp: number;
  readonly cpuMs: number;
  /** Of cpuMs, the part spent in the kernel: on loopback that includes TCP for both ends. */
  readonly cpuSystemMs: number;
  readonly cpuMsPerCheck: number;
  readonly cpuPercent: number;
  /** Times a second the main thread slept and was woken (wakeups.ts); null off Linux. */
  readonly wakeupsPerSecond: number | null;
  readonly rssMaxBytes: number;
  /** process.memoryUsage() at `memoryAt`, to tell V8's heap from native memory. */
  readonly memory: NodeJS.MemoryUsage;
  /** Where the breakdown was taken: at the RSS maximum (sampled), or at the window's end (peak-rss.ts). */
  readonly memoryAt: 'max' | 'end';
  /** V8's heap spaces at `memoryAt`: which one holds the heap's committed but unused bytes. */
  readonly spaces: ReadonlyArray<{ readonly name: string; readonly size: number; readonly used: number }>;
  readonly bytesPerResult: number;
}

/** The database and its WAL, after folding the WAL back into the database. */
function bytesOnDisk(path: string): number {
  // A second connection can checkpoint; TRUNCATE leaves an empty WAL, so the file size is the data.
  const db = new Database(path);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  const size = (file: string): number => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  };
  return size(path) + size(`${path}-wal`);
}

/** The window alone, finer than `--cpu-prof`'s 1 ms, which also covers start-up and creation. */
async function startProfile(): Promise<Session> {
  // Loaded only when asked for: the measured process should carry nothing the app does not.
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return session;
}

async function stopProfile(session: Session): Promise<unknown> {
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return profile;
}

/**
 * Start a core on a fresh data dir (real clock, real timers), create the checks through
 * the contract, wait until each has run once plus the warm-up, then measure the window:
 * CPU of this process, RSS sampled every second, results counted from onDidCompleteCheck,
 * and the growth of the database per result.
 */
export async function runPhase(options: PhaseOptions, progress: (line: string) => void): Promise<PhaseFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'oncall-bench-'));
  const logger = { info: () => {}, warn: (line: string) => console.error(`warn: ${line}`), error: (line: string) => console.error(`error: ${line}`) };
  const core: Core = await createCore({ dataDir, mode: 'browser', version: 'bench', logger });
  // The core's timers are unref'd (the app's window keeps it alive); here this does. It never fires.
  const keepAlive = setInterval(() => {}, 2 ** 30);
  try {
    const info = (await core.invoke('app.info', {})) as { ok: true; value: AppInfo };
    const seen = new Set<number>();
    let results = 0;
    let notUp = 0;
    let allRan: () => void = () => {};
    const everyCheckRan = new Promise<void>((resolve) => (allRan = resolve));
    core.onEvent((name, payload) => {
      if (name !== 'onDidCompleteCheck') return;
      const result = payload as CheckResult;
      results += 1;
      if (result.status !== 'up') notUp += 1;
      if (!seen.has(result.checkId)) {
        seen.add(result.checkId);
        if (seen.size === options.checks) allRan();
      }
    });

    const started = performance.now();
    for (let index = 0; index < options.checks; index += 1) {
      const check = { name: `bench ${index}`, kind: 'http', config: { url: options.url }, intervalMs: options.interval * 1000, critical: ['[STATUS] == 200'] };
      const created = await core.invoke('checks.create', { check });
      if (!created.ok) throw new Error(`checks.create failed: ${created.error.message}`);
    }
    const createS = (performance.now() - started) / 1000;
    progress(`${options.label}: created ${options.checks} checks in ${createS.toFixed(1)} s; waiting until each has run once`);
    // Unref'd: once every check has run, this deadline must not keep the process alive.
    const limit = sleep(3 * options.interval * 1000 + 10_000, undefined, { ref: false }).then(() => 'late' as const);
    if (options.checks > 0 && (await Promise.race([everyCheckRan.then(() => 'ran' as const), limit])) === 'late') {
      throw new Error(`only ${seen.size} of ${options.checks} checks ran within ${3 * options.interval + 10} s`);
    }
    const allRanS = (performance.now() - started) / 1000;
    progress(`${options.label}: all ran after ${allRanS.toFixed(1)} s; warming up ${options.warmup} s, then measuring ${options.window} s`);
    await sleep(options.warmup * 1000);

    const diskBefore = bytesOnDisk(info.value.databasePath);
    const resultsBefore = results;
    const notUpBefore = notUp;
    const profiler = options.profile ? await startProfile() : null;
    const wakeupsBefore = mainThreadWakeups();
    const cpuBefore = process.cpuUsage();
    const windowStart = performance.now();
    const peak = watchPeakRss();
    await sleep(options.window * 1000);
    const cpu = process.cpuUsage(cpuBefore);
    const wakeupsAfter = mainThreadWakeups();
    const memory = peak.stop();
    if (profiler && options.profile) writeFileSync(options.profile, JSON.stringify(await stopProfile(profiler)));
    const windowMs = performance.now() - windowStart;
    const inWindow = results - resultsBefore;
    const diskAfter = bytesOnDisk(info.value.databasePath);

    const cpuMs = (cpu.user + cpu.system) / 1000;
    return {
      checks: options.checks,
      intervalS: options.interval,
      windowS: options.window,
      createS,
      allRanS,
      results: inWindow,
      notUp: notUp - notUpBefore,
      cpuMs,
      cpuSystemMs: cpu.system / 1000,
      cpuMsPerCheck: inWindow === 0 ? 0 : cpuMs / inWindow,
      cpuPercent: (cpuMs / windowMs) * 100,
      wakeupsPerSecond: wakeupsBefore === null || wakeupsAfter === null ? null : (wakeupsAfter - wakeupsBefore) / (windowMs / 1000),
      rssMaxBytes: memory.rssMax,
      memory: memory.usage,
      memoryAt: memory.breakdownAt,
      spaces: memory.spaces.map((space) => ({ name: space.space_name.replace(/_space$/, ''), size: space.space_size, used: space.space_used_size })),
      bytesPerResult: inWindow === 0 ? 0 : (diskAfter - diskBefore) / inWindow,
    };
  } finally {
    clearInterval(keepAlive);
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
