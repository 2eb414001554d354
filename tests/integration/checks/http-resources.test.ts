import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCertificates } from '../../helpers/check-certs.ts';
import { closedPort, startCheckServer, type CheckServer } from '../../helpers/check-http-server.ts';

const PROBE = fileURLToPath(new URL('./http-probe.ts', import.meta.url));
const MB = 1024 * 1024;
const mb = (bytes: number): string => (bytes / MB).toFixed(1);

interface Memory {
  heapUsed: number;
  /** Buffers and other memory outside the JS heap that JS objects hold. */
  external: number;
  rss: number;
}

let servers: CheckServer[] = [];
let input: Record<string, unknown>;

beforeAll(async () => {
  const certificates = testCertificates();
  servers = await Promise.all([
    startCheckServer(),
    startCheckServer(certificates.days90),
    startCheckServer(certificates.expired),
    startCheckServer(certificates.selfSigned),
  ]);
  const [plain, secure, expired, selfSigned] = servers.map((server) => server.url);
  input = { plain, secure, expired, selfSigned, closedPort: await closedPort(), ca: certificates.ca };
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

/** Runs the probe in its own Node process (with --expose-gc) and returns what it printed. */
function probe(mode: 'memory' | 'cpu'): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--no-warnings', PROBE], {
      env: { ...process.env, PROBE_INPUT: JSON.stringify({ ...input, mode }) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(stdout) as Record<string, unknown>);
      else reject(new Error(`probe exited with ${code}: ${stderr}`));
    });
  });
}

describe('http check resources', () => {
  it('runs every hostile case 50 times more without growing heap or RSS by more than 20 MB', async () => {
    const result = await probe('memory');
    const [cold, before, after] = ['cold', 'before', 'after'].map((key) => result[key] as Memory) as [Memory, Memory, Memory];
    const growth = {
      heapMB: (after.heapUsed - before.heapUsed) / MB,
      externalMB: (after.external - before.external) / MB,
      rssMB: (after.rss - before.rss) / MB,
    };
    console.log(
      `hostile runs: ${String(result['runs'])} in ${Number(result['seconds']).toFixed(1)} s; after GC, cold → after a first round → after a second: ` +
        `heap ${mb(cold.heapUsed)} → ${mb(before.heapUsed)} → ${mb(after.heapUsed)} MB, RSS ${mb(cold.rss)} → ${mb(before.rss)} → ${mb(after.rss)} MB`,
    );
    expect(result['gcExposed']).toBe(true);
    expect(Object.values(result['wrong'] as Record<string, number>).every((count) => count === 0), JSON.stringify(result['wrong'])).toBe(true);
    expect(growth.heapMB).toBeLessThanOrEqual(20);
    expect(growth.externalMB).toBeLessThanOrEqual(20);
    expect(growth.rssMB).toBeLessThanOrEqual(20);
  });

  it('costs well under a millisecond of CPU per loopback check', async () => {
    const result = await probe('cpu');
    const [bare, http, https] = [result['bareMs'], result['httpMs'], result['httpsMs']].map(Number) as [number, number, number];
    console.log(`CPU ms per request: bare http.get ${bare.toFixed(3)}, http check ${http.toFixed(3)}, https check (full handshake) ${https.toFixed(3)}`);
    // Generous bound: the target is 0.4 ms; the assertion only catches a regression by a multiple.
    expect(http).toBeLessThan(1.5);
  });
});
