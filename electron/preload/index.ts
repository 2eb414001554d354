/**
 * The sandboxed preload: exposes `window.oncall`, exactly the contract's channels and
 * events and nothing of Electron. The page never sees ipcRenderer or an IPC event.
 * Bundled to one CommonJS file (dist/preload/index.cjs) that requires only `electron`,
 * which is all a sandboxed preload may require.
 * @see https://www.electronjs.org/docs/latest/tutorial/context-isolation#security-considerations
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  CHANNELS,
  EVENTS,
  type Channel,
  type EventName,
  type EventPayloadOf,
  type OncallApi,
  type RequestOf,
  type ResponseOf,
  type Result,
} from '../shared/contract.ts';

// Exact names only (a Set, not a prefix or a regex), frozen at load time.
const allowedChannels: ReadonlySet<string> = new Set(CHANNELS);
const allowedEvents: ReadonlySet<string> = new Set(EVENTS);

const api = {
  /**
   * Call a contract channel. A name outside the contract is answered here, without
   * touching IPC, with the same `unknown_channel` Result the core gives.
   */
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
    if (typeof channel !== 'string' || !allowedChannels.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: `There is no channel named "${String(channel)}".` } });
    }
    return ipcRenderer.invoke(channel, request) as Promise<Result<ResponseOf<C>>>;
  },

  /** Subscribe to a pushed event; the listener gets the payload only. Returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloadOf<E>) => void): () => void {
    if (typeof event !== 'string' || !allowedEvents.has(event)) throw new TypeError(`There is no event named "${String(event)}".`);
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
    const forward = (_event: IpcRendererEvent, payload: EventPayloadOf<E>) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
} satisfies OncallApi;

contextBridge.exposeInMainWorld('oncall', api);
