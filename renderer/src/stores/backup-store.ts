import { create } from 'zustand';
import type { BackupEntry } from '../../../electron/shared/contract.ts';
import { api } from '../api.ts';

interface BackupState {
  /** Newest first. */
  readonly backups: readonly BackupEntry[];
  readonly loaded: boolean;
  readonly listError: string | null;
  readonly creating: boolean;
  readonly createError: string | null;
  /** When this window last took a backup, for the "written and verified" note. */
  readonly lastCreatedAt: number | null;
  refresh(): Promise<void>;
  create(): Promise<void>;
  /** Load the list and follow backups taken elsewhere; safe to call more than once. */
  initialize(): void;
}

function newestFirst(entries: readonly BackupEntry[]): BackupEntry[] {
  return [...entries].sort((a, b) => b.createdAt - a.createdAt);
}

let subscribed = false;

export const useBackupStore = create<BackupState>()((set, get) => ({
  backups: [],
  loaded: false,
  listError: null,
  creating: false,
  createError: null,
  lastCreatedAt: null,

  async refresh() {
    const result = await api.invoke('backup.list', {});
    if (result.ok) set({ backups: newestFirst(result.value), loaded: true, listError: null });
    else set({ listError: result.error.message, loaded: true });
  },

  async create() {
    if (get().creating) return;
    set({ creating: true, createError: null });
    const result = await api.invoke('backup.create', {});
    if (!result.ok) {
      set({ creating: false, createError: result.error.message });
      return;
    }
    const entry = result.value;
    set((state) => ({
      creating: false,
      lastCreatedAt: entry.createdAt,
      backups: newestFirst([entry, ...state.backups.filter((b) => b.fileName !== entry.fileName)]),
    }));
    // The core keeps only the newest seven: reload so pruned files leave the list too.
    await get().refresh();
  },

  initialize() {
    if (subscribed) return;
    subscribed = true;
    // A backup from another window or the daily schedule: the list is small, reload it.
    api.on('onDidCreateBackup', () => void get().refresh());
    void get().refresh();
  },
}));
