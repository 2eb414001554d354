import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, onTestFinished } from 'vitest';
import { createCore, type Core, type DesktopNotification, type NotifierPort } from '../../../electron/core/index.ts';
import type { AlertsOverview, CheckSummary } from '../../../electron/shared/contract.ts';
import { FakeClock } from '../../helpers/fake-clock.ts';
import { FakeTimers } from '../../helpers/fake-timers.ts';

export const quiet = { info: () => {}, warn: () => {}, error: () => {} };
export const MINUTE = 60_000;

/** The notification centre, replaced by a list: what the user would have seen, in order. */
export class RecordingNotifier implements NotifierPort {
  readonly shown: DesktopNotification[] = [];

  show(notification: DesktopNotification): void {
    this.shown.push(notification);
  }

  titles(): string[] {
    return this.shown.map((notification) => notification.title);
  }
}

/** A loopback endpoint whose answer the test sets: `status` 200 (up) or anything else. */
export interface Endpoint {
  readonly url: string;
  status: number;
  close(): Promise<void>;
}

/** A loopback health endpoint answering `status`; it closes itself when the test (or the beforeEach's test) ends. */
export async function startEndpoint(): Promise<Endpoint> {
  const endpoint = { url: '', status: 200, close: async () => {} };
  const server = createServer((_request, response) => response.writeHead(endpoint.status).end(endpoint.status === 200 ? 'ok' : 'broken'));
  await listen(server);
  endpoint.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
  endpoint.close = () => close(server);
  onTestFinished(() => endpoint.close());
  return endpoint;
}

export function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}

export function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => resolve(body));
  });
}

/** A core on a fake clock, a real SQLite file in `dataDir`, and a recording notifier. */
export interface Harness {
  readonly core: Core;
  readonly clock: FakeClock;
  readonly timers: FakeTimers;
  readonly notifier: RecordingNotifier;
  /** Every onDidChangeAlerts payload, in order. */
  readonly overviews: AlertsOverview[];
  /** Every error the core logged: a test that expects none says so. */
  readonly errors: string[];
}

/**
 * A core on `dataDir` with fake time and a recording notifier. When the test ends it is
 * closed (again, if the test closed it to restart) and must have logged no error:
 * nothing may go wrong quietly (a write refused, an effect that threw).
 */
export async function startHarness(dataDir: string, clock = new FakeClock()): Promise<Harness> {
  const timers = new FakeTimers(clock);
  const notifier = new RecordingNotifier();
  const errors: string[] = [];
  const logger = { ...quiet, error: (line: string) => void errors.push(line) };
  const core = await createCore({ dataDir, mode: 'browser', version: '0', logger, clock, timers, notifier });
  const overviews: AlertsOverview[] = [];
  core.onEvent((name, payload) => {
    if (name === 'onDidChangeAlerts') overviews.push(payload as AlertsOverview);
  });
  onTestFinished(() => {
    core.close();
    expect(errors).toEqual([]);
  });
  return { core, clock, timers, notifier, overviews, errors };
}

const realPause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Move fake time on in steps, giving real HTTP runs real milliseconds to finish between
 * steps (the runs' own timestamps come from the fake clock).
 */
export async function runFor(harness: Harness, ms: number, step = 5_000): Promise<void> {
  for (let done = 0; done < ms; done += step) {
    await harness.timers.advance(Math.min(step, ms - done));
    await realPause(15);
  }
}

export function value<T>(result: { ok: boolean; value?: unknown; error?: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** An http check on `url` that is critical unless the answer is 200, every 20 s. */
export async function createHttpCheck(core: Core, name: string, url: string, extra: Record<string, unknown> = {}): Promise<CheckSummary> {
  const check = { name, kind: 'http', config: { url }, intervalMs: 20_000, critical: ['[STATUS] == 200'], ...extra };
  return value<CheckSummary>(await core.invoke('checks.create', { check }));
}

export async function overview(core: Core): Promise<AlertsOverview> {
  return value<AlertsOverview>(await core.invoke('alerts.overview', {}));
}
