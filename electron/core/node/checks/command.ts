import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import type { CheckRunContext, CheckType } from '../../common/checks/check-type.ts';
import type { CheckOutcome, CheckStatus, CheckValues, ErrorClass } from '../../common/checks/outcome.ts';
import { commandConfig, type CommandConfig } from './command-config.ts';
import { parsePluginOutput } from './command-perfdata.ts';
import { runProcess, type ProcessResult } from './command-process.ts';
import { startDeadline } from './deadline.ts';
import { clip, formatDuration, roundMs } from './format.ts';

const kind = 'command';

/** Standard output kept, matched and reported: plugins print a line or a few. */
export const OUTPUT_LIMIT = 64 * 1024;

/** Used when the app itself has no PATH: the usual system folders. */
const FALLBACK_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * The command check type, with the Nagios plugin convention: exit 0 is up, 1 warning,
 * 2 critical, 3 (UNKNOWN) and anything else unknown; the first line of standard output
 * is the message and perfdata after `|` become values (see command-perfdata.ts).
 *
 * Values: exit_code, output (standard output, at most 64 KiB), RESPONSE_TIME (ms the
 * program ran), plus one per perfdata label; those three names win over a label that
 * collides with them.
 */
export const commandCheck: CheckType<typeof kind, CommandConfig> = {
  kind,
  config: commandConfig,
  summary: 'A program or Nagios plugin: its exit code, output and perfdata',
  run: runCommand,
};

const NAGIOS: readonly { readonly status: CheckStatus; readonly word: string }[] = [
  { status: 'up', word: 'OK' },
  { status: 'warning', word: 'WARNING' },
  { status: 'critical', word: 'CRITICAL' },
  { status: 'unknown', word: 'UNKNOWN' },
];

async function runCommand(config: CommandConfig, context: CheckRunContext): Promise<CheckOutcome> {
  const started = context.monotonic();
  const deadline = startDeadline(context, config.timeoutMs);
  let result: ProcessResult;
  try {
    const env = environment(config.env);
    result = await runProcess({ executable: config.executable, args: config.args, env, signal: deadline.signal, maxOutput: OUTPUT_LIMIT });
  } finally {
    deadline.release();
  }
  const elapsed = context.monotonic() - started;
  switch (result.kind) {
    case 'not_started':
      return failed(`Cannot run ${config.executable}: ${await whyNotStarted(config.executable, result.code, result.message)}`, 'command');
    case 'timeout': {
      const what = result.exited ? `: ${config.executable} ended, but a process it started kept its output open` : ` running ${config.executable}`;
      const after = formatDuration(Math.min(elapsed, config.timeoutMs));
      return failed(`Timed out after ${after}${what}; stopped it and the processes it started`, 'timeout');
    }
    case 'too_much_output':
      return failed(`${config.executable} printed more than ${OUTPUT_LIMIT / 1024} KiB; stopped it`, 'command');
    case 'exited':
      return judge(config, result, roundMs(elapsed));
  }
}

function judge(config: CommandConfig, result: Extract<ProcessResult, { kind: 'exited' }>, latencyMs: number): CheckOutcome {
  const { message, perfdata } = parsePluginOutput(result.stdout);
  const values: CheckValues = { ...perfdata, exit_code: result.code, output: result.stdout, RESPONSE_TIME: latencyMs };
  if (result.code === null) {
    const stopped = `${config.executable} was stopped by ${result.signal ?? 'a signal'}`;
    return { status: 'unknown', latencyMs, message: stopped, values, errorClass: 'command' };
  }
  const nagios = NAGIOS[result.code];
  // A script that failed before printing its verdict (`set -e`, a missing tool) says why on stderr.
  const said = message || firstLine(result.stderr);
  if (!nagios) {
    const text = said ? `${clip(said, 200)} (exit code ${result.code})` : `${config.executable} exited with code ${result.code} and printed nothing`;
    return { status: 'unknown', latencyMs, message: text, values, errorClass: 'command' };
  }
  const text = said ? clip(said, 200) : `${nagios.word}: ${config.executable} printed nothing`;
  if (nagios.status === 'up') return { status: 'up', latencyMs, message: text, values };
  // WARNING and CRITICAL are measurements the plugin judged; UNKNOWN means it could not measure.
  const errorClass: ErrorClass = nagios.status === 'unknown' ? 'command' : 'condition';
  return { status: nagios.status, latencyMs, message: text, values, errorClass };
}

/**
 * PATH, HOME and LANG, and what the config adds: never the app's own environment,
 * which may hold tokens a plugin has no business seeing. PATH is the app's (folder
 * names are no secret, and scripts call tools by name); LANG is C.UTF-8 so numbers in
 * output and perfdata use a decimal point whatever the user's locale. Windows programs
 * also need SystemRoot (networking fails without it) and a TEMP folder.
 */
function environment(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'] ?? FALLBACK_PATH, HOME: homedir(), LANG: 'C.UTF-8' };
  if (process.platform === 'win32') {
    for (const name of ['SystemRoot', 'TEMP', 'TMP', 'PATHEXT']) if (process.env[name] !== undefined) env[name] = process.env[name];
  }
  return { ...env, ...extra };
}

/** ENOENT for a file that exists means its `#!` interpreter is missing: say that, not "no such file". */
async function whyNotStarted(executable: string, code: string, message: string): Promise<string> {
  switch (code) {
    case 'ENOENT':
      try {
        await stat(executable);
        return 'the interpreter on its #! line was not found';
      } catch {
        return 'no such file';
      }
    case 'EACCES':
      return 'permission denied (is it executable? chmod +x)';
    case 'ENOEXEC':
      return 'not a program, and no #! line says what runs it';
    default:
      return clip(message, 200);
  }
}

function firstLine(text: string): string {
  return (text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '').trim();
}

/** Critical: the program gave no verdict. Every value is present, so conditions never meet a missing name. */
function failed(message: string, errorClass: ErrorClass): CheckOutcome {
  return { status: 'critical', latencyMs: null, message, values: { exit_code: null, output: null, RESPONSE_TIME: null }, errorClass };
}
