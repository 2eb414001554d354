/**
 * `npm run test:security`: Electronegativity (Doyensec's Electron security linter) over
 * electron/ (main, preload, core, serve, shared), package.json and the built
 * renderer's HTML. Prints every finding with its severity and fails on any HIGH one,
 * or on a file it could not parse (a file it cannot read is a file it did not check).
 *
 * Electronegativity lives in its own install (tests/security/electronegativity, with its
 * own lockfile): installed into the project, a hoisted dependency picks up the project's
 * TypeScript and crashes. It always exits 0 by itself, so this script uses its
 * programmatic run() and judges the result. Offline, its two network look-ups
 * (translations, Electron releases) say so and are skipped.
 * Ends with `security: N passed, M failed`, one line per check it ran.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TOOL_DIR = fileURLToPath(new URL('./electronegativity/', import.meta.url));

interface Level {
  readonly name: string;
  readonly value: number;
}

interface Issue {
  readonly id: string;
  readonly file: string;
  readonly location: { readonly line: number; readonly column: number };
  readonly severity: Level;
  readonly confidence: Level;
  readonly description: string;
  readonly shortenedURL?: string;
  readonly manualReview?: boolean;
}

interface RunResult {
  readonly globalChecks: number;
  readonly atomicChecks: number;
  readonly errors: ReadonlyArray<{ readonly file: string; readonly message: string; readonly tolerable: boolean }>;
  readonly issues: readonly Issue[];
}

type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>;

function npm(args: string[], cwd: string): Promise<number> {
  const npmCli = process.env['npm_execpath'];
  const [command, fullArgs] = npmCli ? [process.execPath, [npmCli, ...args]] : ['npm', args];
  return new Promise((resolve) => {
    const child = spawn(command, fullArgs, { cwd, stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function installIfNeeded(): Promise<void> {
  if (existsSync(join(TOOL_DIR, 'node_modules', '@doyensec', 'electronegativity'))) return;
  console.log('Installing electronegativity into tests/security/electronegativity (npm ci)…');
  // No dependency of the linter needs an install script (the only one is es5-ext's banner).
  const code = await npm(['ci', '--ignore-scripts', '--no-audit', '--no-fund'], TOOL_DIR);
  if (code !== 0) throw new Error(`npm ci in ${TOOL_DIR} failed (exit ${code})`);
}

/** What is scanned, copied to one folder: the linter takes a single input path. */
function stageInput(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oncall-security-'));
  cpSync(join(ROOT, 'electron'), join(dir, 'electron'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  const rendererDir = join(ROOT, 'dist', 'renderer');
  if (existsSync(rendererDir)) {
    mkdirSync(join(dir, 'dist', 'renderer'), { recursive: true });
    for (const file of readdirSync(rendererDir).filter((name) => name.endsWith('.html'))) {
      cpSync(join(rendererDir, file), join(dir, 'dist', 'renderer', file));
    }
  }
  return dir;
}

async function main(): Promise<number> {
  await installIfNeeded();
  const run = createRequire(join(TOOL_DIR, 'package.json'))('@doyensec/electronegativity') as Run;
  const input = stageInput();
  let result: RunResult;
  try {
    result = await run(
      { input, isSarif: false, customScan: [], excludeFromScan: [], isRelative: true, isVerbose: true, parserPlugins: [] },
      false,
    );
  } finally {
    rmSync(input, { recursive: true, force: true });
  }

  const issues = [...result.issues].sort((a, b) => b.severity.value - a.severity.value || a.id.localeCompare(b.id));
  console.log(`\nelectronegativity: ${result.globalChecks + result.atomicChecks} checks, ${issues.length} findings`);
  for (const issue of issues) {
    const where = issue.file === 'N/A' ? '(whole app)' : `${issue.file}:${issue.location.line}:${issue.location.column}`;
    const review = issue.manualReview ? ' [review]' : '';
    console.log(`  ${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id}  ${where}${review}`);
    console.log(`                ${issue.description.split('\n')[0]}${issue.shortenedURL ? ` ${issue.shortenedURL}` : ''}`);
  }
  const unreadable = result.errors.filter((error) => !error.tolerable);
  for (const error of unreadable) console.log(`  NOT SCANNED   ${error.file}: ${error.message.split('\n')[0]}`);

  // One check that raised a HIGH finding is one failure; so is each file it could not parse.
  const failedChecks = new Set(issues.filter((issue) => issue.severity.name === 'HIGH').map((issue) => issue.id));
  const failed = failedChecks.size + unreadable.length;
  const passed = result.globalChecks + result.atomicChecks - failedChecks.size;
  if (failedChecks.size > 0) console.log(`\nHIGH findings from: ${[...failedChecks].join(', ')}`);
  console.log(`\nsecurity: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`security gate could not run: ${(error as Error).message}`);
  console.log('security: 0 passed, 1 failed');
  process.exitCode = 1;
}
