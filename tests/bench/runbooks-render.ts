/**
 * Time to open a runbook in the renderer: browser mode on a data folder holding it,
 * Chromium through Playwright, the window already loaded (as when the user clicks a
 * runbook in the list). Measured inside the page, from setting `#runbooks/<id>` to the
 * frame after `[data-testid="runbook-view"]` holds the runbook's last words.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVE = join(ROOT, 'electron/serve/main.ts');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface RenderFigure {
  /** Median of the runs, ms; null when it could not be measured. */
  readonly openMs: number | null;
  readonly runsMs: number[];
  /** Opening the window straight at the runbook (app start included). */
  readonly coldOpenMs: number | null;
  readonly reason: string | null;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The window as it is now: rebuild dist/renderer when the sources are newer. */
function ensureRendererBuilt(): string | null {
  const index = join(ROOT, 'dist/renderer/index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(join(ROOT, 'renderer/src'))) return null;
  const build = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'renderer/vite.config.ts'], { cwd: ROOT, encoding: 'utf8' });
  return build.status === 0 ? null : `the renderer did not build: ${(build.stderr || build.stdout).trim().split('\n').slice(-3).join(' ')}`;
}

function startServe(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVE, '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`browser mode printed no URL within 15 s: ${stderr}`)), 15_000);
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) {
        clearTimeout(timer);
        resolve({ url: stdout.split('\n')[0] as string, child });
      }
    });
    child.on('exit', (code) => reject(new Error(`browser mode exited (${code}): ${stderr}`)));
  });
}

/** In the page: set the hash, wait for the view to hold `lastWords`, then one more frame. */
function openInPage([hash, lastWords]: [string, string]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const deadline = started + 10_000;
    location.hash = hash;
    const poll = () => {
      const view = document.querySelector('[data-testid="runbook-view"]');
      if (view !== null && (view.textContent ?? '').includes(lastWords)) {
        requestAnimationFrame(() => resolve(performance.now() - started));
      } else if (performance.now() > deadline) {
        reject(new Error(view === null ? 'no [data-testid="runbook-view"] appeared' : 'the view never showed the end of the runbook'));
      } else {
        requestAnimationFrame(poll);
      }
    };
    poll();
  });
}

/** Two tries: on a shared machine another build can replace dist/renderer mid-run. */
export async function measureRunbookOpen(dataDir: string, runbookId: number, lastWords: string, runs = 7): Promise<RenderFigure> {
  const first = await measureOnce(dataDir, runbookId, lastWords, runs);
  return first.openMs === null ? measureOnce(dataDir, runbookId, lastWords, runs) : first;
}

async function measureOnce(dataDir: string, runbookId: number, lastWords: string, runs: number): Promise<RenderFigure> {
  const none = (reason: string): RenderFigure => ({ openMs: null, runsMs: [], coldOpenMs: null, reason });
  const buildProblem = ensureRendererBuilt();
  if (buildProblem !== null) return none(buildProblem);
  let serve: { url: string; child: ChildProcess } | undefined;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS }).catch((error: Error) => error);
  if (browser instanceof Error) return none(`Chromium did not start: ${browser.message.split('\n')[0]}`);
  try {
    serve = await startServe(dataDir);
    const page = await browser.newPage();
    const hash = `#runbooks/${runbookId}`;
    const coldStart = Date.now();
    await page.goto(`${serve.url}${hash}`);
    await page.waitForFunction((words) => (document.querySelector('[data-testid="runbook-view"]')?.textContent ?? '').includes(words), lastWords, { timeout: 15_000 });
    const coldOpenMs = Date.now() - coldStart;
    const runsMs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      await page.evaluate(() => {
        location.hash = '#/runbooks';
      });
      await page.waitForFunction(() => document.querySelector('[data-testid="runbook-view"]') === null, undefined, { timeout: 10_000 });
      runsMs.push(Math.round(await page.evaluate(openInPage, [hash, lastWords] as [string, string])));
    }
    const sorted = [...runsMs].sort((a, b) => a - b);
    return { openMs: sorted[Math.floor(sorted.length / 2)] ?? null, runsMs, coldOpenMs, reason: null };
  } catch (error) {
    return none(`the runbook view could not be measured: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await browser.close();
    if (serve !== undefined && serve.child.exitCode === null) serve.child.kill('SIGTERM');
  }
}
