import * as z from 'zod';
import { OBJECT, requiredInt } from './config-fields.ts';

/** What a system check can watch. */
export const SYSTEM_METRICS = ['cpu', 'memory', 'swap', 'disk', 'load'] as const;
/** One of SYSTEM_METRICS. */
export type SystemMetric = (typeof SYSTEM_METRICS)[number];

const percent = (fallback: number) =>
  z.number('must be a number from 0 to 100').min(0, 'must be a number from 0 to 100').max(100, 'must be a number from 0 to 100').default(fallback);

const perCore = (fallback: number) =>
  z.number('must be a number such as 1.5').positive('must be more than 0').max(1000, 'must be at most 1000').default(fallback);

/** Compare thresholds only once each is valid: "120 is over 100" needs no second line. */
const fieldsValid = (payload: { readonly issues: readonly unknown[] }): boolean => payload.issues.length === 0;

/**
 * The laptop itself: CPU, memory, swap, disk and load, judged against thresholds.
 * Defaults: CPU, memory and the disk at `/`; warning above 85 %, critical above 95 %;
 * load warning above 1.5 and critical above 3 per core (5-minute average); sampled
 * every 15 s, shared by every system check.
 */
export const systemConfig = z
  .strictObject(
    {
      metrics: z
        .array(z.enum(SYSTEM_METRICS, `must be one of ${SYSTEM_METRICS.join(', ')}`), 'must be a list such as ["cpu", "disk"]')
        .min(1, 'must name at least one of cpu, memory, swap, disk, load')
        .refine((list) => new Set(list).size === list.length, 'must not name a metric twice')
        .default(['cpu', 'memory', 'disk'])
        .describe('What to watch: cpu, memory, swap, disk and/or load'),
      mount: z
        .string('must be a mount point such as / or /home')
        .trim()
        .min(1, 'must be a mount point such as / or /home')
        .max(1024, 'must be at most 1024 characters')
        .default('/')
        .describe('The mount point whose disk use is watched (with disk), e.g. / or /home'),
      warningPercent: percent(85).describe('Warning when CPU, memory, swap or disk use is above this percentage'),
      criticalPercent: percent(95).describe('Critical when CPU, memory, swap or disk use is above this percentage'),
      warningLoadPerCore: perCore(1.5).describe('Warning when the 5-minute load average per core is above this (with load)'),
      criticalLoadPerCore: perCore(3).describe('Critical when the 5-minute load average per core is above this (with load)'),
      sampleEveryMs: requiredInt('a whole number of milliseconds')
        .min(5_000, 'must be at least 5000 ms (5 seconds)')
        .max(600_000, 'must be at most 600000 ms (10 minutes)')
        .default(15_000)
        .describe('How often the machine is sampled, in milliseconds; CPU use is averaged over this time'),
    },
    OBJECT,
  )
  .refine((config) => config.criticalPercent >= config.warningPercent, {
    path: ['criticalPercent'],
    message: 'must not be less than warningPercent',
    when: fieldsValid,
  })
  .refine((config) => config.criticalLoadPerCore >= config.warningLoadPerCore, {
    path: ['criticalLoadPerCore'],
    message: 'must not be less than warningLoadPerCore',
    when: fieldsValid,
  });

export type SystemConfig = z.output<typeof systemConfig>;
