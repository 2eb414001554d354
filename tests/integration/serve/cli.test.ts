import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.ts';

const SERVE = fileURLToPath(new URL('../../../electron/serve/main.ts', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `node electron/serve/main.ts args`; stop it once it printed its URL (or let it exit). */
function serve(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVE, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

let blocker: Server | undefined;
afterEach(() => blocker?.close());

describe('npm run serve', () => {
  it('prints exactly one line on stdout: the URL with the token', async () => {
    const run = await serve(['--port', '0', '--data-dir', tempDir()]);
    expect(run.stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+\n$/);
    expect(run.code).toBe(0);
  });

  it('says clearly when the port is taken', async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const run = await serve(['--port', String(port), '--data-dir', tempDir()]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      `On-Call Companion: port ${port} is already in use on 127.0.0.1. Pick another with --port, or leave --port out to use a free one.`,
    );
  });

  it('rejects a port that is not a port', async () => {
    const run = await serve(['--port', 'eighty', '--data-dir', tempDir()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--port must be a whole number from 0 to 65535');
  });

  it('names an unusable data folder and what to do', async () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'file'), '');
    const run = await serve(['--data-dir', join(parent, 'file', 'data')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Cannot use the data folder .*: a file is in the way.*--data-dir/);
  });

  it('takes the data folder from ONCALL_DATA_DIR when no flag is given', async () => {
    const dataDir = tempDir();
    const child = spawn(process.execPath, [SERVE], { env: { ...process.env, ONCALL_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    const stderr = await new Promise<string>((resolve) => {
      let text = '';
      child.stderr.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('Data:')) {
          child.kill('SIGTERM');
          resolve(text);
        }
      });
    });
    expect(stderr).toContain(`Data: ${dataDir}`);
  });
});
