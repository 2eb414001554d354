import type { OutgoingHttpHeaders } from 'node:http';
import type { Failure } from './classify-error.ts';
import { clip } from './format.ts';

/** Redirects followed in one run; the next one is a failure. */
export const MAX_REDIRECTS = 5;

/** Headers that identify the user to one origin and must not follow a redirect to another. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization', 'host'];

/** One request of a redirect chain. */
export interface Hop {
  readonly url: URL;
  readonly method: string;
  readonly body: string | undefined;
  /** Lower-case names. */
  readonly headers: OutgoingHttpHeaders;
}

/**
 * Where a redirect leads, or why the run stops there. Followed by hand so that each rule
 * is ours: at most MAX_REDIRECTS, a loop is named as one, https never downgrades to http
 * (a failure, not a silent step down), credentials never cross to another origin, and
 * 303 (or 301/302 after a POST) turns into a body-less GET as browsers do.
 *
 * `chain` holds the hops so far, first request included; `secretHeaders` are the
 * lower-case names whose values came from the secret store.
 */
export function nextHop(chain: readonly Hop[], status: number, location: string, secretHeaders: readonly string[]): Hop | Failure {
  const from = chain[chain.length - 1]!;
  const url = URL.parse(location, from.url.href);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return failure(`HTTP ${status} redirects to an invalid or non-HTTP location: ${clip(location)}`);
  }
  url.hash = '';
  if (from.url.protocol === 'https:' && url.protocol === 'http:') {
    return failure(`HTTP ${status} redirects from https to ${clip(url.href)}: refused, a check never downgrades to plain http`);
  }
  if (chain.length > MAX_REDIRECTS) {
    return failure(`Too many redirects (more than ${MAX_REDIRECTS}); the next was to ${clip(url.href)}`);
  }
  const toGet = (status === 303 && from.method !== 'HEAD') || ((status === 301 || status === 302) && from.method === 'POST');
  const method = toGet ? 'GET' : from.method;
  if (chain.some((hop) => hop.method === method && hop.url.href === url.href)) {
    return failure(`Redirect loop: back to ${clip(url.href)} after ${chain.length} redirect${chain.length === 1 ? '' : 's'}`);
  }
  let headers = from.headers;
  if (url.origin !== from.url.origin || toGet) {
    headers = { ...from.headers };
    if (url.origin !== from.url.origin) for (const name of [...CREDENTIAL_HEADERS, ...secretHeaders]) delete headers[name];
    if (toGet) delete headers['content-type'];
  }
  return { url, method, body: toGet ? undefined : from.body, headers };
}

function failure(message: string): Failure {
  return { errorClass: 'http_status', message };
}

/** Tells a next hop from a failure. */
export function isHop(value: Hop | Failure): value is Hop {
  return 'url' in value;
}
