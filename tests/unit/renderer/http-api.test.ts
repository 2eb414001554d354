import { describe, expect, it, vi } from 'vitest';

// api.ts picks its transport when it loads; a preload bridge keeps that choice away from
// these tests, which build their own HTTP transport with createHttpApi.
vi.hoisted(() => {
  vi.stubGlobal('window', { oncall: { invoke: () => undefined, on: () => () => undefined } });
});

import type { Settings } from '../../../electron/shared/contract.ts';
import { createHttpApi, MESSAGES } from '../../../renderer/src/api.ts';

type FetchArgs = Parameters<typeof fetch>;

/** A response body the test writes to as the "server" sends chunks. */
function eventStream() {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  return {
    response: new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }),
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
}

describe('createHttpApi: invoke', () => {
  it('answers the server’s Result as it is', async () => {
    const fetch = vi.fn(async (..._args: FetchArgs) => Response.json({ ok: true, value: { theme: 'dark' } }));
    const api = createHttpApi({ token: 't', fetch });
    await expect(api.invoke('settings.set', { values: { theme: 'dark' } })).resolves.toEqual({ ok: true, value: { theme: 'dark' } });
    expect(fetch.mock.calls[0]?.[1]?.body).toBe('{"values":{"theme":"dark"}}');
  });

  it('passes a refused request’s own error through (bad input names the field)', async () => {
    const error = { code: 'bad_request', message: 'settings.set: values.displayName: must be at most 100 characters' };
    const fetch = vi.fn(async () => Response.json({ ok: false, error }));
    const api = createHttpApi({ token: 't', fetch });
    await expect(api.invoke('settings.set', { values: { displayName: 'x'.repeat(101) } })).resolves.toEqual({ ok: false, error });
  });

  it('turns a network failure into a Result instead of throwing', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const api = createHttpApi({ token: 't', fetch });
    await expect(api.invoke('app.info', {})).resolves.toEqual({ ok: false, error: { code: 'internal', message: MESSAGES.unreachable } });
  });

  it('explains 401 and 403 in words the user can act on', async () => {
    const unauthorized = createHttpApi({ token: 'wrong', fetch: vi.fn(async () => new Response('no', { status: 401 })) });
    await expect(unauthorized.invoke('app.info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'unauthorized', message: MESSAGES.unauthorized },
    });
    const forbidden = createHttpApi({ token: 't', fetch: vi.fn(async () => new Response('Forbidden', { status: 403 })) });
    await expect(forbidden.invoke('app.info', {})).resolves.toEqual({ ok: false, error: { code: 'internal', message: MESSAGES.forbidden } });
  });

  it('does not take a server error page for an answer', async () => {
    const api = createHttpApi({ token: 't', fetch: vi.fn(async () => new Response('<h1>Bad gateway</h1>', { status: 502 })) });
    const result = await api.invoke('backup.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(result.ok ? '' : result.error.message).toContain('502');
  });
});

describe('createHttpApi: events', () => {
  it('delivers events from one shared stream, split however the network splits it', async () => {
    const stream = eventStream();
    const fetch = vi.fn(async (..._args: FetchArgs) => stream.response);
    const api = createHttpApi({ token: 'tok', fetch });
    const first: Settings[] = [];
    const second: Settings[] = [];
    const backups: string[] = [];
    api.on('onDidChangeSettings', (settings) => first.push(settings));
    api.on('onDidChangeSettings', (settings) => second.push(settings));
    api.on('onDidCreateBackup', (entry) => backups.push(entry.fileName));

    stream.send(': connected\n\nevent: onDidChangeSettings\ndata: {"theme":"da');
    stream.send('rk","displayName":"Ana","dailyBackup":true}\n\n: keep-alive\n\n');
    stream.send('event: onDidCreateBackup\ndata: {"fileName":"oncall-20261122T073000123Z.sqlite"}\n\n');

    const expected = { theme: 'dark', displayName: 'Ana', dailyBackup: true };
    await vi.waitFor(() => expect(backups).toEqual(['oncall-20261122T073000123Z.sqlite']));
    expect(first).toEqual([expected]);
    expect(second).toEqual([expected]);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/events');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer tok' });
  });

  it('closes the stream when the last listener leaves', async () => {
    const stream = eventStream();
    const fetch = vi.fn(async (..._args: FetchArgs) => stream.response);
    const api = createHttpApi({ token: 't', fetch });
    const offA = api.on('onDidChangeSettings', () => undefined);
    const offB = api.on('onDidCreateBackup', () => undefined);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    const signal = fetch.mock.calls[0]![1]!.signal!;
    offA();
    expect(signal.aborted).toBe(false);
    offB();
    expect(signal.aborted).toBe(true);
  });

  it('reconnects with a backoff that doubles from 1 s to at most 30 s', async () => {
    const delays: number[] = [];
    const fetch = vi.fn(async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    });
    let unsubscribe = () => {};
    const sleep = async (ms: number) => {
      delays.push(ms);
      if (delays.length === 8) unsubscribe();
    };
    const api = createHttpApi({ token: 't', fetch, sleep });
    unsubscribe = api.on('onDidChangeSettings', () => undefined);
    await vi.waitFor(() => expect(delays).toHaveLength(8));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(fetch).toHaveBeenCalledTimes(8);
  });

  it('starts the backoff over after a connection that worked, and delivers on the new one', async () => {
    const delays: number[] = [];
    const received: string[] = [];
    const replies: Array<() => Response> = [
      () => new Response('down', { status: 503 }),
      () => {
        const dropped = eventStream();
        dropped.end();
        return dropped.response;
      },
      () => new Response('down', { status: 503 }),
      () => {
        const fresh = eventStream();
        fresh.send('event: onDidCreateBackup\ndata: {"fileName":"b.sqlite"}\n\n');
        return fresh.response;
      },
    ];
    const fetch = vi.fn(async () => replies.shift()!());
    const api = createHttpApi({ token: 't', fetch, sleep: async (ms) => void delays.push(ms) });
    const off = api.on('onDidCreateBackup', (entry) => received.push(entry.fileName));
    await vi.waitFor(() => expect(received).toEqual(['b.sqlite']));
    off();
    expect(delays).toEqual([1000, 1000, 2000]);
  });
});
