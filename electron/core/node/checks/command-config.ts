import { isAbsolute } from 'node:path';
import * as z from 'zod';
import { OBJECT, requiredText, timeoutField } from './config-fields.ts';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// A NUL byte cannot be passed to a program; spawn would throw instead of running it.
const noNul = (value: string): boolean => !value.includes('\0');

/**
 * A program to run, Nagios-plugin style: exit code for the verdict, first line for the
 * message, perfdata for values. Default time limit 10 s, as Nagios gives a plugin.
 */
export const commandConfig = z.strictObject(
  {
    // Absolute only: the app's PATH is not the user's shell PATH (an app started from a
    // desktop menu gets a bare one), so a bare name could run another program, or none,
    // than the one tried in a terminal. A full path means the same program everywhere.
    executable: requiredText()
      .trim()
      .min(1, 'is required')
      .max(4096, 'must be at most 4096 characters')
      .refine(isAbsolute, 'must be an absolute path such as /usr/lib/nagios/plugins/check_load (find it with `command -v <name>`)')
      .refine(noNul, 'must not contain a NUL character')
      .describe('Full path of the program or script to run, e.g. /usr/lib/nagios/plugins/check_disk'),
    args: z
      .array(
        z.string('must be text').max(4096, 'must be at most 4096 characters').refine(noNul, 'must not contain a NUL character'),
        'must be a list of arguments',
      )
      .max(100, 'must be at most 100 arguments')
      .default([])
      .describe('Arguments, one per item, passed as they are: no shell, so no quoting, globbing or $variables'),
    env: z
      .record(
        z.string().regex(ENV_NAME, 'must be a variable name (letters, digits and _)'),
        z.string('must be text').max(4096, 'must be at most 4096 characters').refine(noNul, 'must not contain a NUL character'),
        { error: 'must be an object of variable names to values' },
      )
      .default({})
      .describe('Extra environment variables; the program otherwise gets only PATH, HOME and LANG'),
    timeoutMs: timeoutField(10_000),
  },
  OBJECT,
);

export type CommandConfig = z.output<typeof commandConfig>;
