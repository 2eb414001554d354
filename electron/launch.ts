/**
 * `npm start` (after `npm run build`): run the app in Electron when its binary is here or
 * can be fetched; otherwise say so in one line and start browser mode
 * (electron/serve/main.ts), which prints the URL to open. Extra arguments go to
 * whichever starts (`npm start -- --port 8080` for browser mode).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVE = fileURLToPath(new URL('./serve/main.ts', import.meta.url));
const ARGS = process.argv.slice(2);
/** Long enough to download Electron (about 100 MB) on a slow line, once. */
const FETCH_TIMEOUT_MS = 120_000;
/** An answer slower than this means a download is under way: say so. */
const DOWNLOAD_NOTICE_MS = 2_000;

type Lookup = { ok: true; path: string } | { ok: false; reason: string };

/**
 * Ask the electron package for its binary in a child Node process: it honours
 * ELECTRON_OVERRIDE_DIST_PATH, uses node_modules/electron/dist when present, and
 * otherwise downloads it. A child, because the package downloads synchronously
 * and throws when that fails.
 */
function findElectron(): Promise<Lookup> {
  return new Promise((resolve) => {
    const script = "process.stdout.write('\\n' + require('electron') + '\\n')";
    const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], timeout: FETCH_TIMEOUT_MS });
    let stdout = '';
    let stderr = '';
    const notice = setTimeout(() => console.error("Downloading Electron's binary (first start only)…"), DOWNLOAD_NOTICE_MS);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => resolve({ ok: false, reason: error.message }));
    child.on('exit', (code, signal) => {
      clearTimeout(notice);
      const path = stdout.trim().split('\n').at(-1) ?? '';
      if (code === 0 && path && existsSync(path)) return resolve({ ok: true, path });
      if (code === 0) return resolve({ ok: false, reason: `no file at ${path || 'the path it names'}` });
      if (signal) return resolve({ ok: false, reason: `no answer within ${FETCH_TIMEOUT_MS / 1000} s` });
      // The download's own error ("TypeError: fetch failed") says more than the package's wrapper.
      const cause = stderr.split('\n').find((line) => /^\w*Error: /.test(line) && !line.includes('failed to install correctly'));
      resolve({ ok: false, reason: `download failed: ${cause ? cause.replace(/^\w*Error: /, '') : 'see `npx install-electron`'}` });
    });
  });
}

/**
 * Run `command` with inherited stdio until it exits, then exit with its code. If it
 * cannot be started at all, `onSpawnError` decides what happens instead.
 * Ctrl-C reaches the whole foreground process group, the child included, and a second
 * SIGINT from here would cut its shutdown short; so SIGINT is passed on (as SIGTERM)
 * only if the child is still running a moment later, i.e. when it was sent to us alone.
 */
function runChild(command: string, args: string[], env: NodeJS.ProcessEnv, onSpawnError: (error: Error) => void): void {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env });
  child.once('error', onSpawnError);
  child.once('spawn', () => {
    child.off('error', onSpawnError);
    const stop = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    };
    process.on('SIGINT', () => setTimeout(stop, 1_000).unref());
    process.on('SIGTERM', stop);
    process.on('SIGHUP', stop);
    child.on('exit', (code, signal) => process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

function startBrowserMode(why: string): void {
  console.error(`${why}; starting browser mode instead.`);
  runChild(process.execPath, [SERVE, ...ARGS], process.env, (error) => {
    console.error(`Browser mode could not be started either: ${error.message}`);
    process.exit(1);
  });
}

async function main(): Promise<void> {
  const electron = await findElectron();
  if (!electron.ok) return startBrowserMode(`Electron's binary is not available here (${electron.reason})`);
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return startBrowserMode('Electron is here but there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)');
  }
  // A leftover ELECTRON_RUN_AS_NODE would make Electron a plain Node and ignore the app.
  const env = { ...process.env };
  delete env['ELECTRON_RUN_AS_NODE'];
  runChild(electron.path, [ROOT, ...ARGS], env, (error) => startBrowserMode(`Electron could not be started (${error.message})`));
}

await main();
