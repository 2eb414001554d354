import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/index.ts';
import { startServer, type BrowserModeServer } from '../../../electron/serve/server.ts';
import { rawRequest } from '../../helpers/http-request.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
let core: Core;
let server: BrowserModeServer;

beforeEach(async () => {
  const rendererDir = tempDir();
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>On-Call Companion</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  core = await createCore({ dataDir: tempDir(), mode: 'browser', version: '1.2.3', logger: quiet });
  server = await startServer({ core, rendererDir, port: 0 });
});

afterEach(async () => {
  await server.close();
  core.close();
});

const auth = () => ({ authorization: `Bearer ${server.token}`, 'content-type': 'application/json' });
const call = (channel: string, body: unknown, headers: Record<string, string> = auth()) =>
  rawRequest(server.port, { method: 'POST', path: `/api/${channel}`, headers, body: JSON.stringify(body) });

describe('browser mode server', () => {
  it('prints a loopback URL carrying a long random token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{43}$`));
  });

  it('answers a channel as a Result', async () => {
    const response = await call('app.info', {});
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { version: '1.2.3', mode: 'browser' } });
  });

  it('accepts its own Origin and localhost as Host', async () => {
    const origin = await call('app.info', {}, { ...auth(), origin: `http://127.0.0.1:${server.port}` });
    expect(origin.status).toBe(200);
    const local = await call('app.info', {}, { ...auth(), host: `localhost:${server.port}` });
    expect(local.status).toBe(200);
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer nope' }],
    ['a token of the right length but wrong', { authorization: `Bearer ${'A'.repeat(43)}` }],
  ])('answers 401 to %s', async (_label, headers) => {
    const response = await call('app.info', {}, headers as Record<string, string>);
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it.each([
    ['a foreign Host (DNS rebinding)', { host: 'attacker.example:80' }],
    ['our Host on another port', { host: '127.0.0.1:1' }],
    ['a foreign Origin', { origin: 'https://attacker.example' }],
    ['a null Origin', { origin: 'null' }],
  ])('answers 403 to %s, token or not', async (_label, extra) => {
    const api = await call('app.info', {}, { ...auth(), ...(extra as Record<string, string>) });
    expect(api.status).toBe(403);
    const page = await rawRequest(server.port, { path: '/', headers: extra as Record<string, string> });
    expect(page.status).toBe(403);
  });

  it('answers 404 with a Result for an unknown channel, 400 for bad JSON, 413 for a huge body', async () => {
    const unknown = await call('nope.nothing', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    const badJson = await rawRequest(server.port, { method: 'POST', path: '/api/app.info', headers: auth(), body: '{"values":' });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body).error.message).toMatch(/not valid JSON/);
    const huge = await rawRequest(server.port, { method: 'POST', path: '/api/settings.set', headers: auth(), body: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
  });

  it('only takes POST for channels', async () => {
    const response = await rawRequest(server.port, { method: 'GET', path: '/api/app.info', headers: auth() });
    expect(response.status).toBe(405);
  });

  it('serves the window with a strict CSP and no referrer', async () => {
    const page = await rawRequest(server.port, { path: '/?token=abc' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>On-Call Companion</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const script = await rawRequest(server.port, { path: '/assets/app.js' });
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2f..%2fetc%2fpasswd']) {
      const response = await rawRequest(server.port, { path });
      expect(response.body, path).not.toContain('root:');
    }
  });

  it('pushes events to an open event stream', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: server.port, path: '/api/events', headers: { authorization: `Bearer ${server.token}` } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes('event: onDidChangeSettings')) {
              resolve(text);
              req.destroy();
            } else if (text.includes(': connected')) {
              void call('settings.set', { values: { theme: 'light' } });
            }
          });
        },
      );
      req.on('error', reject);
      req.setTimeout(5000, () => reject(new Error('no event within 5 s')));
      req.end();
    });
    const text = await received;
    const data = text.split('\n').find((line) => line.startsWith('data: '));
    expect(JSON.parse(data!.slice(6))).toMatchObject({ theme: 'light' });
  });

  it('refuses the event stream without the token', async () => {
    const response = await rawRequest(server.port, { path: '/api/events' });
    expect(response.status).toBe(401);
  });
});
