import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpCheck } from '../../../electron/core/node/checks/http.ts';
import { parseCheckConfig } from '../../../electron/core/node/checks/parse-config.ts';
import { testCertificates, trustTestCa } from '../../helpers/check-certs.ts';
import { checkContext, fakeLookup, timed } from '../../helpers/check-context.ts';
import { closedPort, startCheckServer, type CheckServer } from '../../helpers/check-http-server.ts';

const check = createHttpCheck({ lookup: fakeLookup({ 'service.test': '127.0.0.1' }) });
/** Short enough for the suite, long enough to tell a deadline from a quick failure. */
const DEADLINE = 1500;
/** Scheduling slack on a loaded 2-core machine. */
const MARGIN = 400;

let plain: CheckServer;
let secure: CheckServer;
let expired: CheckServer;
let selfSigned: CheckServer;

beforeAll(async () => {
  const certificates = testCertificates();
  trustTestCa(certificates);
  [plain, secure, expired, selfSigned] = await Promise.all([
    startCheckServer(),
    startCheckServer(certificates.days90),
    startCheckServer(certificates.expired),
    startCheckServer(certificates.selfSigned),
  ]);
});

afterAll(async () => {
  await Promise.all([plain, secure, expired, selfSigned].map((server) => server?.close()));
});

function run(config: Record<string, unknown>, context = checkContext()) {
  return timed(() => check.run(check.config.parse(config), context));
}

describe('http config', () => {
  it('names the field and the reason for bad input', () => {
    const message = (config: unknown) => {
      const parsed = parseCheckConfig(check, config);
      return parsed.ok ? 'ok' : parsed.message;
    };
    expect(message({ url: 'ftp://example.com' })).toBe('url: must be an http or https URL');
    expect(message({})).toBe('url: is required');
    expect(message({ url: 'https://user:pw@example.com' })).toMatch(/^url: must not contain a user name or password/);
    expect(message({ url: 'http://x', timeoutMs: 5 })).toBe('timeoutMs: must be at least 100 ms');
    expect(message({ url: 'http://x', method: 'FETCH' })).toMatch(/^method: must be one of GET, HEAD/);
    expect(message({ url: 'http://x', body: 'hi' })).toBe('body: is not sent with GET; use POST, PUT or PATCH');
    expect(message({ url: 'http://x', expectedStatus: '200-abc' })).toMatch(/^expectedStatus: must be status codes or ranges/);
    expect(message({ url: 'http://x', headers: { 'X-A': 'one\r\nX-B: two' } })).toBe('headers.X-A: must not contain line breaks');
    expect(message({ url: 'http://x', headers: { 'Bad Header': 'x' } })).toBe('headers.Bad Header: must be a header name (letters, digits and - only)');
    expect(message({ url: 'http://x', headers: { Connection: 'keep-alive' } })).toBe('headers.Connection: is set by the check itself');
    expect(message('https://example.com')).toBe('config: must be an object');
    expect(message({ url: 'http://x', expectBody: { keyword: 'a', regex: 'b' } })).toBe('expectBody: needs exactly one of keyword or regex');
    expect(message({ url: 'http://x', expectBody: { regex: '(' } })).toBe('expectBody.regex: must be a valid regular expression');
    expect(message({ url: 'http://x', timout: 5 })).toBe('timout: is not a known field');
    expect(message({ url: 'http://x', headers: { authorization: 'x' }, secretHeaders: { Authorization: 'token' } })).toBe(
      'secretHeaders.Authorization: is also set in headers',
    );
  });

  it('fills in the defaults', () => {
    expect(check.config.parse({ url: ' https://example.com/health ' })).toEqual({
      url: 'https://example.com/health',
      method: 'GET',
      headers: {},
      expectedStatus: '200-399',
      secretHeaders: {},
      timeoutMs: 10_000,
      followRedirects: true,
    });
  });
});

