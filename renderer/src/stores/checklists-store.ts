import { create } from 'zustand';
import type { ChecklistRun, ChecklistTemplateInput, ChecklistTemplateView, ImportReport, RequestOf, Result } from '../../../electron/shared/contract.ts';
import { api } from '../api.ts';

export type TemplateRequest = RequestOf<'checklists.saveTemplate'>['template'];
export type TickRequest = RequestOf<'checklists.tick'>;

/**
 * Events can be missed (the stream reconnecting, the laptop waking): while the page is
 * open everything is read again now and then, which also moves "next due" along.
 */
const RELOAD_MS = 60_000;
const HISTORY_LIMIT = 100;

interface ChecklistsState {
  readonly templates: readonly ChecklistTemplateView[];
  readonly current: readonly ChecklistRun[];
  readonly history: readonly ChecklistRun[];
  /** Checks an item can be linked to: id and name only. */
  readonly checks: readonly { readonly id: number; readonly name: string }[];
  readonly loaded: boolean;
  readonly error: string | null;
  load(): Promise<void>;
  save(id: number | null, template: TemplateRequest): Promise<Result<ChecklistTemplateView>>;
  remove(id: number): Promise<Result<{ id: number }>>;
  tick(request: TickRequest): Promise<Result<ChecklistRun>>;
  /** runbooks.import as a dry run, then the proposals as drafts in the user's zone. */
  propose(path: string, timeZone: string): Promise<Result<{ drafts: ChecklistTemplateInput[]; report: ImportReport }>>;
  /** Load everything and follow changes while the page is open; returns the unsubscribe. */
  follow(): () => void;
}

function replaceRun(runs: readonly ChecklistRun[], run: ChecklistRun): ChecklistRun[] {
  return runs.map((existing) => (existing.id === run.id ? run : existing));
}

export const useChecklistsStore = create<ChecklistsState>()((set, get) => ({
  templates: [],
  current: [],
  history: [],
  checks: [],
  loaded: false,
  error: null,

  async load() {
    const [templates, current, history, checks] = await Promise.all([
      api.invoke('checklists.templates', {}),
      api.invoke('checklists.current', {}),
      api.invoke('checklists.history', { limit: HISTORY_LIMIT }),
      api.invoke('checks.list', {}),
    ]);
    const failed = [templates, current, history].find((result) => !result.ok);
    set({
      templates: templates.ok ? templates.value : get().templates,
      current: current.ok ? current.value : get().current,
      history: history.ok ? history.value : get().history,
      checks: checks.ok ? checks.value.map((check) => ({ id: check.id, name: check.name })) : get().checks,
      loaded: true,
      error: failed && !failed.ok ? failed.error.message : null,
    });
  },

  async save(id, template) {
    const result = await api.invoke('checklists.saveTemplate', id === null ? { template } : { id, template });
    if (result.ok) void get().load();
    return result;
  },

  async remove(id) {
    const result = await api.invoke('checklists.deleteTemplate', { id });
    if (result.ok) void get().load();
    return result;
  },

  async tick(request) {
    const result = await api.invoke('checklists.tick', request);
    if (result.ok) {
      const run = result.value;
      // A finished run leaves "now" for history at once; the event and reload confirm it.
      set((state) => ({
        current: run.status === 'done' ? state.current.filter((each) => each.id !== run.id) : replaceRun(state.current, run),
        history: run.status === 'done' ? [run, ...state.history.filter((each) => each.id !== run.id)] : state.history.filter((each) => each.id !== run.id),
      }));
      void get().load();
    }
    return result;
  },

  async propose(path, timeZone) {
    const report = await api.invoke('runbooks.import', { path, dryRun: true });
    if (!report.ok) return report;
    // Only what the mapping reads travels back: line numbers and notes stay behind.
    const proposals = report.value.checklistProposals.map((proposal) => ({
      title: proposal.title,
      recurrence: proposal.recurrence,
      timeOfDay: proposal.timeOfDay,
      budgetMinutes: proposal.budgetMinutes,
      items: proposal.items.map((item) => ({ text: item.text })),
    }));
    const drafts = await api.invoke('checklists.propose', { proposals, timeZone });
    if (!drafts.ok) return drafts;
    return { ok: true, value: { drafts: drafts.value, report: report.value } };
  },

  follow() {
    void get().load();
    const stop = api.on('onDidChangeChecklists', (current) => {
      set({ current });
      // Templates (next due, completion rate) and history move with the runs.
      void get().load();
    });
    const reload = setInterval(() => void get().load(), RELOAD_MS);
    return () => {
      stop();
      clearInterval(reload);
    };
  },
}));
