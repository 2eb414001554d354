/**
 * `npm test`: every check the project has, in the order a failure is cheapest to read,
 * then one closing line with the real totals (`all: N passed, M failed, K skipped`).
 * Each step is an npm script, so any step can also be run alone.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = `${ROOT}test-results/`;
const VITEST_JSON = `${RESULTS}vitest.json`;
const PLAYWRIGHT_JSON = `${RESULTS}playwright.json`;
const ELECTRON_JSON = `${RESULTS}electron.json`;
const NOTIFY_JSON = `${RESULTS}notify.json`;
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Step {
  name: string;
  script: string;
  args?: string[];
  env?: Record<string, string>;
  /** Counts of individual tests, read from the step's report; otherwise the step counts as one. */
  count?: (output: string) => Counts | null;
  /** A step whose inputs are missing fails with this sentence instead of running. */
  precondition?: () => string | null;
}

const closingLine = (output: string): Counts | null => {
  const match = /^\w+: (\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/m.exec(output);
  return match ? { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3] ?? 0) } : null;
};

function readJson<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

function playwrightCounts(path: string): Counts | null {
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(path);
  return report && { passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky, skipped: report.stats.skipped };
}

const STEPS: Step[] = [
  { name: 'lint', script: 'lint' },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'build', script: 'build' },
  {
    name: 'unit and integration',
    script: 'test:unit',
    args: ['--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`],
    count: () => {
      const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(VITEST_JSON);
      return report && { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
    },
  },
  {
    name: 'end-to-end',
    script: 'test:e2e',
    args: ['--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON },
    precondition: () =>
      existsSync(CHROMIUM) ? null : `Debian's Chromium is not at ${CHROMIUM}: run \`apt-get install -y chromium\` (.ci/run does this).`,
    count: () => playwrightCounts(PLAYWRIGHT_JSON),
  },
  {
    // Browser mode's notifications reaching a real dunst under Xvfb (tests/notify/run.ts).
    name: 'notifications',
    script: 'test:notify',
    args: ['--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: NOTIFY_JSON },
    precondition: () =>
      existsSync(CHROMIUM) ? null : `Debian's Chromium is not at ${CHROMIUM}: run \`apt-get install -y chromium\` (.ci/run does this).`,
    // Without dunst and Xvfb (outside CI) the step prints one closing line and counts as skipped.
    count: (output) => playwrightCounts(NOTIFY_JSON) ?? closingLine(output),
  },
  {
    name: 'electron',
    script: 'test:electron',
    args: ['--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: ELECTRON_JSON },
    count: () => playwrightCounts(ELECTRON_JSON),
  },
  { name: 'packaging', script: 'test:package', count: closingLine },
  { name: 'security', script: 'test:security', count: closingLine },
];

function run(step: Step): Promise<{ code: number; output: string }> {
  const npm = process.env['npm_execpath'];
  const [command, args] = npm
    ? [process.execPath, [npm, 'run', step.script, ...(step.args ? ['--', ...step.args] : [])]]
    : ['npm', ['run', step.script, ...(step.args ? ['--', ...step.args] : [])]];
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...step.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

async function main(): Promise<void> {
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  const summary: string[] = [];
  for (const step of STEPS) {
    process.stdout.write(`\n=== ${step.name} (npm run ${step.script}) ===\n`);
    const missing = step.precondition?.();
    const { code, output } = missing ? { code: 1, output: '' } : await run(step);
    if (missing) process.stderr.write(`${missing}\n`);
    const counts = (!missing && step.count?.(output)) || { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 };
    // A runner that exits non-zero without a failing test (a crash, a config error) still fails the run.
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    summary.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
  process.stdout.write(`\n${summary.join('\n')}\n\nall: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
  process.exitCode = total.failed === 0 ? 0 : 1;
}

await main();
