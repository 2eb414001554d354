/**
 * `npm run bench:alerts`: how long a check result takes to become a notification handed
 * to the notification centre, with 1,000 HTTP checks running, outside grouping waits.
 *
 * The core's own parts, composed as open-core.ts composes them: the real check engine,
 * scheduler, SQLite file (WAL, synchronous = FULL) and AlertService, on the real clock
 * and timers. Only two things differ, both to measure rather than to wait: the fleet's
 * group wait is 0 and its budget unlimited (so every alert goes out at once, from the
 * result that caused it), and each check fires on its first failure and resolves on its
 * first success. The notifier is a stopwatch.
 *
 * The endpoints run in a child process (so their CPU is not ours): check i answers 503
 * for `--half` seconds, then 200 for as long, phase-shifted so that transitions spread
 * evenly: the alerts fire and resolve at a steady rate, slowly enough not to flap.
 *
 * Latency: from the engine handing the result over (onResult) to notifier.show being
 * called. Flags: --checks --interval --half --window --warmup (seconds), --quick.
 * Prints human lines, then one JSON object as the last line. A figure, not a test.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { DesktopNotification } from '../../electron/core/index.ts';
import { AlertService } from '../../electron/core/node/alerts/alert-service.ts';
import { CheckEngine } from '../../electron/core/node/engine/check-engine.ts';
import { CheckResultStore } from '../../electron/core/node/storage/check-results.ts';
import { openDatabase } from '../../electron/core/node/storage/database.ts';
import { systemClock } from '../../electron/core/node/system-clock.ts';
import { systemTimers } from '../../electron/core/node/system-timers.ts';
import { DEFAULT_SETTINGS } from '../../electron/core/common/settings.ts';

const TARGET_P99_MS = 10;

interface Options {
  checks: number;
  interval: number;
  half: number;
  window: number;
  warmup: number;
}

const FULL: Options = { checks: 1000, interval: 10, half: 150, window: 300, warmup: 20 };
const QUICK: Options = { checks: 1000, interval: 10, half: 30, window: 60, warmup: 12 };

function parseOptions(argv: readonly string[]): Options {
  const flags = ['checks', 'interval', 'half', 'window', 'warmup'] as const;
  const { values } = parseArgs({
    args: [...argv],
    options: { quick: { type: 'boolean', default: false }, ...Object.fromEntries(flags.map((flag) => [flag, { type: 'string' as const }])) },
    strict: true,
  });
  const options = { ...(values.quick ? QUICK : FULL) };
  for (const flag of flags) {
    const raw = (values as Record<string, string | boolean | undefined>)[flag];
    if (typeof raw !== 'string') continue;
    const number = Number(raw);
    if (!Number.isFinite(number) || number <= 0) throw new Error(`--${flag} must be a positive number, got "${raw}"`);
    options[flag] = number;
  }
  return options;
}

/** The child: /c/<i>?n=<checks>&half=<s> is down for `half` seconds, then up as long, shifted by i. */
function serveEndpoints(): void {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const index = Number(url.pathname.split('/')[2] ?? 0);
    const checks = Number(url.searchParams.get('n') ?? 1);
    const half = Number(url.searchParams.get('half') ?? 60) * 1000;
    const phase = Date.now() + (index / checks) * 2 * half;
    const down = Math.floor(phase / half) % 2 === 1;
    response.writeHead(down ? 503 : 200, { 'content-length': 2 }).end(down ? 'no' : 'ok');
  });
  server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
  process.on('disconnect', () => process.exit(0));
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const round = (value: number, digits = 3): number => Number(value.toFixed(digits));

