import { createServer as createNetServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCheckConfig } from '../../../electron/core/node/checks/parse-config.ts';
import { createTlsCheck } from '../../../electron/core/node/checks/tls.ts';
import { testCertificates, trustTestCa, type KeyPair } from '../../helpers/check-certs.ts';
import { checkContext, fakeLookup, timed } from '../../helpers/check-context.ts';

const check = createTlsCheck({ lookup: fakeLookup({ 'check.test': '127.0.0.1', 'other.test': '127.0.0.1' }) });
const servers: Server[] = [];
const ports: Record<string, number> = {};
const sockets = new Set<Socket>();

async function listen(server: Server): Promise<number> {
  servers.push(server);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function tlsServer(pair: KeyPair): Server {
  const server = createTlsServer({ key: pair.key, cert: pair.cert }, (socket) => socket.end());
  // Clients that reject the certificate make the server report it; that is the point here.
  server.on('tlsClientError', () => {});
  return server;
}

beforeAll(async () => {
  const certificates = testCertificates();
  trustTestCa(certificates);
  for (const name of ['days90', 'days10', 'days2', 'expired', 'selfSigned'] as const) ports[name] = await listen(tlsServer(certificates[name]));
  ports['plain'] = await listen(createNetServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n')));
  ports['silent'] = await listen(createNetServer(() => {}));
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  for (const server of servers) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

function run(name: string, config: Record<string, unknown> = {}) {
  return timed(() => check.run(check.config.parse({ host: 'check.test', port: ports[name], ...config }), checkContext()));
}

describe('tls config', () => {
  it('names the field and the reason for bad input, and fills in defaults', () => {
    const message = (config: unknown) => {
      const parsed = parseCheckConfig(check, config);
      return parsed.ok ? 'ok' : parsed.message;
    };
    expect(message({ host: 'example.com', port: 0 })).toBe('port: must be 1–65535');
    expect(message({ host: 'example.com', warningDays: 3, criticalDays: 7 })).toBe('criticalDays: must not be more than warningDays');
    expect(message({ host: '10.0.0.1', servername: '10.0.0.1' })).toBe('servername: must be a host name, not an IP address');
    expect(check.config.parse({ host: 'example.com' })).toEqual({ host: 'example.com', port: 443, warningDays: 14, criticalDays: 3, timeoutMs: 10_000 });
  });
});

describe('tls check', () => {
  it('is up with days to spare, and reports the expiry in ms and days', async () => {
    const { result } = await run('days90');
    expect(result).toMatchObject({ status: 'up', values: { days_to_expiry: 89, CONNECTED: true, IP: '127.0.0.1' } });
    expect(result.message).toMatch(/^Certificate for check\.test expires in 89 days \(\d{4}-\d\d-\d\d\), issued by On-Call Test CA$/);
    const ms = Number(result.values['CERTIFICATE_EXPIRATION']);
    expect(ms).toBeGreaterThan(89 * 86_400_000);
    expect(ms).toBeLessThanOrEqual(90 * 86_400_000);
  });

  it('warns at warningDays and is critical at criticalDays', async () => {
    const warning = await run('days10');
    expect(warning.result).toMatchObject({ status: 'warning', errorClass: 'condition', values: { days_to_expiry: 9 } });
    expect(warning.result.message).toMatch(/^Certificate for check\.test expires in 9 days \(\d{4}-\d\d-\d\d; warning at 14 days\)$/);
    const critical = await run('days2');
    expect(critical.result).toMatchObject({ status: 'critical', errorClass: 'condition', values: { days_to_expiry: 1 } });
    expect(critical.result.message).toMatch(/; critical at 3 days\)$/);
    expect((await run('days10', { warningDays: 7 })).result.status).toBe('up');
  });

  it('is a tls failure for an expired certificate, with its days', async () => {
    const { result } = await run('expired');
    expect(result).toMatchObject({ status: 'critical', errorClass: 'tls', message: 'TLS: certificate has expired (expired 3 days ago)' });
    expect(result.values).toMatchObject({ days_to_expiry: -3, CONNECTED: false });
    expect(Number(result.values['CERTIFICATE_EXPIRATION'])).toBeLessThan(-3 * 86_400_000);
  });

  it('is a tls failure for a self-signed certificate, still with its days', async () => {
    const { result } = await run('selfSigned');
    expect(result).toMatchObject({ errorClass: 'tls', message: 'TLS: self-signed certificate', values: { days_to_expiry: 89 } });
  });

  it('verifies the name sent as servername', async () => {
    const { result } = await run('days90', { host: '127.0.0.1', servername: 'other.test' });
    expect(result).toMatchObject({ errorClass: 'tls', message: 'TLS: certificate is not valid for other.test (it names IP Address:127.0.0.1, DNS:localhost, DNS:check.test)' });
  });

  it('is a tls failure when the port does not speak TLS', async () => {
    const { result } = await run('plain');
    expect(result.errorClass).toBe('tls');
    expect(result.message).toMatch(/^TLS: /);
    expect(result.message.length).toBeLessThan(120);
  });

  it('ends a handshake that never comes at the deadline', async () => {
    const { result, ms } = await run('silent', { timeoutMs: 800 });
    expect(result).toMatchObject({ errorClass: 'timeout', message: `Timed out after 800 ms in the TLS handshake with check.test:${ports['silent']}` });
    expect(ms).toBeLessThan(800 + 400);
  });
});
