/**
 * `npm run bench:checks`: what the check engine costs. 1,000 HTTP checks at 20 s against
 * a loopback endpoint, measured over 120 s after a warm-up, in one process with the real
 * scheduler and storage (createCore, real clock and timers); then the idle figure, 50
 * checks at 30 s. Prints human lines, then one JSON object as the last line for scripts.
 *
 * Processes: the loopback endpoint runs in a child of its own so its CPU is not counted.
 * Each phase runs in a fresh child too (phase-process.ts), built by esbuild the way
 * `npm run build:electron` bundles the core into Electron main: running ~70 .ts files
 * through Node's type stripping adds ~40 MB of RSS the shipped app never has. `--source`
 * runs the phases from the .ts sources instead, to compare.
 *
 * Flags: --checks --interval --window --idle-checks --idle-interval --idle-window
 * --warmup (seconds), --quick for a short smoke run, --source. A figure, not a test: it
 * never fails on a missed target, it says so. `--profile` writes a CPU profile of each
 * phase's measured window to test-results/bench/{idle,load}.cpuprofile (sampled every
 * 100 µs, which itself costs CPU: read the figures of a profiled run as relative only).
 *
 * Last, a reference (checks-reference.ts): bare http.get at the load phase's rate in a
 * process of its own, for up to 30 s. CPU per request moves several-fold with how busy
 * the machine is; the engine's figure is read against this one from the same run.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { earlyStartMs } from '../../electron/core/common/checks/scheduler.ts';
import { bundleMain } from '../../electron/build/main-bundle.ts';
import { parseBenchArgs, type BenchOptions } from './bench-args.ts';
import type { PhaseFigures, PhaseOptions } from './bench-phase.ts';
import type { ReferenceMessage, ReferenceOptions } from './checks-reference.ts';
import type { LoopbackMessage } from './loopback-server.ts';
import type { PhaseMessage } from './phase-process.ts';

/** The targets the engine is held to, and the Uptime Kuma figures at 1,000 monitors for scale. */
const TARGETS = { cpuMsPerCheck: 0.4, rssMaxMB: 100, idleCpuPercent: 0.2 };
const KUMA = { cpuMsPerCheck: 4.35, cpuPercent: 21.7, rssMaxMB: 251, bytesPerResult: 149 };

const MB = 1024 * 1024;

interface Loopback {
  readonly url: string;
  stats(): Promise<{ requests: number; cpuMs: number }>;
  stop(): void;
}

