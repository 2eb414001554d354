import { spawn } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.ts';

const LAUNCH = fileURLToPath(new URL('../../../electron/launch.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `npm start`'s second half; `until` lets a test act once stdout shows something. */
function launch(args: string[], env: Record<string, string>, until?: (stdout: string, stop: () => void) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [LAUNCH, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      until?.(stdout, () => child.kill('SIGTERM'));
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(process.platform === 'win32')('npm start (electron/launch.ts)', () => {
  it('runs Electron on the repo with the extra arguments and passes on its exit code', async () => {
    const dist = tempDir();
    writeFileSync(join(dist, 'electron'), '#!/bin/sh\necho "electron $@ run-as-node=${ELECTRON_RUN_AS_NODE:-no}"\nexit 7\n');
    chmodSync(join(dist, 'electron'), 0o755);
    const run = await launch(['--enable-logging'], { ELECTRON_OVERRIDE_DIST_PATH: dist, DISPLAY: ':0', ELECTRON_RUN_AS_NODE: '1' });
    expect(run.stdout.trim()).toBe(`electron ${ROOT} --enable-logging run-as-node=no`);
    expect(run.code).toBe(7);
  });

  it('says in one line why it starts browser mode, which then serves and stops cleanly', async () => {
    const dataDir = tempDir();
    // serve prints the URL a moment before it installs its SIGTERM handler: give it that moment.
    const run = await launch(['--port', '0', '--data-dir', dataDir], { ELECTRON_OVERRIDE_DIST_PATH: join(dataDir, 'no-electron-here') }, (stdout, stop) => {
      if (stdout.includes('\n')) setTimeout(stop, 300);
    });
    expect(run.stderr.split('\n')[0]).toBe(
      `Electron's binary is not available here (no file at ${join(dataDir, 'no-electron-here', 'electron')}); starting browser mode instead.`,
    );
    expect(run.stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+\n$/);
    expect(run.code).toBe(0);
  });
});
