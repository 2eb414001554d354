import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type OncallApi } from '../../../electron/shared/contract.ts';

const exposed = new Map<string, unknown>();
const ipc = Object.assign(new EventEmitter(), { invoke: vi.fn(async (channel: string) => ({ ok: true, value: channel })) });

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: ipc,
}));

let api: OncallApi;
beforeAll(async () => {
  await import('../../../electron/preload/index.ts');
  api = exposed.get('oncall') as OncallApi;
});

describe('preload', () => {
  it('exposes exactly window.oncall = { invoke, on }', () => {
    expect([...exposed.keys()]).toEqual(['oncall']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('passes every contract channel to IPC', async () => {
    for (const channel of CHANNELS) {
      ipc.invoke.mockClear();
      await expect(api.invoke(channel, {} as never)).resolves.toEqual({ ok: true, value: channel });
      expect(ipc.invoke).toHaveBeenCalledWith(channel, {});
    }
  });

  it('answers any other name itself, without touching IPC', async () => {
    ipc.invoke.mockClear();
    const invoke = api.invoke as (channel: unknown, request: unknown) => Promise<unknown>;
    for (const name of ['app.quit', 'APP.INFO', 'app.info ', 'app', 'electron-store-get-data', '__proto__', 'constructor', 'toString', 42, null]) {
      await expect(invoke(name, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('delivers only the payload of a contract event, until unsubscribed', () => {
    const seen: unknown[][] = [];
    const off = api.on('onDidChangeSettings', (...args: unknown[]) => seen.push(args));
    ipc.emit('onDidChangeSettings', { sender: 'ipc-event' }, { theme: 'dark' });
    off();
    off();
    ipc.emit('onDidChangeSettings', { sender: 'ipc-event' }, { theme: 'light' });
    expect(seen).toEqual([[{ theme: 'dark' }]]);
    expect(ipc.listenerCount('onDidChangeSettings')).toBe(0);
  });

  it('refuses events outside the contract and listeners that are not functions', () => {
    const on = api.on as (event: unknown, listener: unknown) => () => void;
    expect(() => on('electron-store-get-data', () => {})).toThrow(TypeError);
    expect(() => on('__proto__', () => {})).toThrow(TypeError);
    expect(() => on('onDidChangeSettings', 'not a function')).toThrow(TypeError);
    expect(ipc.eventNames()).toEqual([]);
  });
});
