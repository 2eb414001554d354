import type * as z from 'zod';
import type { CheckType } from '../../common/checks/check-type.ts';

/** A config that passed its type's schema, or one line naming the field and the reason. */
export type ParsedConfig<Config> = { readonly ok: true; readonly config: Config } | { readonly ok: false; readonly message: string };

/**
 * Validate a stored or submitted config against its check type. The message names every
 * field at fault (`url: must be an http or https URL; port: must be 1–65535`), so the
 * window can show it next to what the user typed.
 */
export function parseCheckConfig<Config>(type: CheckType<string, Config>, input: unknown): ParsedConfig<Config> {
  const parsed = type.config.safeParse(input);
  return parsed.success ? { ok: true, config: parsed.data } : { ok: false, message: describeConfigError(parsed.error) };
}

/** `field.path: reason` for the first few issues, joined with "; ". */
export function describeConfigError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const prefix = issue.path.length > 0 ? `${issue.path.join('.')}.` : '';
        return issue.keys.map((key) => `${prefix}${key}: is not a known field`).join('; ');
      }
      const field = issue.path.length > 0 ? issue.path.join('.') : 'config';
      // A bad record key (a header name) carries its reason one level down.
      const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
      return `${field}: ${message}`;
    })
    .join('; ');
}
