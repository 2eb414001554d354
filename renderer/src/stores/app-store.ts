import { create } from 'zustand';
import type { AppInfo } from '../../../electron/shared/contract.ts';
import { api } from '../api.ts';

interface AppState {
  readonly info: AppInfo | null;
  readonly error: string | null;
  readonly loading: boolean;
  /** Ask the core what is running; called once at start-up and by "Try again". */
  load(): Promise<void>;
}

export const useAppStore = create<AppState>()((set, get) => ({
  info: null,
  error: null,
  loading: false,
  async load() {
    if (get().loading) return;
    set({ loading: true });
    const result = await api.invoke('app.info', {});
    if (result.ok) set({ info: result.value, error: null, loading: false });
    else set({ error: result.error.message, loading: false });
  },
}));
