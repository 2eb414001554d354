import { create } from 'zustand';
import type { Settings } from '../../../electron/shared/contract.ts';
import { api } from '../api.ts';
import { fieldMessage } from '../lib/field-error.ts';

type Field = keyof Settings;

/** How each field is named on screen, so an error reads "Display name: …". */
const LABELS: Record<Field, string> = {
  theme: 'Theme',
  displayName: 'Display name',
  dailyBackup: 'Daily backup',
  rawResultsHours: 'Every result, for (hours)',
  hourlyRollupDays: 'Hourly summaries, for (days)',
  dailyRollupDays: 'Daily summaries, for (days)',
  escalationWebhookUrl: 'Escalation webhook',
  escalateAfterMinutes: 'Escalate after (minutes)',
  alertSound: 'Sound for critical alerts',
};

interface ChangeOptions {
  /**
   * Show the new value before the core answers (default). A radio or checkbox that waits
   * for a round trip feels broken; a text field keeps its own draft instead, so that
   * what the user typed is not replaced by the old value when the core refuses it.
   */
  readonly optimistic?: boolean;
}

interface SettingsState {
  /** Null until the core has answered. */
  readonly settings: Settings | null;
  readonly loadError: string | null;
  /** The core's reason for refusing the last change of each field. */
  readonly errors: Partial<Record<Field, string>>;
  /** Fields whose last change the core accepted, for a quiet "Saved" next to them. */
  readonly saved: Partial<Record<Field, true>>;
  load(): Promise<void>;
  /** Change one setting; answers the settings after the change, or null when refused. */
  change<F extends Field>(field: F, value: Settings[F], options?: ChangeOptions): Promise<Settings | null>;
  /** Load and follow changes from other windows; safe to call more than once. */
  initialize(): void;
}

let subscribed = false;

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  settings: null,
  loadError: null,
  errors: {},
  saved: {},

  async load() {
    const result = await api.invoke('settings.get', {});
    if (result.ok) set({ settings: result.value, loadError: null });
    else set({ loadError: result.error.message });
  },

  async change(field, value, options = {}) {
    const optimistic = options.optimistic ?? true;
    const before = get().settings;
    set((state) => ({
      settings: optimistic && state.settings ? { ...state.settings, [field]: value } : state.settings,
      errors: { ...state.errors, [field]: undefined },
      saved: { ...state.saved, [field]: undefined },
    }));
    const values: Partial<Settings> = { [field]: value };
    const result = await api.invoke('settings.set', { values });
    if (result.ok) {
      set((state) => ({ settings: result.value, saved: { ...state.saved, [field]: true } }));
      return result.value;
    }
    set((state) => ({
      settings: optimistic && before && state.settings ? { ...state.settings, [field]: before[field] } : state.settings,
      errors: { ...state.errors, [field]: fieldMessage(result.error.message, field, LABELS[field]) },
    }));
    return null;
  },

  initialize() {
    if (subscribed) return;
    subscribed = true;
    api.on('onDidChangeSettings', (settings) => set({ settings, loadError: null }));
    void get().load();
  },
}));
