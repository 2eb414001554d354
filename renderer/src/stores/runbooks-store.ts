import { create } from 'zustand';
import type { ImportReport, ProcedureRun, Result, Runbook, RunbookSummary } from '../../../electron/shared/contract.ts';
import { api } from '../api.ts';

/** Events can be missed (the event stream reconnecting, the laptop waking): re-read now and then. */
const RELOAD_MS = 60_000;

interface OpenRunbook {
  readonly id: number;
  readonly value: Runbook | null;
  readonly error: string | null;
  readonly missing: boolean;
}

interface RunbooksState {
  readonly summaries: readonly RunbookSummary[];
  readonly loaded: boolean;
  readonly listError: string | null;
  /** The one runbook the page shows. */
  readonly open: OpenRunbook | null;
  /** Procedure runs not yet finished, kept by the core across restarts. */
  readonly runs: readonly ProcedureRun[];
  readonly runsError: string | null;
  /** Finished runs this window saw finish, so a run page stays readable after Finish. */
  readonly finished: readonly ProcedureRun[];
  load(): Promise<void>;
  loadRunbook(id: number): Promise<void>;
  loadRuns(): Promise<void>;
  /** Find one run, finished or not (a bookmarked or reloaded run page); null when the core has none by that id. */
  loadRun(id: number): Promise<Result<ProcedureRun | null>>;
  /** Create (id null) or save over `revision`; a conflict comes back as an error, nothing is lost. */
  save(id: number | null, markdown: string, revision: number): Promise<Result<Runbook>>;
  remove(id: number): Promise<Result<{ id: number }>>;
  importPath(path: string, watch: boolean, dryRun: boolean): Promise<Result<ImportReport>>;
  startRun(runbookId: number, procedureIndex: number): Promise<Result<ProcedureRun>>;
  tick(runId: number, number: number, done: boolean): Promise<Result<ProcedureRun>>;
  finish(runId: number): Promise<Result<ProcedureRun>>;
  /** A run changed (answer or event): keep it in `runs` while active, move it to `finished` when done. */
  receiveRun(run: ProcedureRun): void;
  /** Load and follow changes while the section is open; returns the unsubscribe. */
  follow(): () => void;
}

function upsertById<T extends { readonly id: number }>(items: readonly T[], item: T): T[] {
  const index = items.findIndex((existing) => existing.id === item.id);
  return index === -1 ? [...items, item] : items.map((existing, i) => (i === index ? item : existing));
}

export const useRunbooksStore = create<RunbooksState>()((set, get) => ({
  summaries: [],
  loaded: false,
  listError: null,
  open: null,
  runs: [],
  runsError: null,
  finished: [],

  async load() {
    const result = await api.invoke('runbooks.list', {});
    if (result.ok) set({ summaries: result.value, loaded: true, listError: null });
    else set({ listError: result.error.message, loaded: true });
  },

  async loadRunbook(id) {
    set((state) => ({ open: state.open?.id === id ? state.open : { id, value: null, error: null, missing: false } }));
    const result = await api.invoke('runbooks.get', { id });
    // A slower answer for a runbook the user already left must not replace the newer one.
    if (get().open?.id !== id) return;
    if (result.ok) set({ open: { id, value: result.value, error: null, missing: false } });
    else set((state) => ({ open: { id, value: state.open?.value ?? null, error: result.error.message, missing: result.error.code === 'not_found' } }));
  },

  async loadRuns() {
    const result = await api.invoke('procedures.runs', { active: true });
    if (result.ok) set({ runs: result.value, runsError: null });
    else set({ runsError: result.error.message });
  },

  async loadRun(id) {
    const result = await api.invoke('procedures.runs', { active: false });
    if (!result.ok) return result;
    const run = result.value.find((entry) => entry.id === id) ?? null;
    if (run) get().receiveRun(run);
    return { ok: true, value: run };
  },

  async save(id, markdown, revision) {
    const result = id === null ? await api.invoke('runbooks.create', { markdown }) : await api.invoke('runbooks.update', { id, markdown, revision });
    if (result.ok) {
      set({ open: { id: result.value.id, value: result.value, error: null, missing: false } });
      void get().load();
    }
    return result;
  },

  async remove(id) {
    const result = await api.invoke('runbooks.delete', { id });
    if (result.ok) set((state) => ({ summaries: state.summaries.filter((entry) => entry.id !== id), open: state.open?.id === id ? null : state.open }));
    return result;
  },

  async importPath(path, watch, dryRun) {
    const result = await api.invoke('runbooks.import', { path, watch, dryRun });
    if (result.ok && !dryRun) void get().load();
    return result;
  },

  async startRun(runbookId, procedureIndex) {
    const result = await api.invoke('procedures.start', { runbookId, procedureIndex });
    if (result.ok) get().receiveRun(result.value);
    return result;
  },

  async tick(runId, number, done) {
    const result = await api.invoke('procedures.step', { runId, number, done });
    if (result.ok) get().receiveRun(result.value);
    return result;
  },

  async finish(runId) {
    const result = await api.invoke('procedures.finish', { runId });
    if (result.ok) get().receiveRun(result.value);
    return result;
  },

  receiveRun(run) {
    if (run.finishedAt === null) {
      set((state) => ({ runs: upsertById(state.runs, run) }));
    } else {
      set((state) => ({ runs: state.runs.filter((entry) => entry.id !== run.id), finished: upsertById(state.finished, run) }));
    }
  },

  follow() {
    void get().load();
    void get().loadRuns();
    const stopRunbooks = api.on('onDidChangeRunbooks', ({ ids }) => {
      void get().load();
      const open = get().open;
      if (open && ids.includes(open.id)) void get().loadRunbook(open.id);
    });
    const stopRuns = api.on('onDidChangeProcedureRun', (run) => get().receiveRun(run));
    const reload = setInterval(() => {
      void get().load();
      void get().loadRuns();
    }, RELOAD_MS);
    return () => {
      stopRunbooks();
      stopRuns();
      clearInterval(reload);
    };
  },
}));