async function main(options: Options): Promise<void> {
  const child = fork(new URL(import.meta.url), ['--serve'], { execArgv: [], stdio: 'inherit' });
  const [{ port }] = (await once(child, 'message')) as [{ port: number }];
  const dataDir = mkdtempSync(join(tmpdir(), 'oncall-alerts-bench-'));
  const { db } = openDatabase(join(dataDir, 'oncall.sqlite'), () => systemClock.now());
  const logger = { info: () => {}, warn: (line: string) => console.warn(line), error: (line: string) => console.error(line) };

  let measuring = false;
  let handedOver: number | null = null;
  const latencies: number[] = [];
  const observeCosts: number[] = [];
  let notifications = 0;
  const notifier = {
    show(_notification: DesktopNotification) {
      if (!measuring) return;
      notifications += 1;
      if (handedOver !== null) latencies.push(performance.now() - handedOver);
    },
  };
  const alerts = new AlertService({
    db,
    clock: systemClock,
    timers: systemTimers,
    logger,
    notifier,
    settings: () => DEFAULT_SETTINGS,
    results: new CheckResultStore(db),
    onChange: () => {},
    fleet: { groupWaitMs: 0, perMinute: Number.MAX_SAFE_INTEGER, perHour: Number.MAX_SAFE_INTEGER },
    policy: { failures: 1, forMs: 0, successes: 1 },
  });
  let results = 0;
  const engine = new CheckEngine({
    db,
    clock: systemClock,
    timers: systemTimers,
    logger,
    onResult: (result) => {
      handedOver = performance.now();
      alerts.observe([result]);
      if (measuring) observeCosts.push(performance.now() - handedOver);
      handedOver = null;
      results += measuring ? 1 : 0;
    },
    onTimeAnomaly: (anomaly) => alerts.timeAnomaly(anomaly),
  });
  const base = `http://127.0.0.1:${port}/c`;
  const inputs = Array.from({ length: options.checks }, (_, index) => ({
    name: `endpoint ${index}`,
    kind: 'http',
    config: { url: `${base}/${index}?n=${options.checks}&half=${options.half}` },
    intervalMs: options.interval * 1000,
    warning: [],
    critical: ['[STATUS] == 200'],
    runbook: null,
    enabled: true,
  }));
  const created = engine.createMany(inputs);
  alerts.start(created);
  engine.start();
  try {
    console.log(`${options.checks} HTTP checks every ${options.interval} s; each down ${options.half} s then up ${options.half} s; warm-up ${options.warmup} s, window ${options.window} s`);
    await new Promise((resolve) => setTimeout(resolve, options.warmup * 1000));
    measuring = true;
    const cpuStart = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, options.window * 1000));
    measuring = false;
    const cpu = process.cpuUsage(cpuStart);

    latencies.sort((a, b) => a - b);
    observeCosts.sort((a, b) => a - b);
    const figures = {
      checks: options.checks,
      intervalS: options.interval,
      windowS: options.window,
      results,
      notifications,
      latencyP50Ms: round(percentile(latencies, 50)),
      latencyP99Ms: round(percentile(latencies, 99)),
      latencyMaxMs: round(latencies.at(-1) ?? NaN),
      observeP50Ms: round(percentile(observeCosts, 50)),
      observeP99Ms: round(percentile(observeCosts, 99)),
      cpuPercent: round(((cpu.user + cpu.system) / 1000 / (options.window * 1000)) * 100, 2),
    };
    const met = figures.latencyP99Ms <= TARGET_P99_MS;
    console.log(`  results in window           ${figures.results} (expected ~${Math.round((options.checks * options.window) / options.interval)})`);
    console.log(`  notifications dispatched    ${figures.notifications}`);
    console.log(`  result → notification       p50 ${figures.latencyP50Ms} ms, p99 ${figures.latencyP99Ms} ms, max ${figures.latencyMaxMs} ms`);
    console.log(`  alerting cost per result    p50 ${figures.observeP50Ms} ms, p99 ${figures.observeP99Ms} ms`);
    console.log(`  CPU (engine + alerting)     ${figures.cpuPercent} % of one core`);
    console.log(`Target: p99 ≤ ${TARGET_P99_MS} ms: ${met ? 'ok' : 'MISSED'}`);
    console.log(JSON.stringify({ ...figures, targets: { latencyP99: met } }));
  } finally {
    alerts.stop();
    engine.stop();
    db.close();
    child.disconnect();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--serve')) serveEndpoints();
else await main(parseOptions(process.argv.slice(2)));
