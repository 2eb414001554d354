import * as z from 'zod';
import { OBJECT, requiredInt, requiredText, timeoutField } from './config-fields.ts';
import { parseFileGlob } from './file-glob.ts';

const minutes = requiredInt('a whole number of minutes').min(1, 'must be at least 1 minute').max(525_600, 'must be at most 525600 (a year)');

const maxAge = z
  .strictObject(
    {
      warning: minutes.optional().describe('Warning when the newest file is older than this many minutes'),
      critical: minutes.optional().describe('Critical when the newest file is older than this many minutes'),
    },
    OBJECT,
  )
  .refine((age) => age.warning !== undefined || age.critical !== undefined, 'needs warning, critical or both')
  .refine((age) => age.warning === undefined || age.critical === undefined || age.critical >= age.warning, {
    path: ['critical'],
    message: 'must not be less than warning',
    // Compared only once both are valid: "0 is less than 1 minute" needs no second line.
    when: (payload) => payload.issues.length === 0,
  });

/**
 * The newest file matching a pattern, e.g. last night's backup: how old, how big, and
 * how big against the files before it. Defaults: at least 1 byte; critical below half
 * the median of the 7 previous files; age not judged unless maxAgeMinutes is set.
 */
export const fileConfig = z.strictObject(
  {
    path: requiredText()
      .trim()
      .min(1, 'is required')
      .max(4096, 'must be at most 4096 characters')
      .superRefine((value, context) => {
        const parsed = parseFileGlob(value);
        if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.reason });
      })
      .describe('Absolute path or pattern: * and ? within a name, ** for any folders, e.g. /var/backups/db-*.sql.gz'),
    maxAgeMinutes: maxAge.optional().describe('How old the newest file may be, in minutes (e.g. 1560 = 26 h for a nightly backup)'),
    minSizeBytes: requiredInt('a whole number of bytes')
      .min(0, 'must be 0 or more')
      .default(1)
      .describe('Critical when the newest file is smaller than this many bytes (1 = not empty)'),
    minRatioToMedian: z
      .number('must be a number from 0 to 1')
      .min(0, 'must be a number from 0 to 1')
      .max(1, 'must be a number from 0 to 1')
      .default(0.5)
      .describe('Critical when the newest file is smaller than this share of the median size of the previous files (0 = off)'),
    history: requiredInt()
      .min(1, 'must be 1–100')
      .max(100, 'must be 1–100')
      .default(7)
      .describe('How many previous files the median is taken over'),
    timeoutMs: timeoutField(10_000),
  },
  OBJECT,
);

export type FileConfig = z.output<typeof fileConfig>;