describe('http check: answers', () => {
  it('reports status, time, body and address of a healthy endpoint', async () => {
    const { result } = await run({ url: `${plain.url}/ok` });
    expect(result).toMatchObject({ status: 'up', values: { STATUS: 200, BODY: 'ok', IP: '127.0.0.1', CONNECTED: true } });
    expect(result.message).toMatch(/^HTTP 200 OK after [\d.]+ ms$/);
    expect(result.values['RESPONSE_TIME']).toBe(result.latencyMs);
    expect(result.errorClass).toBeUndefined();
  });

  it('decodes a gzip JSON body and matches a keyword in it', async () => {
    const { result } = await run({ url: `${plain.url}/json-gzip`, expectBody: { keyword: '"db":"ok"' } });
    expect(result.status).toBe('up');
    expect(JSON.parse(String(result.values['BODY']))).toMatchObject({ status: 'ok', checks: { db: 'ok' } });
  });

  it('sends the method and body, and HEAD reads no body', async () => {
    const post = await run({ url: `${plain.url}/echo`, method: 'POST', body: 'hello' });
    expect(post.result.values['BODY']).toBe('POST hello');
    const head = await run({ url: `${plain.url}/ok`, method: 'HEAD' });
    expect(head.result).toMatchObject({ status: 'up', values: { STATUS: 200, BODY: '' } });
  });

  it('fails an unexpected status with http_status, and accepts it when expected', async () => {
    const { result } = await run({ url: `${plain.url}/status/503` });
    expect(result).toMatchObject({ status: 'critical', errorClass: 'http_status', values: { STATUS: 503, CONNECTED: true } });
    expect(result.message).toMatch(/^HTTP 503 Service Unavailable \(expected 200–399\) after [\d.]+ ms$/);
    expect(result.latencyMs).not.toBeNull();
    const expected = await run({ url: `${plain.url}/status/503`, expectedStatus: '500-599' });
    expect(expected.result.status).toBe('up');
  });

  it('matches keywords and regexes, and their negations', async () => {
    const url = `${plain.url}/text`;
    const verdict = async (expectBody: Record<string, unknown>) => {
      const { result } = await run({ url, expectBody });
      return result.status === 'up' ? 'up' : `${result.errorClass}: ${result.message.replace(/ \(HTTP.*$/, '')}`;
    };
    expect(await verdict({ keyword: 'healthy' })).toBe('up');
    expect(await verdict({ keyword: 'HEALTHY' })).toBe('bad_body: Body does not contain "HEALTHY"');
    expect(await verdict({ keyword: 'HEALTHY', ignoreCase: true })).toBe('up');
    expect(await verdict({ keyword: 'error', negate: true })).toBe('up');
    expect(await verdict({ keyword: 'healthy', negate: true })).toBe('bad_body: Body contains "healthy", which it must not');
    expect(await verdict({ regex: 'queue depth \\d+' })).toBe('up');
    expect(await verdict({ regex: 'queue depth \\d{3,}' })).toBe('bad_body: Body does not match /queue depth \\d{3,}/');
    expect(await verdict({ regex: 'database: (down|degraded)', negate: true })).toBe('up');
  });

  it('follows up to 5 redirects', async () => {
    const { result } = await run({ url: `${plain.url}/hops/5` });
    expect(result).toMatchObject({ status: 'up', values: { BODY: 'arrived' } });
    expect(result.message).toMatch(/^HTTP 200 OK after 5 redirects, [\d.]+ ms$/);
  });

  it('verifies https against the trusted roots', async () => {
    const { result } = await run({ url: `${secure.url}/ok` });
    expect(result).toMatchObject({ status: 'up', values: { STATUS: 200 } });
  });
});

