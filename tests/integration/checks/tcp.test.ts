import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCheckConfig } from '../../../electron/core/node/checks/parse-config.ts';
import { createTcpCheck } from '../../../electron/core/node/checks/tcp.ts';
import { checkContext, fakeLookup, timed } from '../../helpers/check-context.ts';
import { closedPort } from '../../helpers/check-http-server.ts';

const check = createTcpCheck({ lookup: fakeLookup({ 'db.test': '127.0.0.1' }) });
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function run(config: Record<string, unknown>) {
  return timed(() => check.run(check.config.parse(config), checkContext()));
}

describe('tcp config', () => {
  it('names the field and the reason for bad input', () => {
    const message = (config: unknown) => {
      const parsed = parseCheckConfig(check, config);
      return parsed.ok ? 'ok' : parsed.message;
    };
    expect(message({ host: 'db.test' })).toBe('port: is required');
    expect(message({ host: 'db.test', port: 0 })).toBe('port: must be 1–65535');
    expect(message({ host: 'db.test', port: 70000 })).toBe('port: must be 1–65535');
    expect(message({ host: 'db.test', port: '5432' })).toBe('port: must be a whole number');
    expect(message({ host: 'tcp://db.test:5432', port: 5432 })).toMatch(/^host: must be a host name or an IP address/);
    expect(check.config.parse({ host: '::1', port: 22 })).toEqual({ host: '::1', port: 22, timeoutMs: 5000 });
  });
});

describe('tcp check', () => {
  it('connects and reports the time and address', async () => {
    const { result } = await run({ host: 'db.test', port });
    expect(result).toMatchObject({ status: 'up', values: { CONNECTED: true, IP: '127.0.0.1' } });
    expect(result.message).toMatch(new RegExp(`^Connected to db\\.test:${port} \\(127\\.0\\.0\\.1\\) in [\\d.]+ ms$`));
    expect(result.values['RESPONSE_TIME']).toBe(result.latencyMs);
  });

  it('reports a refused connection', async () => {
    const closed = await closedPort();
    const { result } = await run({ host: '127.0.0.1', port: closed });
    expect(result).toMatchObject({ status: 'critical', errorClass: 'connect', message: `Connection refused by 127.0.0.1:${closed}`, values: { CONNECTED: false } });
  });

  it('reports an unknown host as dns', async () => {
    const { result } = await run({ host: 'nowhere.test', port: 5432 });
    expect(result).toMatchObject({ errorClass: 'dns', message: 'DNS: no such host nowhere.test' });
  });

  it('ends at the deadline', async () => {
    const { result, ms } = await run({ host: 'hang.test', port: 5432, timeoutMs: 800 });
    expect(result).toMatchObject({ errorClass: 'timeout', message: 'Timed out after 800 ms resolving hang.test', latencyMs: null });
    expect(ms).toBeLessThan(800 + 400);
  });
});
