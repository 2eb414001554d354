import type { OutgoingHttpHeaders } from 'node:http';
import type { CheckRunContext } from '../../common/checks/check-type.ts';
import type { Failure } from './classify-error.ts';
import { HEADER_VALUE } from './http-config.ts';

/** Sent unless the config sets its own, so a service's logs can tell checks from people. */
const USER_AGENT = 'OnCallCompanion/1 (health check)';

/** The request headers of a run, and what must never appear in its outcome. */
export interface RunHeaders {
  /** Lower-case names. */
  readonly headers: OutgoingHttpHeaders;
  /** Lower-case names of the headers whose values are secrets. */
  readonly secretNames: readonly string[];
  /** The secret values themselves, to redact from BODY and messages. */
  readonly secretValues: readonly string[];
}

/**
 * Builds the headers of a run, reading each secret header's value from the secret store
 * now (secrets are never part of a config). A missing or unsendable secret is a `config`
 * failure whose message names the secret and the header, never a value.
 */
export function runHeaders(
  config: { readonly headers: Readonly<Record<string, string>>; readonly secretHeaders: Readonly<Record<string, string>> },
  context: CheckRunContext,
): RunHeaders | Failure {
  const headers: OutgoingHttpHeaders = { 'user-agent': USER_AGENT };
  for (const [name, value] of Object.entries(config.headers)) headers[name.toLowerCase()] = value;
  const secretNames: string[] = [];
  const secretValues: string[] = [];
  for (const [header, secret] of Object.entries(config.secretHeaders)) {
    const value = context.secret(secret);
    if (value === undefined || value === '') {
      return { errorClass: 'config', message: `Secret "${secret}" for header ${header} is not in the secret store` };
    }
    if (!HEADER_VALUE.test(value)) {
      return { errorClass: 'config', message: `Secret "${secret}" cannot be sent as header ${header}: it contains a line break or control character` };
    }
    headers[header.toLowerCase()] = value;
    secretNames.push(header.toLowerCase());
    secretValues.push(value);
  }
  return { headers, secretNames, secretValues };
}

/** Replaces every secret value in text a server or Node produced (an echoed header, a URL). */
export function redact(text: string, secretValues: readonly string[]): string {
  let result = text;
  for (const value of secretValues) result = result.replaceAll(value, '[secret]');
  return result;
}