describe('http check: hostile or broken endpoints', () => {
  it('stops an endless body at the 64 KiB cap', async () => {
    const { result, ms } = await run({ url: `${plain.url}/endless` });
    expect(result).toMatchObject({ status: 'critical', errorClass: 'body_too_large', message: 'Body larger than 64 KiB' });
    expect(ms).toBeLessThan(1000);
  });

  it('stops a gzip bomb at the decoded cap without inflating the rest', async () => {
    const { result, ms } = await run({ url: `${plain.url}/bomb` });
    expect(result).toMatchObject({ errorClass: 'body_too_large', message: 'Body larger than 64 KiB after gzip decoding' });
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a declared length over the wire cap before reading it', async () => {
    const { result, ms } = await run({ url: `${plain.url}/huge-length` });
    expect(result).toMatchObject({ errorClass: 'body_too_large', values: { STATUS: 200 } });
    expect(ms).toBeLessThan(500);
  });

  // The cases that end at a deadline wait on timers, not the CPU: they run side by side.
  it.concurrent('ends a 1 byte/s drip at the deadline', async () => {
    const { result, ms } = await run({ url: `${plain.url}/drip`, timeoutMs: DEADLINE });
    expect(result).toMatchObject({ status: 'critical', errorClass: 'timeout', message: 'Timed out after 1.5 s waiting for the response body' });
    expect(ms).toBeGreaterThanOrEqual(DEADLINE - 50);
    expect(ms).toBeLessThan(DEADLINE + MARGIN);
  });

  it.concurrent('ends a silent server at the deadline', async () => {
    const { result, ms } = await run({ url: `${plain.url}/silent`, timeoutMs: DEADLINE });
    expect(result).toMatchObject({ errorClass: 'timeout', message: 'Timed out after 1.5 s waiting for the response', latencyMs: null });
    expect(result.values).toMatchObject({ STATUS: null, CONNECTED: false, IP: '127.0.0.1' });
    expect(ms).toBeLessThan(DEADLINE + MARGIN);
  });

  it.concurrent('gives up connecting after 5 s even when the deadline is later', async () => {
    const { result, ms } = await run({ url: 'http://hang.test/', timeoutMs: 8000 });
    expect(result).toMatchObject({ errorClass: 'timeout', message: 'Timed out after 5 s resolving hang.test' });
    expect(ms).toBeGreaterThanOrEqual(5000 - 50);
    expect(ms).toBeLessThan(5000 + MARGIN);
  });

  it.concurrent('ends a lookup that never answers at the deadline', async () => {
    const { result, ms } = await run({ url: 'http://hang.test/', timeoutMs: DEADLINE });
    expect(result).toMatchObject({ errorClass: 'timeout', message: 'Timed out after 1.5 s resolving hang.test' });
    expect(ms).toBeLessThan(DEADLINE + MARGIN);
  });

  it('stops when the engine aborts the run', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const { result, ms } = await run({ url: `${plain.url}/silent` }, checkContext({ signal: controller.signal }));
    expect(result.errorClass).toBe('timeout');
    expect(ms).toBeLessThan(200 + MARGIN);
  });

  it('reports a refused connection', async () => {
    const port = await closedPort();
    const { result, ms } = await run({ url: `http://127.0.0.1:${port}/`, timeoutMs: DEADLINE });
    expect(result).toMatchObject({ errorClass: 'connect', message: `Connection refused by 127.0.0.1:${port}`, values: { CONNECTED: false } });
    expect(ms).toBeLessThan(DEADLINE);
  });

  it('reports an unknown host as dns, without the outside network', async () => {
    const { result, ms } = await run({ url: 'https://db.internal.example/health', timeoutMs: DEADLINE });
    expect(result).toMatchObject({ errorClass: 'dns', message: 'DNS: no such host db.internal.example' });
    expect(ms).toBeLessThan(DEADLINE);
  });

  it('returns at once when the engine already aborted the run', async () => {
    const requestsBefore = plain.log.requests.length;
    const { result, ms } = await run({ url: `${plain.url}/ok` }, checkContext({ signal: AbortSignal.abort() }));
    expect(result.errorClass).toBe('timeout');
    expect(result.message).toMatch(new RegExp(`^Timed out after [\\d.]+ ms connecting to 127\\.0\\.0\\.1:${plain.port}$`));
    expect(plain.log.requests).toHaveLength(requestsBefore);
    expect(ms).toBeLessThan(100);
  });

  it('names a redirect loop', async () => {
    const { result } = await run({ url: `${plain.url}/loop` });
    expect(result).toMatchObject({ errorClass: 'http_status', values: { STATUS: 302 } });
    expect(result.message).toBe(`Redirect loop: back to ${plain.url}/loop after 1 redirect`);
  });

  it('refuses a sixth redirect', async () => {
    const { result } = await run({ url: `${plain.url}/hops/6` });
    expect(result).toMatchObject({ errorClass: 'http_status' });
    expect(result.message).toBe(`Too many redirects (more than 5); the next was to ${plain.url}/hops/0`);
  });

  it('refuses a redirect from https to http', async () => {
    const target = `${plain.url}/ok?downgraded`;
    const { result } = await run({ url: `${secure.url}/redirect?to=${encodeURIComponent(target)}` });
    expect(result).toMatchObject({ status: 'critical', errorClass: 'http_status' });
    expect(result.message).toBe(`HTTP 302 redirects from https to ${target}: refused, a check never downgrades to plain http`);
    expect(plain.log.requests.some((request) => request.url === '/ok?downgraded')).toBe(false);
  });

  it('rejects a self-signed certificate', async () => {
    const { result } = await run({ url: `${selfSigned.url}/ok` });
    expect(result).toMatchObject({ status: 'critical', errorClass: 'tls', message: 'TLS: self-signed certificate', values: { CONNECTED: false } });
  });

  it('rejects an expired certificate and says when it expired', async () => {
    const { result } = await run({ url: `${expired.url}/ok` });
    expect(result).toMatchObject({ errorClass: 'tls', message: 'TLS: certificate has expired (expired 3 days ago)' });
  });

  it('rejects a certificate for another name', async () => {
    const { result } = await run({ url: `https://service.test:${secure.port}/ok` });
    expect(result.errorClass).toBe('tls');
    expect(result.message).toBe('TLS: certificate is not valid for service.test (it names IP Address:127.0.0.1, DNS:localhost, DNS:check.test)');
  });
});

describe('http check: secret headers', () => {
  const secrets = { 'status-api-token': 'Bearer s3cr3t-t0ken-value' };

  it('sends the secret, and keeps it out of the outcome even when the server echoes it', async () => {
    const { result } = await run({ url: `${plain.url}/echo-auth`, secretHeaders: { Authorization: 'status-api-token' } }, checkContext({ secrets }));
    expect(plain.log.requests.at(-1)?.headers.authorization).toBe('Bearer s3cr3t-t0ken-value');
    expect(result).toMatchObject({ status: 'up', values: { BODY: 'you sent: [secret]' } });
    expect(JSON.stringify(result)).not.toContain('s3cr3t');
  });

  it('does not carry the secret across a redirect to another origin', async () => {
    const target = `http://service.test:${plain.port}/echo-auth`;
    const config = { url: `${plain.url}/redirect?to=${encodeURIComponent(target)}`, secretHeaders: { Authorization: 'status-api-token' } };
    const { result } = await run(config, checkContext({ secrets }));
    expect(result.values['BODY']).toBe('you sent: nothing');
  });

  it('reports a missing secret as a config error naming it', async () => {
    const { result } = await run({ url: `${plain.url}/ok`, secretHeaders: { 'X-Api-Key': 'missing-key' } });
    expect(result).toMatchObject({ status: 'critical', errorClass: 'config', message: 'Secret "missing-key" for header X-Api-Key is not in the secret store' });
  });
});
