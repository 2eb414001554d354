import { isIP } from 'node:net';
import * as z from 'zod';

/**
 * Zod fields shared by the network check configs. Each message completes the sentence
 * "<field>: …", because parse-config.ts prefixes the field's path.
 */

const LABEL = '[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?';
// Underscores are allowed: internal names such as `db_primary.corp` exist and resolve.
const HOST_NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*\\.?$`, 'i');

/** True for a DNS name (letters, digits, `-`, `_`, dots) or a bare IPv4/IPv6 address. */
export function isHostName(value: string): boolean {
  return isIP(value) !== 0 || (value.length <= 253 && HOST_NAME.test(value));
}

/** A string that says "is required" when absent and "must be <what>" when of another type. */
export function requiredText(what = 'text') {
  return z.string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be ${what}`) });
}

/** An integer with the same two messages as requiredText. */
export function requiredInt(what = 'a whole number') {
  return z.int({ error: (issue) => (issue.input === undefined ? 'is required' : `must be ${what}`) });
}

/** For z.strictObject: what to say when a config (or a group in it) is not an object at all. */
export const OBJECT = { error: 'must be an object' } as const;

export const hostField = requiredText()
  .trim()
  .min(1, 'is required')
  .refine(isHostName, 'must be a host name or an IP address, without a scheme, port or path')
  .describe('Host name or IP address');

export const portField = requiredInt().min(1, 'must be 1–65535').max(65535, 'must be 1–65535').describe('TCP port');

/** The whole run's time limit in ms; long enough for a slow VPN, short enough to notice a hang. */
export function timeoutField(defaultMs: number) {
  return requiredInt('a whole number of milliseconds')
    .min(100, 'must be at least 100 ms')
    .max(120_000, 'must be at most 120000 ms (2 minutes)')
    .default(defaultMs)
    .describe('Time limit for the whole run, in milliseconds');
}
