import { create } from 'zustand';
import type { SecretsOverview } from '../../../electron/shared/contract.ts';
import { api } from '../api.ts';

interface SecretsState {
  readonly overview: SecretsOverview | null;
  readonly error: string | null;
  refresh(): Promise<void>;
  /** Resolves to the core's error sentence, or null when stored. The value is not kept here. */
  save(name: string, value: string): Promise<string | null>;
  remove(name: string): Promise<void>;
}

export const useSecretsStore = create<SecretsState>()((set, get) => ({
  overview: null,
  error: null,

  async refresh() {
    const result = await api.invoke('secrets.list', {});
    if (result.ok) set({ overview: result.value, error: null });
    else set({ error: result.error.message });
  },

  async save(name, value) {
    const result = await api.invoke('secrets.set', { name, value });
    if (!result.ok) return result.error.message;
    await get().refresh();
    return null;
  },

  async remove(name) {
    const result = await api.invoke('secrets.delete', { name });
    if (!result.ok) set({ error: result.error.message });
    await get().refresh();
  },
}));