async function startLoopback(): Promise<Loopback> {
  // execArgv: [] so that `node --cpu-prof checks-bench.ts` profiles the engine, not the server.
  const child: ChildProcess = fork(new URL('./loopback-server.ts', import.meta.url), [], { execArgv: [], stdio: 'inherit' });
  const [first] = (await once(child, 'message')) as [LoopbackMessage];
  if (!('port' in first)) throw new Error('the loopback server did not say its port');
  return {
    url: `http://127.0.0.1:${first.port}/health`,
    async stats() {
      child.send('stats');
      const [message] = (await once(child, 'message')) as [LoopbackMessage];
      if (!('requests' in message)) throw new Error('the loopback server answered something else');
      return message;
    },
    stop: () => child.disconnect(),
  };
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The phase and the core bundled as Electron main is (electron/build/main-bundle.ts). */
function bundlePhase(): Promise<string> {
  // Inside the project, so the bundle finds better-sqlite3 in node_modules; test-results/ is not committed.
  return bundleMain({ root: ROOT, entry: 'tests/bench/phase-process.ts', outdir: 'test-results/bench/phase', name: 'phase-process' });
}

/** Run one phase in a fresh process and return its figures. */
async function runPhaseProcess(entry: string | URL, options: PhaseOptions): Promise<PhaseFigures> {
  // The parent's execArgv carries --cpu-prof and friends to the process worth profiling.
  const child = fork(entry, [JSON.stringify(options)], { execArgv: process.execArgv, stdio: 'inherit' });
  let message: PhaseMessage | undefined;
  child.on('message', (received: PhaseMessage) => (message = received));
  // A phase that dies without a word (a crash, a closed stderr) must end the run, not hang it.
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  if (!message) throw new Error(`the ${options.label} phase exited (${signal ?? `code ${code}`}) without figures`);
  if ('error' in message) throw new Error(`the ${options.label} phase failed: ${message.error}`);
  return message.figures;
}

/** CPU-ms per bare http.get at the load phase's rate, measured in a fresh process. */
async function runReference(options: ReferenceOptions): Promise<number> {
  const child = fork(new URL('./checks-reference.ts', import.meta.url), [JSON.stringify(options)], { execArgv: [], stdio: 'inherit' });
  let message: ReferenceMessage | undefined;
  child.on('message', (received: ReferenceMessage) => (message = received));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  if (!message) throw new Error(`the reference exited (${signal ?? `code ${code}`}) without a figure`);
  if ('error' in message) throw new Error(`the reference failed: ${message.error}`);
  return message.cpuMsPerRequest;
}

const fixed = (value: number, digits: number): number => Number(value.toFixed(digits));
const mb = (bytes: number): string => (bytes / MB).toFixed(1);
const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

function describe(title: string, figures: PhaseFigures): string[] {
  const expected = Math.round((figures.checks * figures.windowS) / figures.intervalS);
  return [
    `${title}: ${figures.checks} HTTP checks every ${figures.intervalS} s, ${figures.windowS} s window`,
    `  results in window        ${figures.results} (expected ~${expected}), not up: ${figures.notUp}`,
    `  CPU                      ${figures.cpuMs.toFixed(0)} ms = ${figures.cpuPercent.toFixed(2)} % of one core (${figures.cpuSystemMs.toFixed(0)} ms in the kernel)`,
    `  CPU per check            ${figures.cpuMsPerCheck.toFixed(3)} ms`,
    `  main thread woken        ${figures.wakeupsPerSecond === null ? 'n/a (no /proc)' : `${figures.wakeupsPerSecond.toFixed(2)} times a second`}`,
    `  RSS max                  ${(figures.rssMaxBytes / MB).toFixed(1)} MB`,
    `    ${figures.memoryAt === 'max' ? 'at the max' : 'at the end'}: V8 heap ${mb(figures.memory.heapTotal)} MB (${mb(figures.memory.heapUsed)} used), external ${mb(figures.memory.external)} MB ` +
      `(array buffers ${mb(figures.memory.arrayBuffers)}); the rest is native: code, SQLite, malloc`,
    `    heap spaces, MB size/used: ${figures.spaces.filter((space) => space.size > 0).map((space) => `${space.name} ${mb(space.size)}/${mb(space.used)}`).join(', ')}`,
    `  bytes on disk per result ${figures.bytesPerResult.toFixed(1)}`,
    `  creating the checks      ${figures.createS.toFixed(1)} s`,
    `  until all had run once   ${figures.allRanS.toFixed(1)} s after the first create`,
  ];
}

async function main(options: BenchOptions, fromSource: boolean, profile: boolean): Promise<void> {
  const entry = fromSource ? new URL('./phase-process.ts', import.meta.url) : await bundlePhase();
  const loopback = await startLoopback();
  try {
    const { warmup } = options;
    const profileOf = (label: string) => (profile ? `${ROOT}test-results/bench/${label}.cpuprofile` : undefined);
    const idle = await runPhaseProcess(entry, { label: 'idle', checks: options.idleChecks, interval: options.idleInterval, window: options.idleWindow, warmup, url: loopback.url, profile: profileOf('idle') });
    const server = await loopback.stats();
    const load = await runPhaseProcess(entry, { label: 'load', checks: options.checks, interval: options.interval, window: options.window, warmup, url: loopback.url, profile: profileOf('load') });
    const serverAfter = await loopback.stats();
    // Grouped as the scheduler groups runs: a fifth of the interval, at most 5 s (scheduler.ts).
    const groupMs = earlyStartMs(options.interval * 1000);
    const bare = await runReference({ url: loopback.url, perSecond: options.checks / options.interval, groupMs, seconds: Math.min(options.window, 30) });

    const targets = {
      cpuMsPerCheck: load.cpuMsPerCheck <= TARGETS.cpuMsPerCheck,
      rssMax: load.rssMaxBytes / MB <= TARGETS.rssMaxMB,
      idleCpu: idle.cpuPercent <= TARGETS.idleCpuPercent,
      allRanWithinInterval: load.allRanS <= load.intervalS,
    };
    const lines = [
      `Engine ${fromSource ? 'from the .ts sources (Node type stripping)' : 'bundled as Electron main bundles it'}, each phase in a fresh process`,
      ...describe('Load', load),
      ...describe('Idle', idle),
      `Loopback server (its own process, not counted): ${serverAfter.requests - server.requests} requests, ` +
        `${((serverAfter.cpuMs - server.cpuMs) / Math.max(1, serverAfter.requests - server.requests)).toFixed(3)} CPU-ms each during the load phase`,
      `Bare http.get at the same rate, in a process of its own: ${bare.toFixed(3)} CPU-ms each; the engine costs ${(load.cpuMsPerCheck / Math.max(bare, 0.001)).toFixed(1)}× that per check`,
      `Targets: CPU per check ≤ ${TARGETS.cpuMsPerCheck} ms: ${verdict(targets.cpuMsPerCheck)}; RSS ≤ ${TARGETS.rssMaxMB} MB: ${verdict(targets.rssMax)}; ` +
        `idle ≤ ${TARGETS.idleCpuPercent} % of a core: ${verdict(targets.idleCpu)}; all checks ran within one interval: ${verdict(targets.allRanWithinInterval)}`,
      `Uptime Kuma at 1,000 monitors, for scale: ${KUMA.cpuMsPerCheck} CPU-ms per check, ${KUMA.cpuPercent} % of a core, ${KUMA.rssMaxMB} MB RSS, ${KUMA.bytesPerResult} bytes per heartbeat`,
    ];
    for (const line of lines) console.log(line);
    const json = (figures: PhaseFigures) => ({
      checks: figures.checks,
      intervalS: figures.intervalS,
      windowS: figures.windowS,
      results: figures.results,
      notUp: figures.notUp,
      cpuMsPerCheck: fixed(figures.cpuMsPerCheck, 3),
      cpuPercent: fixed(figures.cpuPercent, 3),
      cpuSystemMs: fixed(figures.cpuSystemMs, 0),
      wakeupsPerSecond: figures.wakeupsPerSecond === null ? null : fixed(figures.wakeupsPerSecond, 2),
      rssMaxMB: fixed(figures.rssMaxBytes / MB, 1),
      heapTotalMB: fixed(figures.memory.heapTotal / MB, 1),
      heapUsedMB: fixed(figures.memory.heapUsed / MB, 1),
      externalMB: fixed(figures.memory.external / MB, 1),
      bytesPerResult: fixed(figures.bytesPerResult, 1),
      createS: fixed(figures.createS, 2),
      allRanS: fixed(figures.allRanS, 2),
    });
    console.log(JSON.stringify({ engine: fromSource ? 'source' : 'bundle', ...json(load), bareHttpGetCpuMs: fixed(bare, 3), idle: json(idle), targets }));
  } finally {
    loopback.stop();
  }
}

const argv = process.argv.slice(2);
const own = new Set(['--source', '--profile']);
await main(parseBenchArgs(argv.filter((arg) => !own.has(arg))), argv.includes('--source'), argv.includes('--profile'));
