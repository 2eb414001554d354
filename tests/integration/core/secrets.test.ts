import Database from 'better-sqlite3';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, SecretsFile, type Core } from '../../../electron/core/index.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
let core: Core | undefined;
let server: Server | undefined;

afterEach(async () => {
  core?.close();
  core = undefined;
  if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
  server = undefined;
});

async function start(dataDir = tempDir()): Promise<Core> {
  core = await createCore({ dataDir, mode: 'browser', version: '0', logger: quiet });
  return core;
}

describe('secrets', () => {
  it('stores a secret owner-only, lists names only, and never echoes the value', async () => {
    const dataDir = tempDir();
    const c = await start(dataDir);
    expect(await c.invoke('secrets.set', { name: 'pagerduty', value: 'u+TOPSECRET' })).toEqual({ ok: true, value: { name: 'pagerduty' } });
    expect(await c.invoke('secrets.list', {})).toEqual({ ok: true, value: { names: ['pagerduty'], protection: 'plain' } });
    expect(statSync(join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);
    c.close();
    const db = new Database(join(dataDir, 'oncall.sqlite'), { readonly: true });
    expect(JSON.stringify(db.prepare('SELECT * FROM activity').all())).not.toContain('TOPSECRET');
    db.close();
  });

  it('refuses a bad name naming the field, and deletes by name', async () => {
    const c = await start();
    expect(await c.invoke('secrets.set', { name: '../etc', value: 'x' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('name: must be 1–64') } });
    await c.invoke('secrets.set', { name: 'a', value: 'x' });
    expect(await c.invoke('secrets.delete', { name: 'a' })).toEqual({ ok: true, value: { name: 'a', deleted: true } });
    expect(await c.invoke('secrets.delete', { name: 'a' })).toEqual({ ok: true, value: { name: 'a', deleted: false } });
  });

  it('sends a secret as a check header, and it shows up nowhere the window can read', async () => {
    let seen: IncomingHttpHeaders = {};
    server = createServer((request, response) => {
      seen = request.headers;
      response.end(`echo ${request.headers['authorization'] ?? ''}`);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const c = await start();
    await c.invoke('secrets.set', { name: 'api-token', value: 'Bearer TOPSECRET' });
    const created = await c.invoke('checks.create', { check: { name: 'private API', kind: 'http', config: { url, secretHeaders: { Authorization: 'api-token' } } } });
    const id = created.ok ? (created.value as { id: number }).id : 0;
    const ran = await c.invoke('checks.runNow', { id });
    expect(ran).toMatchObject({ ok: true, value: { status: 'up' } });
    expect(seen['authorization']).toBe('Bearer TOPSECRET');
    for (const answer of [ran, await c.invoke('checks.list', {}), await c.invoke('checks.history', { id, range: '24h' })]) {
      expect(JSON.stringify(answer)).not.toContain('TOPSECRET');
    }
  });

  it('reports a missing secret as a config problem naming it', async () => {
    const c = await start();
    const created = await c.invoke('checks.create', { check: { name: 'x', kind: 'http', config: { url: 'http://127.0.0.1:9/', secretHeaders: { Authorization: 'nope' } } } });
    const id = created.ok ? (created.value as { id: number }).id : 0;
    const ran = await c.invoke('checks.runNow', { id });
    expect(ran).toMatchObject({ ok: true, value: { status: 'critical', errorClass: 'config', message: expect.stringContaining('nope') } });
  });
});

describe('SecretsFile', () => {
  it('refuses to start from a damaged file rather than overwrite it', () => {
    const path = join(tempDir(), 'secrets.json');
    writeFileSync(path, '{ "version": 1, "secrets": ');
    expect(() => new SecretsFile(path)).toThrow(/secrets file .* cannot be read .*nothing was changed/);
    expect(readFileSync(path, 'utf8')).toBe('{ "version": 1, "secrets": ');
  });

  it('reads a value sealed by a key store it does not have as absent, not as garbage', () => {
    const path = join(tempDir(), 'secrets.json');
    const cipher = { name: 'test-keystore', encrypt: (s: string) => Buffer.from([...s].reverse().join('')), decrypt: (b: Uint8Array) => [...Buffer.from(b).toString()].reverse().join('') };
    new SecretsFile(path, cipher).set('token', 'abc');
    expect(new SecretsFile(path, cipher).get('token')).toBe('abc');
    expect(new SecretsFile(path).get('token')).toBeUndefined();
    expect(readFileSync(path, 'utf8')).not.toContain('abc');
  });
});
