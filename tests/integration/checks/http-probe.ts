/**
 * Runs HTTP checks in a process of its own, so that what it measures is the client side
 * only (the test servers live in the parent). Started by http-resources.test.ts as
 * `node --expose-gc http-probe.ts` with PROBE_INPUT (JSON); prints one JSON line.
 *
 * mode "memory": every hostile case 50 times (10 at a time), twice; heap, external memory
 * and RSS are read after forced GC before and after the second round.
 * mode "cpu": process.cpuUsage() over 2,000 sequential checks of a loopback endpoint,
 * next to a bare http.get loop as the floor, and 100 https checks (full handshakes).
 */
import { Agent, get } from 'node:http';
import { setDefaultCACertificates, getCACertificates } from 'node:tls';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHttpCheck } from '../../../electron/core/node/checks/http.ts';
import { checkContext, fakeLookup } from '../../helpers/check-context.ts';

interface ProbeInput {
  mode: 'memory' | 'cpu';
  plain: string;
  secure: string;
  expired: string;
  selfSigned: string;
  closedPort: number;
  ca: string;
}

const input = JSON.parse(process.env['PROBE_INPUT'] ?? '{}') as ProbeInput;
setDefaultCACertificates([...getCACertificates('default'), input.ca]);
const check = createHttpCheck({ lookup: fakeLookup() });
// One long-lived engine signal for every run, as a scheduler would hold: listeners must not pile up on it.
const context = checkContext({ signal: new AbortController().signal });
const gc = (globalThis as { gc?: () => void }).gc;

/** Parses once, as the engine does when a check is saved, and returns the run. */
function prepared(config: Record<string, unknown>): () => Promise<string | undefined> {
  const parsed = check.config.parse({ timeoutMs: 2000, ...config });
  return async () => (await check.run(parsed, context)).errorClass;
}

/** Runs in flight at once: a scheduler firing many checks together, and a shorter suite. */
const BATCH = 10;

const HOSTILE: Record<string, [Record<string, unknown>, string]> = {
  endless: [{ url: `${input.plain}/endless` }, 'body_too_large'],
  bomb: [{ url: `${input.plain}/bomb` }, 'body_too_large'],
  hugeLength: [{ url: `${input.plain}/huge-length` }, 'body_too_large'],
  drip: [{ url: `${input.plain}/drip`, timeoutMs: 200 }, 'timeout'],
  silent: [{ url: `${input.plain}/silent`, timeoutMs: 200 }, 'timeout'],
  refused: [{ url: `http://127.0.0.1:${input.closedPort}/` }, 'connect'],
  unknownHost: [{ url: 'http://db.internal.example/' }, 'dns'],
  loop: [{ url: `${input.plain}/loop` }, 'http_status'],
  sixRedirects: [{ url: `${input.plain}/hops/6` }, 'http_status'],
  downgrade: [{ url: `${input.secure}/redirect?to=${encodeURIComponent(`${input.plain}/ok`)}` }, 'http_status'],
  selfSigned: [{ url: `${input.selfSigned}/ok` }, 'tls'],
  expired: [{ url: `${input.expired}/ok` }, 'tls'],
  status: [{ url: `${input.plain}/status/503` }, 'http_status'],
};

/** Runs each hostile case `times` times, BATCH at a time; returns how many ended with the wrong class. */
async function hostileRound(times: number): Promise<Record<string, number>> {
  const wrong: Record<string, number> = {};
  for (const [name, [config, expected]] of Object.entries(HOSTILE)) {
    wrong[name] = 0;
    const run = prepared(config);
    for (let done = 0; done < times; done += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, times - done) }, run);
      for (const errorClass of await Promise.all(batch)) if (errorClass !== expected) wrong[name] += 1;
      // Collect between batches: V8 frees buffers late, and the malloc high-water of
      // garbage awaiting a GC would otherwise swamp what a leak adds to RSS.
      gc?.();
    }
  }
  return wrong;
}

async function settledMemory(): Promise<{ heapUsed: number; rss: number; external: number }> {
  for (let i = 0; i < 4; i++) {
    await sleep(100);
    gc?.();
  }
  const { heapUsed, rss, external } = process.memoryUsage();
  return { heapUsed, rss, external };
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function perRun(count: number, run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(200, count); i++) await run();
  const start = cpuMs();
  for (let i = 0; i < count; i++) await run();
  return (cpuMs() - start) / count;
}

const bareAgent = new Agent({ keepAlive: false });
function bareGet(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    get(url, { agent: bareAgent }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
}

if (input.mode === 'memory') {
  const cold = await settledMemory();
  // A first full round brings the process to its working size, once (JIT code, thread
  // pool, TLS and zlib state); the second measures growth per run, which is what a leak
  // looks like.
  await hostileRound(50);
  const before = await settledMemory();
  const started = performance.now();
  const wrong = await hostileRound(50);
  const seconds = (performance.now() - started) / 1000;
  const after = await settledMemory();
  console.log(JSON.stringify({ gcExposed: gc !== undefined, cold, before, after, wrong, seconds, runs: 50 * Object.keys(HOSTILE).length }));
} else {
  const bare = await perRun(2000, () => bareGet(`${input.plain}/ok`));
  const http = await perRun(2000, prepared({ url: `${input.plain}/ok` }));
  const https = await perRun(100, prepared({ url: `${input.secure}/ok` }));
  console.log(JSON.stringify({ bareMs: bare, httpMs: http, httpsMs: https }));
}
