/**
 * The http check's own HTTP/1.1 client against a raw TCP server on 127.0.0.1: what it
 * writes on the wire, and answers a node:http server would never send (split anywhere,
 * framed oddly, malformed). http.test.ts covers the same client against real HTTP servers.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpCheck } from '../../../electron/core/node/checks/http.ts';
import { checkContext } from '../../helpers/check-context.ts';

const check = createHttpCheck();

/** Per path, what the server writes back: each string is one write, a number a pause in ms. */
const ANSWERS: Record<string, Array<string | number>> = {
  '/split': ['HTT', 5, 'P/1.1 200 OK\r\nTransfer-', 5, 'Encoding: chunked\r\n\r\n3\r', 5, '\nabc\r\n0\r\nX-Done: 1\r\n', 5, '\r\n'],
  '/until-close': ['HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nfirst ', 5, 'second'],
  '/continue': ['HTTP/1.1 100 Continue\r\n\r\n', 5, 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'],
  '/not-http': ['SSH-2.0-OpenSSH_9.6\r\n\r\n'],
  '/cut': ['HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this'],
  '/bad-chunk': ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\nnope\r\n'],
};

let server: Server;
let base: string;
let lastRequest = '';

beforeAll(async () => {
  server = createServer((socket: Socket) => {
    let received = '';
    socket.on('data', async (chunk) => {
      received += chunk.toString('latin1');
      const headEnd = received.indexOf('\r\n\r\n');
      if (headEnd === -1) return;
      const length = Number(/\r\ncontent-length: (\d+)/i.exec(received)?.[1] ?? 0);
      if (received.length < headEnd + 4 + length) return;
      lastRequest = received;
      const path = received.split(' ')[1] ?? '';
      for (const step of ANSWERS[path] ?? ['HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok']) {
        if (typeof step === 'number') await sleep(step);
        else socket.write(step, 'latin1');
      }
      socket.end();
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function run(config: Record<string, unknown>) {
  return check.run(check.config.parse({ timeoutMs: 2000, ...config }), checkContext());
}

describe('http check on the wire', () => {
  it('writes one request with Host, its headers, the body length and Connection: close', async () => {
    const { port } = server.address() as AddressInfo;
    const result = await run({ url: `${base}/form?q=1`, method: 'POST', body: 'grüße', headers: { 'X-Team': 'sre' } });
    expect(result.status).toBe('up');
    const [head, body] = lastRequest.split('\r\n\r\n');
    const lines = head!.split('\r\n');
    expect(lines[0]).toBe('POST /form?q=1 HTTP/1.1');
    expect(lines.slice(1)).toEqual(
      expect.arrayContaining([`Host: 127.0.0.1:${port}`, 'x-team: sre', 'Content-Length: 7', 'Connection: close', expect.stringMatching(/^user-agent: OnCallCompanion\//)]),
    );
    expect(Buffer.from(body!, 'latin1').toString('utf8')).toBe('grüße');
  });

  it('sends the Host the config gives instead of its own', async () => {
    await run({ url: `${base}/ok`, headers: { Host: 'virtual.example' } });
    expect(lastRequest).toMatch(/\r\nhost: virtual\.example\r\n/);
    expect(lastRequest).not.toMatch(/\r\nHost: 127/);
  });

  it('reads a chunked answer that arrives split in the middle of every part', async () => {
    expect(await run({ url: `${base}/split` })).toMatchObject({ status: 'up', values: { STATUS: 200, BODY: 'abc' } });
  });

  it('reads an HTTP/1.0 body until the server closes', async () => {
    expect(await run({ url: `${base}/until-close` })).toMatchObject({ status: 'up', values: { BODY: 'first second' } });
  });

  it('waits past 100 Continue for the real answer', async () => {
    expect(await run({ url: `${base}/continue` })).toMatchObject({ status: 'up', values: { STATUS: 200, BODY: 'ok' } });
  });

  it('calls an answer that is not HTTP an http_status failure, naming the server', async () => {
    const result = await run({ url: `${base}/not-http` });
    expect(result).toMatchObject({ status: 'critical', errorClass: 'http_status', values: { STATUS: null } });
    expect(result.message).toMatch(/^Not a valid HTTP response from 127\.0\.0\.1:\d+: expected an HTTP\/1\.x status line$/);
  });

  it('reports a body cut short by the server closing', async () => {
    const result = await run({ url: `${base}/cut` });
    expect(result).toMatchObject({ errorClass: 'connect', values: { STATUS: 200 } });
    expect(result.message).toMatch(/closed the connection before the body was complete$/);
  });

  it('reports a malformed chunked body as bad_body', async () => {
    const result = await run({ url: `${base}/bad-chunk` });
    expect(result).toMatchObject({ errorClass: 'bad_body', values: { STATUS: 200 } });
    expect(result.message).toMatch(/^Malformed response body from 127\.0\.0\.1:\d+: invalid chunk size$/);
  });
});
