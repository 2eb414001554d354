import type { OncallApi } from '../../electron/shared/contract.ts';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in browser mode. */
    readonly oncall?: OncallApi;
  }
}
