import { create } from 'zustand';
import type {
  CheckHistory,
  CheckKindInfo,
  CheckOutcome,
  CheckResult,
  CheckSummary,
  RequestOf,
  Result,
} from '../../../electron/shared/contract.ts';
import { api } from '../api.ts';

export type CheckInput = RequestOf<'checks.create'>['check'];
export type HistoryRange = RequestOf<'checks.history'>['range'];

/** The heartbeat bar's length, as the core keeps it. */
const RECENT_IN_SUMMARY = 30;
/** How many results the history carries, as the core sends them. */
const RECENT_IN_HISTORY = 50;
/**
 * A result event patches its row at once; the row's 24 h availability needs the core, so
 * that is fetched once things settle rather than once per event.
 */
const SETTLE_MS = 1_500;
/**
 * Events can be missed (the event stream reconnecting, the laptop waking): while the page
 * is open the list is read again now and then, which also moves 24 h availability along.
 */
const RELOAD_MS = 60_000;

interface HistoryState {
  readonly id: number;
  readonly range: HistoryRange;
  readonly value: CheckHistory | null;
  readonly error: string | null;
}

interface ChecksState {
  readonly checks: readonly CheckSummary[];
  readonly loaded: boolean;
  readonly listError: string | null;
  /** Ids the core said do not exist (deleted elsewhere, or a stale link). */
  readonly missing: ReadonlySet<number>;
  readonly kinds: readonly CheckKindInfo[] | null;
  readonly kindsError: string | null;
  /** The one history the detail page shows. */
  readonly history: HistoryState | null;
  load(): Promise<void>;
  loadKinds(): Promise<void>;
  /** Fetch one check again and put it in the list (or take it out if it is gone). */
  refreshOne(id: number): Promise<CheckSummary | null>;
  loadHistory(id: number, range: HistoryRange): Promise<void>;
  runNow(id: number): Promise<Result<CheckResult>>;
  test(check: CheckInput): Promise<Result<CheckOutcome>>;
  /** Create (id null) or change a check; the list follows. */
  save(id: number | null, check: CheckInput): Promise<Result<CheckSummary>>;
  remove(id: number): Promise<Result<{ id: number }>>;
  /** A result arrived (event or Run now): patch the row and the open history. */
  receive(result: CheckResult): void;
  /** Load the list and follow results while the page is open; returns the unsubscribe. */
  follow(): () => void;
}

function upsert(checks: readonly CheckSummary[], check: CheckSummary): CheckSummary[] {
  const index = checks.findIndex((existing) => existing.id === check.id);
  if (index === -1) return [...checks, check];
  return checks.map((existing, i) => (i === index ? check : existing));
}

/** The same result can arrive twice (Run now answers, and the event follows): count it once. */
function withResult(check: CheckSummary, result: CheckResult): CheckSummary {
  const last = check.last && check.last.at > result.at ? check.last : result;
  const seen = check.recent.some((entry) => entry.at === result.at);
  const recent = seen ? check.recent : [{ at: result.at, status: result.status }, ...check.recent].sort((a, b) => b.at - a.at).slice(0, RECENT_IN_SUMMARY);
  return { ...check, last, recent };
}

function withHistoryResult(history: HistoryState | null, result: CheckResult): HistoryState | null {
  if (!history?.value || history.id !== result.checkId || history.value.recent.some((entry) => entry.at === result.at)) return history;
  const recent = [result, ...history.value.recent].sort((a, b) => b.at - a.at).slice(0, RECENT_IN_HISTORY);
  return { ...history, value: { ...history.value, recent } };
}

const settling = new Map<number, ReturnType<typeof setTimeout>>();

export const useChecksStore = create<ChecksState>()((set, get) => ({
  checks: [],
  loaded: false,
  listError: null,
  missing: new Set(),
  kinds: null,
  kindsError: null,
  history: null,

  async load() {
    const result = await api.invoke('checks.list', {});
    if (result.ok) set({ checks: result.value, loaded: true, listError: null });
    else set({ listError: result.error.message, loaded: true });
  },

  async loadKinds() {
    if (get().kinds) return;
    const result = await api.invoke('checks.kinds', {});
    if (result.ok) set({ kinds: result.value, kindsError: null });
    else set({ kindsError: result.error.message });
  },

  async refreshOne(id) {
    const result = await api.invoke('checks.get', { id });
    if (result.ok) {
      set((state) => ({ checks: upsert(state.checks, result.value) }));
      return result.value;
    }
    if (result.error.code === 'not_found') {
      set((state) => ({ checks: state.checks.filter((check) => check.id !== id), missing: new Set([...state.missing, id]) }));
    }
    return null;
  },

  async loadHistory(id, range) {
    set((state) => ({ history: state.history?.id === id && state.history.range === range ? state.history : { id, range, value: null, error: null } }));
    const result = await api.invoke('checks.history', { id, range });
    // A slower answer for a tab the user already left must not replace the newer one.
    const current = get().history;
    if (current?.id !== id || current.range !== range) return;
    if (result.ok) set({ history: { id, range, value: result.value, error: null } });
    else set({ history: { ...current, error: result.error.message } });
  },

  async runNow(id) {
    const result = await api.invoke('checks.runNow', { id });
    if (result.ok) get().receive(result.value);
    return result;
  },

  test(check) {
    return api.invoke('checks.test', { check });
  },

  async save(id, check) {
    const result = id === null ? await api.invoke('checks.create', { check }) : await api.invoke('checks.update', { id, check });
    if (result.ok) set((state) => ({ checks: upsert(state.checks, result.value) }));
    return result;
  },

  async remove(id) {
    const result = await api.invoke('checks.delete', { id });
    if (result.ok) {
      set((state) => ({
        checks: state.checks.filter((check) => check.id !== id),
        missing: new Set([...state.missing, id]),
        history: state.history?.id === id ? null : state.history,
      }));
    }
    return result;
  },

  receive(result) {
    const known = get().checks.some((check) => check.id === result.checkId);
    set((state) => ({
      checks: state.checks.map((check) => (check.id === result.checkId ? withResult(check, result) : check)),
      history: withHistoryResult(state.history, result),
    }));
    clearTimeout(settling.get(result.checkId));
    // A check this window has not seen (made in another window) is fetched at once.
    const delay = known ? SETTLE_MS : 0;
    settling.set(
      result.checkId,
      setTimeout(() => {
        settling.delete(result.checkId);
        void get().refreshOne(result.checkId);
      }, delay),
    );
  },

  follow() {
    void get().load();
    void get().loadKinds();
    const stop = api.on('onDidCompleteCheck', (result) => {
      if (!get().missing.has(result.checkId)) get().receive(result);
    });
    const reload = setInterval(() => {
      void get().load();
      const history = get().history;
      if (history) void get().loadHistory(history.id, history.range);
    }, RELOAD_MS);
    return () => {
      stop();
      clearInterval(reload);
      for (const timer of settling.values()) clearTimeout(timer);
      settling.clear();
    };
  },
}));
