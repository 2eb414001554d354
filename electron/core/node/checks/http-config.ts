import * as z from 'zod';
import { OBJECT, requiredText, timeoutField } from './config-fields.ts';
import { parseStatusRanges } from './http-status.ts';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
/** A header name: an HTTP token (RFC 9110 §5.6.2). */
export const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** No CR, LF or other control characters: they would split one header into two. */
export const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
/** Headers the check itself manages: one connection per run, and how the body is framed. */
const MANAGED_HEADERS = new Set(['connection', 'content-length', 'transfer-encoding', 'keep-alive', 'upgrade']);

function isHttpUrl(value: string): boolean {
  const url = URL.parse(value);
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

function hasNoCredentials(value: string): boolean {
  const url = URL.parse(value);
  return url === null || (url.username === '' && url.password === '');
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

const headerName = z.string().regex(TOKEN, 'must be a header name (letters, digits and - only)');

/** An http(s) address without credentials in it; shared with the JSON API check types. */
export function httpUrlField(description: string) {
  return requiredText()
    .trim()
    .refine(isHttpUrl, 'must be an http or https URL')
    .refine(hasNoCredentials, 'must not contain a user name or password; put credentials in secretHeaders')
    .describe(description);
}

/** Plain request headers, sent as written. */
export const headersField = z
  .record(headerName, z.string('must be text').regex(HEADER_VALUE, 'must not contain line breaks'), {
    error: 'must be an object of header names to values',
  })
  .default({})
  .describe('Request headers; put credentials in secretHeaders instead');

/** Headers whose values come from the secret store at each run (http-secrets.ts). */
export const secretHeadersField = z
  .record(headerName, z.string('must be the name of a secret').min(1, 'must be the name of a secret'), {
    error: 'must be an object of header names to secret names',
  })
  .default({})
  .describe('Header name → name of a secret in the secret store, read at each run');

/** Rejects headers the check manages itself, and a header set both plainly and as a secret. */
export function refineHeaders(
  config: { readonly headers: Readonly<Record<string, string>>; readonly secretHeaders: Readonly<Record<string, string>> },
  context: z.RefinementCtx,
): void {
  const plain = new Set(Object.keys(config.headers).map((name) => name.toLowerCase()));
  for (const name of Object.keys(config.headers)) {
    if (MANAGED_HEADERS.has(name.toLowerCase())) context.addIssue({ code: 'custom', path: ['headers', name], message: 'is set by the check itself' });
  }
  for (const name of Object.keys(config.secretHeaders)) {
    if (plain.has(name.toLowerCase())) context.addIssue({ code: 'custom', path: ['secretHeaders', name], message: 'is also set in headers' });
    if (MANAGED_HEADERS.has(name.toLowerCase())) context.addIssue({ code: 'custom', path: ['secretHeaders', name], message: 'is set by the check itself' });
  }
}

const expectBody = z
  .strictObject(
    {
      keyword: z
        .string('must be text')
        .min(1, 'must not be empty')
        .max(1000, 'must be at most 1000 characters')
        .optional()
        .describe('Plain text the body must contain'),
      regex: z
        .string('must be text')
        .min(1, 'must not be empty')
        // The body is capped at 64 KiB; a short pattern keeps a pathological one from stalling the core.
        .max(500, 'must be at most 500 characters')
        .refine(compiles, 'must be a valid regular expression')
        .optional()
        .describe('A JavaScript regular expression the body must match, without slashes'),
      negate: z.boolean('must be true or false').default(false).describe('The body must NOT contain or match it (e.g. "error")'),
      ignoreCase: z.boolean('must be true or false').default(false).describe('Ignore upper and lower case'),
    },
    OBJECT,
  )
  .refine((value) => (value.keyword === undefined) !== (value.regex === undefined), 'needs exactly one of keyword or regex');

/**
 * An HTTP(S) check: one request (plus redirects), judged by status, then by body.
 * Defaults: GET, 200–399, 10 s, redirects followed.
 */
export const httpConfig = z
  .strictObject(
    {
      url: httpUrlField('The http:// or https:// address to request'),
      method: z.enum(METHODS, `must be one of ${METHODS.join(', ')}`).default('GET'),
      headers: headersField,
      body: z.string('must be text').max(65_536, 'must be at most 64 KiB').optional().describe('Request body, for POST, PUT or PATCH'),
      expectedStatus: z
        .string('must be text such as "200-399" or "200,204"')
        .refine((value) => parseStatusRanges(value) !== null, 'must be status codes or ranges such as "200-399", "200,204" or "2xx"')
        .default('200-399')
        .describe('Healthy statuses: "200-399", "200,204", "2xx,301"'),
      expectBody: expectBody.optional().describe('What the response body must (or must not) contain'),
      secretHeaders: secretHeadersField,
      timeoutMs: timeoutField(10_000),
      followRedirects: z.boolean('must be true or false').default(true).describe('Follow up to 5 redirects (never from https to http)'),
    },
    OBJECT,
  )
  .superRefine((config, context) => {
    if (config.body !== undefined && (config.method === 'GET' || config.method === 'HEAD')) {
      context.addIssue({ code: 'custom', path: ['body'], message: `is not sent with ${config.method}; use POST, PUT or PATCH` });
    }
    refineHeaders(config, context);
  });

export type HttpConfig = z.output<typeof httpConfig>;
