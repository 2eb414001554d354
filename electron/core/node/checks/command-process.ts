import { spawn, type ChildProcess } from 'node:child_process';
import { homedir } from 'node:os';
import { whenAborted } from './deadline.ts';

/** How one run of a program ended. */
export type ProcessResult =
  | {
      readonly kind: 'exited';
      readonly code: number | null;
      readonly signal: NodeJS.Signals | null;
      readonly stdout: string;
      readonly stderr: string;
    }
  | { readonly kind: 'not_started'; readonly code: string; readonly message: string }
  /** The deadline came first; `exited` when the program itself had ended but something it started kept its output open. */
  | { readonly kind: 'timeout'; readonly exited: boolean }
  | { readonly kind: 'too_much_output' };

/** What to run, with what, and the limits it runs within. */
export interface ProcessOptions {
  readonly executable: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Aborting stops the program and everything it started. */
  readonly signal: AbortSignal;
  /** Bytes of standard output allowed; the program is stopped past them. */
  readonly maxOutput: number;
}

/** Standard error is only read for a reason when standard output is empty: its start is enough. */
const STDERR_KEPT = 8 * 1024;

/**
 * Runs a program without a shell (arguments reach it as given; nothing is expanded or
 * interpreted) and collects its output.
 *
 * On POSIX the program starts `detached`, i.e. as the leader of a new process group, so
 * that at the deadline one `kill(-pid)` stops it and every process it started: a
 * script that runs `curl` or `sleep` would otherwise leave them running after its own
 * death, one more per run. (Without `detached` the group would be the app's own.) A
 * program that puts a child into a group of its own (a daemon) escapes this, as it
 * would escape any supervisor short of cgroups. On Windows `taskkill /T` stops the tree.
 */
export function runProcess(options: ProcessOptions): Promise<ProcessResult> {
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(options.executable, options.args, {
        shell: false,
        detached: process.platform !== 'win32',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: options.env,
        cwd: homedir(),
        windowsHide: true,
      });
    } catch (error) {
      resolve(notStarted(error));
      return;
    }
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let exited = false;
    let done = false;
    const finish = (result: ProcessResult, stop: boolean): void => {
      if (done) return;
      done = true;
      stopListening();
      if (stop) {
        killTree(child);
        child.stdout?.destroy();
        child.stderr?.destroy();
      }
      resolve(result);
    };
    const stopListening = whenAborted(options.signal, () => finish({ kind: 'timeout', exited }, true));

    child.stdout?.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > options.maxOutput) finish({ kind: 'too_much_output' }, true);
      else stdout.push(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      // Past the kept part stderr is read and dropped: a chatty program must not block on a full pipe.
      if (errBytes < STDERR_KEPT) stderr.push(chunk.subarray(0, STDERR_KEPT - errBytes));
      errBytes += chunk.length;
    });
    child.on('error', (error) => {
      // Also emitted when a kill fails; only a program that never started is a result.
      if (child.pid === undefined) finish(notStarted(error), false);
    });
    child.once('exit', () => {
      exited = true;
    });
    child.once('close', (code, signal) => {
      finish({ kind: 'exited', code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }, false);
    });
  });
}

function notStarted(error: unknown): ProcessResult {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return { kind: 'not_started', code, message: error instanceof Error ? error.message : String(error) };
}

/** Stops the program and the processes it started; those already gone are no error. */
function killTree(child: ChildProcess): void {
  const pid = child.pid;
  if (pid === undefined) return;
  if (process.platform === 'win32') {
    const killer = spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    killer.once('error', () => child.kill('SIGKILL'));
    return;
  }
  try {
    // SIGKILL, as Nagios does at its timeout: a hung plugin is not asked to clean up.
    process.kill(-pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}
