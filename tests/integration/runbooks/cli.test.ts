import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../electron/shared/contract.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { SAMPLE_MANUAL, startCore } from './runbook-core.ts';

const CLI = fileURLToPath(new URL('../../../electron/cli/import.ts', import.meta.url));

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm run import', () => {
  it('prints the import report as JSON and stores the runbooks in the data folder', async () => {
    const dataDir = tempDir('oncall-cli-');
    const result = await run([SAMPLE_MANUAL, '--data-dir', dataDir, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as ImportReport;
    expect(report.runbooks.map((file) => [file.title, file.sourcePath, file.status])).toEqual([
      ['Payments Platform — On-Call Handbook', SAMPLE_MANUAL, 'created'],
    ]);
    expect(report.runbooks[0]?.procedures[0]).toEqual({ title: 'Checkout Unavailable', priority: 'P0', timeboxMinutes: 5, stepCount: 7 });
    expect(report.runbooks[0]?.checklists.at(-1)).toEqual({ title: 'Failover Exercise', recurrence: 'quarterly', budgetMinutes: 180, itemCount: 3 });
    expect(report.contacts[0]?.rows).toHaveLength(3);
    expect(report.failed).toEqual([]);

    const t = await startCore({ dataDir });
    expect((await t.call<Array<{ title: string }>>('runbooks.list', {})).map((runbook) => runbook.title)).toEqual(['Payments Platform — On-Call Handbook']);
  });

  it('with --dry-run reports failures by path and reason and stores nothing', async () => {
    const dataDir = tempDir('oncall-cli-');
    const folder = tempDir('oncall-cli-manual-');
    writeFileSync(join(folder, 'ok.md'), '# Fine\n');
    writeFileSync(join(folder, 'blob.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
    const result = await run([folder, '--dry-run', '--json', '--data-dir', dataDir]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as ImportReport;
    expect(report.runbooks.map((file) => [file.title, file.status, file.id])).toEqual([['Fine', 'dry-run', null]]);
    expect(report.failed).toEqual([{ path: join(folder, 'blob.md'), reason: 'binary file (a NUL byte at offset 4), not Markdown text' }]);
    const t = await startCore({ dataDir });
    expect(await t.call('runbooks.list', {})).toEqual([]);
  });

  it('reads relative paths from the folder npm was run in (INIT_CWD), and prints a readable summary without --json', async () => {
    const dataDir = tempDir('oncall-cli-');
    const result = await run(['ops-manual.md', '--data-dir', dataDir, '--dry-run'], { INIT_CWD: join(SAMPLE_MANUAL, '..') });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Would import 1 runbook(s) from ${SAMPLE_MANUAL}`);
    expect(result.stdout).toContain('procedure Checkout Unavailable [P0, 5 min, 7 steps]');
    expect(result.stdout).toContain('checklist Failover Exercise [quarterly, 180 min, 3 items]');
  });

  it('refuses bad arguments with a usage line and exit code 2', async () => {
    const usage = 'Usage: npm run import -- <file-or-folder> [--data-dir DIR] [--dry-run] [--json]';
    const none = await run(['--json']);
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toBe(`On-Call Companion import: name the Markdown file or folder to import. ${usage}\n`);
    const unknown = await run([SAMPLE_MANUAL, '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--frobnicate'");
    const two = await run(['a.md', 'b.md']);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('one file or folder at a time, not 2');
  });

  it('exits 1 naming a path that does not exist', async () => {
    const result = await run(['/no/such/manual', '--json', '--data-dir', tempDir('oncall-cli-')]);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toBe('On-Call Companion import: path: /no/such/manual does not exist.\n');
  });
});
