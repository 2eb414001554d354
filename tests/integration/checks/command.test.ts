import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { commandCheck } from '../../../electron/core/node/checks/command.ts';
import { parseCheckConfig } from '../../../electron/core/node/checks/parse-config.ts';
import { checkContext, timed } from '../../helpers/check-context.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** Short enough for the suite, long enough to tell a deadline from a quick answer. */
const DEADLINE = 700;
/** Scheduling slack on a loaded 2-core machine. */
const MARGIN = 400;

/** A `#!/bin/sh` script in a fresh folder, executable. */
function script(body: string, name = 'check.sh'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

function run(config: Record<string, unknown>, signal?: AbortSignal) {
  return timed(() => commandCheck.run(commandCheck.config.parse(config), checkContext({ signal })));
}

/** Whether a process still runs: a zombie waiting for a parent that is gone counts as stopped. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

describe('command config', () => {
  it('names the field and the reason for bad input', () => {
    const message = (config: unknown) => {
      const parsed = parseCheckConfig(commandCheck, config);
      return parsed.ok ? 'ok' : parsed.message;
    };
    expect(message({})).toBe('executable: is required');
    expect(message({ executable: 'check_load' })).toMatch(/^executable: must be an absolute path such as \/usr\/lib\/nagios\/plugins\/check_load/);
    expect(message({ executable: '/bin/true', args: 'a b' })).toBe('args: must be a list of arguments');
    expect(message({ executable: '/bin/true', args: ['a\0b'] })).toBe('args.0: must not contain a NUL character');
    expect(message({ executable: '/bin/true', env: { 'BAD-NAME': 'x' } })).toBe('env.BAD-NAME: must be a variable name (letters, digits and _)');
    expect(message({ executable: '/bin/true', timeoutMs: 50 })).toBe('timeoutMs: must be at least 100 ms');
    expect(message({ executable: '/bin/true', shell: true })).toBe('shell: is not a known field');
    expect(commandCheck.config.parse({ executable: '/bin/true' })).toEqual({ executable: '/bin/true', args: [], env: {}, timeoutMs: 10_000 });
  });
});

describe('command check', () => {
  it('reads an OK plugin: message from the first line, values from perfdata', async () => {
    const path = script(`echo "DISK OK - free space: / 3326 MB (56%); | /=2643MB;5948;5958;0;5968 'my label'=5s;;;; time=0.25s load=U ratio=42% ''=3 bad=abc"
exit 0`);
    const { result } = await run({ executable: path });
    expect(result).toMatchObject({ status: 'up', message: 'DISK OK - free space: / 3326 MB (56%);' });
    expect(result.errorClass).toBeUndefined();
    expect(result.values).toMatchObject({ '/': 2643, my_label: 5000, time: 250, load: null, ratio: 42, exit_code: 0 });
    expect(result.values).not.toHaveProperty('bad');
    expect(result.values['output']).toMatch(/^DISK OK/);
    expect(result.values['RESPONSE_TIME']).toBe(result.latencyMs);
  });

  it('maps exit codes 1, 2 and 3 to warning, critical and unknown, with long-text perfdata', async () => {
    const warning = script(`printf 'LOAD WARNING - load average: 5.1\\nlong text\\nmore text | load5=5.1;4;8;0\\nload15=3.0;3;6;0\\n'
exit 1`);
    expect((await run({ executable: warning })).result).toMatchObject({
      status: 'warning',
      errorClass: 'condition',
      message: 'LOAD WARNING - load average: 5.1',
      values: { load5: 5.1, load15: 3, exit_code: 1 },
    });
    const critical = script('echo "PROCS CRITICAL: 0 processes"; exit 2');
    expect((await run({ executable: critical })).result).toMatchObject({ status: 'critical', errorClass: 'condition', message: 'PROCS CRITICAL: 0 processes' });
    const unknown = script('echo "UNKNOWN - cannot read /proc"; exit 3');
    expect((await run({ executable: unknown })).result).toMatchObject({ status: 'unknown', errorClass: 'command', message: 'UNKNOWN - cannot read /proc' });
  });

  it('calls any other exit unknown, with stderr as the reason when stdout is empty', async () => {
    const broken = script('echo "curl: command failed" >&2; exit 7');
    expect((await run({ executable: broken })).result).toMatchObject({
      status: 'unknown',
      errorClass: 'command',
      message: 'curl: command failed (exit code 7)',
      values: { exit_code: 7 },
    });
    const silent = script('exit 0');
    expect((await run({ executable: silent })).result).toMatchObject({ status: 'up', message: `OK: ${silent} printed nothing` });
    const killed = script('kill -9 $$');
    expect((await run({ executable: killed })).result).toMatchObject({ status: 'unknown', message: `${killed} was stopped by SIGKILL` });
  });

  it('passes arguments as they are, without a shell', async () => {
    const path = script('for arg in "$@"; do echo "[$arg]"; done');
    const { result } = await run({ executable: path, args: ['$HOME', '*', 'a b', '; rm -rf /'] });
    expect(result.values['output']).toBe('[$HOME]\n[*]\n[a b]\n[; rm -rf /]\n');
  });

  it('gives the program PATH, HOME, LANG and the configured variables, nothing else', async () => {
    vi.stubEnv('ONCALL_TEST_TOKEN', 'hunter2');
    try {
      const { result } = await run({ executable: '/usr/bin/env', env: { PLUGIN_MODE: 'fast' } });
      const names = String(result.values['output']).trim().split('\n').map((line) => line.split('=')[0]);
      expect(names.sort()).toEqual(['HOME', 'LANG', 'PATH', 'PLUGIN_MODE']);
      expect(result.values['output']).toContain('LANG=C.UTF-8');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('says why a program could not start', async () => {
    const dir = tempDir();
    expect((await run({ executable: join(dir, 'nope') })).result).toMatchObject({
      status: 'critical',
      errorClass: 'command',
      message: `Cannot run ${join(dir, 'nope')}: no such file`,
      latencyMs: null,
    });
    const notExecutable = join(dir, 'plain.sh');
    writeFileSync(notExecutable, '#!/bin/sh\necho hi\n');
    expect((await run({ executable: notExecutable })).result).toMatchObject({ message: `Cannot run ${notExecutable}: permission denied (is it executable? chmod +x)` });
    const noInterpreter = join(dir, 'lost.sh');
    writeFileSync(noInterpreter, '#!/nonexistent/interpreter\n');
    chmodSync(noInterpreter, 0o755);
    expect((await run({ executable: noInterpreter })).result).toMatchObject({ message: `Cannot run ${noInterpreter}: the interpreter on its #! line was not found` });
  });

  it('stops the program and the processes it started at the deadline', async () => {
    const dir = tempDir();
    const pids = join(dir, 'pids');
    const path = script(`sleep 30 &
echo $! > ${pids}
echo $$ >> ${pids}
sleep 30`);
    const { result, ms } = await run({ executable: path, timeoutMs: DEADLINE });
    expect(result).toMatchObject({
      status: 'critical',
      errorClass: 'timeout',
      latencyMs: null,
      message: `Timed out after ${DEADLINE} ms running ${path}; stopped it and the processes it started`,
    });
    expect(ms).toBeLessThan(DEADLINE + MARGIN);
    const started = readFileSync(pids, 'utf8').trim().split('\n').map(Number);
    expect(started).toHaveLength(2);
    expect(alive(process.pid)).toBe(true);
    await vi.waitFor(() => expect(started.filter(alive)).toEqual([]), { timeout: 2000, interval: 25 });
  });

  it('ends at the deadline when a finished program left a process holding its output', async () => {
    const path = script('echo "OK - but a helper lingers"\nsleep 30 &\nexit 0');
    const { result } = await run({ executable: path, timeoutMs: DEADLINE });
    expect(result).toMatchObject({ errorClass: 'timeout', message: `Timed out after ${DEADLINE} ms: ${path} ended, but a process it started kept its output open; stopped it and the processes it started` });
  });

  it('stops a program that prints more than 64 KiB', async () => {
    const path = script('exec yes "a line of output that goes on and on"');
    const { result, ms } = await run({ executable: path });
    expect(result).toMatchObject({ status: 'critical', errorClass: 'command', message: `${path} printed more than 64 KiB; stopped it` });
    expect(ms).toBeLessThan(2000);
  });

  it('stops when the engine aborts the run', async () => {
    const path = script('sleep 30');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { result, ms } = await run({ executable: path }, controller.signal);
    expect(result).toMatchObject({ status: 'critical', errorClass: 'timeout' });
    expect(ms).toBeLessThan(100 + MARGIN);
  });
});
