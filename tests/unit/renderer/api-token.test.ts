import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OncallApi } from '../../../electron/shared/contract.ts';



class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

interface FakeWindow {
  location: { href: string };
  history: { state: unknown; replaceState: ReturnType<typeof vi.fn> };
  sessionStorage: MemoryStorage;
  fetch: ReturnType<typeof vi.fn>;
  oncall?: OncallApi;
}

function fakeWindow(href: string, storage = new MemoryStorage()): FakeWindow {
  const location = { href };
  return {
    location,
    history: {
      state: null,
      // Like the real one: the address changes to the given relative URL.
      replaceState: vi.fn((_state: unknown, _title: string, url: string) => {
        location.href = new URL(url, location.href).href;
      }),
    },
    sessionStorage: storage,
    fetch: vi.fn(async () => Response.json({ ok: true, value: { version: '0.1.0' } })),
  };
}

/** Load api.ts the way the page does: a fresh module against the given window. */
async function loadApi(win: FakeWindow): Promise<OncallApi> {
  vi.resetModules();
  vi.stubGlobal('window', win);
  const module = await import('../../../renderer/src/api.ts');
  return module.api;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('api.ts in browser mode', () => {
  it('moves the token from the URL into sessionStorage and strips it, keeping the hash', async () => {
    const win = fakeWindow('http://127.0.0.1:4123/?token=s3cr3t-T0ken_x#/settings');
    const api = await loadApi(win);

    expect(win.sessionStorage.getItem('oncall.token')).toBe('s3cr3t-T0ken_x');
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.history.replaceState.mock.calls[0]?.[2]).toBe('/#/settings');
    expect(win.location.href).toBe('http://127.0.0.1:4123/#/settings');
    expect(win.location.href).not.toContain('token');

    const result = await api.invoke('app.info', {});
    expect(result).toEqual({ ok: true, value: { version: '0.1.0' } });
    const [url, init] = win.fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/app.info');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer s3cr3t-T0ken_x', 'Content-Type': 'application/json' });
    expect(init.body).toBe('{}');
  });

  it('keeps working after a reload, from sessionStorage alone', async () => {
    const first = fakeWindow('http://127.0.0.1:4123/?token=abc');
    await loadApi(first);

    const reloaded = fakeWindow(first.location.href, first.sessionStorage);
    const api = await loadApi(reloaded);
    expect(reloaded.history.replaceState).not.toHaveBeenCalled();
    await api.invoke('settings.get', {});
    const [, init] = reloaded.fetch.mock.calls[0] as [string, RequestInit];
    expect(init.headers).toMatchObject({ Authorization: 'Bearer abc' });
  });

  it('prefers a new token in the URL over an older stored one, and keeps other parameters', async () => {
    const storage = new MemoryStorage();
    storage.setItem('oncall.token', 'old');
    const win = fakeWindow('http://127.0.0.1:5000/?lang=en&token=new#/runbooks', storage);
    await loadApi(win);
    expect(storage.getItem('oncall.token')).toBe('new');
    expect(win.location.href).toBe('http://127.0.0.1:5000/?lang=en#/runbooks');
  });

  it('says how to get in when there is no token at all', async () => {
    const win = fakeWindow('http://127.0.0.1:4123/');
    win.fetch.mockResolvedValue(
      Response.json({ ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token' } }, { status: 401 }),
    );
    const api = await loadApi(win);
    const result = await api.invoke('app.info', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('unauthorized');
    expect(result.error.message).toMatch(/token/);
    const [, init] = win.fetch.mock.calls[0] as [string, RequestInit];
    expect(init.headers).not.toHaveProperty('Authorization');
  });

  it('uses the Electron preload bridge when there is one, and leaves the URL alone', async () => {
    const bridge: OncallApi = { invoke: vi.fn(), on: vi.fn() } as unknown as OncallApi;
    const win = fakeWindow('app://oncall/?token=unused#/dashboard');
    win.oncall = bridge;
    const api = await loadApi(win);
    expect(api).toBe(bridge);
    expect(win.history.replaceState).not.toHaveBeenCalled();
    expect(win.sessionStorage.items.size).toBe(0);
  });
});
