import { create } from 'zustand';
import type { AlertHistoryEntry, AlertsOverview, MaintenanceEntry, RequestOf, Result } from '../../../electron/shared/contract.ts';
import { api } from '../api.ts';

export type MaintenanceInput = RequestOf<'maintenance.create'>['window'];
export interface HistoryFilter {
  readonly checkId?: number;
  readonly severity?: 'warning' | 'critical';
}

/** One page of history; "Show older" asks for the next one. */
const HISTORY_PAGE = 100;
/**
 * Events can be missed (the event stream reconnecting, the laptop waking): the overview
 * is read again now and then. It is small, and the nav badge depends on it.
 */
const RELOAD_MS = 60_000;
/** A burst of alert changes refreshes an open history once, not once per change. */
const HISTORY_SETTLE_MS = 1_000;

interface AlertsState {
  readonly overview: AlertsOverview | null;
  readonly overviewError: string | null;
  readonly history: readonly AlertHistoryEntry[];
  /** Null until the history view asks for it. */
  readonly historyFilter: HistoryFilter | null;
  readonly historyError: string | null;
  readonly historyLoading: boolean;
  readonly historyComplete: boolean;
  readonly maintenance: readonly MaintenanceEntry[] | null;
  readonly maintenanceError: string | null;
  /** Follow the overview for the life of the window (the nav badge shows it everywhere). Idempotent. */
  start(): void;
  loadOverview(): Promise<void>;
  acknowledge(checkId: number): Promise<Result<AlertsOverview>>;
  acknowledgeAll(): Promise<Result<AlertsOverview>>;
  /** checkId null: everything. */
  snooze(checkId: number | null, minutes: number): Promise<Result<AlertsOverview>>;
  unsnooze(checkId: number | null): Promise<Result<AlertsOverview>>;
  loadHistory(filter: HistoryFilter): Promise<void>;
  loadOlderHistory(): Promise<void>;
  loadMaintenance(): Promise<void>;
  /** Create (id null) or change a maintenance window. */
  saveMaintenance(id: number | null, window: MaintenanceInput): Promise<Result<MaintenanceEntry>>;
  deleteMaintenance(id: number): Promise<Result<{ id: number }>>;
}

let started = false;
let historySettle: ReturnType<typeof setTimeout> | undefined;

export const useAlertsStore = create<AlertsState>()((set, get) => {
  /** Every action answers the new overview: show it at once (the event follows for other windows). */
  async function withOverview(call: Promise<Result<AlertsOverview>>): Promise<Result<AlertsOverview>> {
    const result = await call;
    if (result.ok) set({ overview: result.value, overviewError: null });
    return result;
  }

  async function fetchHistory(filter: HistoryFilter, before: number | undefined): Promise<Result<AlertHistoryEntry[]>> {
    return api.invoke('alerts.history', { ...filter, limit: HISTORY_PAGE, ...(before === undefined ? {} : { before }) });
  }

  return {
    overview: null,
    overviewError: null,
    history: [],
    historyFilter: null,
    historyError: null,
    historyLoading: false,
    historyComplete: false,
    maintenance: null,
    maintenanceError: null,

    start() {
      if (started) return;
      started = true;
      void get().loadOverview();
      api.on('onDidChangeAlerts', (overview) => {
        set({ overview, overviewError: null });
        const filter = get().historyFilter;
        if (!filter) return;
        clearTimeout(historySettle);
        historySettle = setTimeout(() => void get().loadHistory(filter), HISTORY_SETTLE_MS);
      });
      setInterval(() => void get().loadOverview(), RELOAD_MS);
    },

    async loadOverview() {
      const result = await api.invoke('alerts.overview', {});
      if (result.ok) set({ overview: result.value, overviewError: null });
      else set({ overviewError: result.error.message });
    },

    acknowledge: (checkId) => withOverview(api.invoke('alerts.acknowledge', { checkId })),
    acknowledgeAll: () => withOverview(api.invoke('alerts.acknowledgeAll', {})),
    snooze: (checkId, minutes) => withOverview(api.invoke('alerts.snooze', { checkId, minutes })),
    unsnooze: (checkId) => withOverview(api.invoke('alerts.unsnooze', { checkId })),

    async loadHistory(filter) {
      set({ historyFilter: filter, historyLoading: true });
      const result = await fetchHistory(filter, undefined);
      // A slower answer for a filter the user already changed must not replace the newer one.
      if (get().historyFilter !== filter) return;
      if (result.ok) set({ history: result.value, historyError: null, historyLoading: false, historyComplete: result.value.length < HISTORY_PAGE });
      else set({ historyError: result.error.message, historyLoading: false });
    },

    async loadOlderHistory() {
      const { historyFilter: filter, history } = get();
      const oldest = history.at(-1);
      if (!filter || !oldest) return;
      set({ historyLoading: true });
      const result = await fetchHistory(filter, oldest.at);
      if (get().historyFilter !== filter) return;
      if (!result.ok) return set({ historyError: result.error.message, historyLoading: false });
      const seen = new Set(history.map((entry) => entry.id));
      set({
        history: [...history, ...result.value.filter((entry) => !seen.has(entry.id))],
        historyError: null,
        historyLoading: false,
        historyComplete: result.value.length < HISTORY_PAGE,
      });
    },

    async loadMaintenance() {
      const result = await api.invoke('maintenance.list', {});
      if (result.ok) set({ maintenance: result.value, maintenanceError: null });
      else set({ maintenanceError: result.error.message });
    },

    async saveMaintenance(id, window) {
      const result = id === null ? await api.invoke('maintenance.create', { window }) : await api.invoke('maintenance.update', { id, window });
      if (result.ok) {
        const saved = result.value;
        const list = get().maintenance ?? [];
        set({ maintenance: list.some((entry) => entry.id === saved.id) ? list.map((entry) => (entry.id === saved.id ? saved : entry)) : [...list, saved] });
      }
      return result;
    },

    async deleteMaintenance(id) {
      const result = await api.invoke('maintenance.delete', { id });
      if (result.ok) set({ maintenance: (get().maintenance ?? []).filter((entry) => entry.id !== id) });
      return result;
    },
  };
});
