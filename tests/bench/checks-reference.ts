/**
 * The floor the benchmark's CPU figure is read against: bare `http.get` calls to the same
 * loopback endpoint at the load phase's rate, with a new connection each (as the http
 * check makes), started in groups as the scheduler starts checks, in a
 * process of its own with nothing else in it. CPU time per request on a shared or busy
 * machine can be several times its cost on a quiet one; this says what it is during the
 * run, so the engine's figure can be told apart from the machine's.
 *
 * Started by checks-bench.ts with `{ url, perSecond, groupMs, seconds }` as JSON in argv[2];
 * sends `{ cpuMsPerRequest, requests }` back over IPC.
 */
import { Agent, get } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ReferenceOptions {
  readonly url: string;
  readonly perSecond: number;
  /** Requests due within this span start together, as the scheduler starts checks. */
  readonly groupMs: number;
  readonly seconds: number;
}

export type ReferenceMessage = { readonly cpuMsPerRequest: number; readonly requests: number } | { readonly error: string };

/** Long enough for the JIT to settle: a few seconds in, a request still cost ~1.5× what it does warm. */
const WARMUP_MS = 10_000;

const agent = new Agent({ keepAlive: false });

function request(url: string): Promise<void> {
  return new Promise((resolve) => {
    get(url, { agent }, (response) => {
      response.resume();
      response.on('end', resolve);
      response.on('error', () => resolve());
    }).on('error', () => resolve());
  });
}

async function measure(options: ReferenceOptions): Promise<{ cpuMsPerRequest: number; requests: number }> {
  const perGroup = (options.perSecond * options.groupMs) / 1000;
  let owed = 0;
  let done = 0;
  const timer = setInterval(() => {
    owed += perGroup;
    for (; owed >= 1; owed -= 1) void request(options.url).then(() => (done += 1));
  }, options.groupMs);
  try {
    await sleep(WARMUP_MS);
    const before = process.cpuUsage();
    const doneBefore = done;
    await sleep(options.seconds * 1000);
    const cpu = process.cpuUsage(before);
    const requests = done - doneBefore;
    return { cpuMsPerRequest: requests === 0 ? 0 : (cpu.user + cpu.system) / 1000 / requests, requests };
  } finally {
    clearInterval(timer);
  }
}

const options = JSON.parse(process.argv[2] ?? '{}') as ReferenceOptions;
try {
  process.send?.((await measure(options)) satisfies ReferenceMessage);
} catch (error) {
  process.send?.({ error: (error as Error).stack ?? String(error) } satisfies ReferenceMessage);
}
process.disconnect?.();
