import type { Clock } from '../common/clock.ts';
import { AppError } from '../common/errors.ts';
import type { Logger, SettingsPort } from '../common/ports.ts';
import type { LinkableCheck } from '../node/runbooks/check-links.ts';
import { ProcedureRuns } from '../node/runbooks/procedure-runs.ts';
import { RunbookService } from '../node/runbooks/runbook-service.ts';
import { wordsOf } from '../node/runbooks/derive.ts';
import { contactsByPrefix, paletteWords, runbookTitlesByPrefix, searchRunbooks } from '../node/runbooks/search.ts';
import { SourceWatcher } from '../node/runbooks/watcher.ts';
import type { SqliteDatabase } from '../node/storage/database.ts';
import type { ImportReport, PaletteHit, ProcedureRun } from '../common/runbooks/types.ts';
import type { Handlers } from './dispatch.ts';
import type { EventHub } from './events.ts';
import { currentSettings } from './settings.ts';

type RunbookChannels = Extract<keyof Handlers, `runbooks.${string}` | `procedures.${string}` | 'palette.search'>;

export interface RunbookDeps {
  readonly db: SqliteDatabase;
  readonly clock: Clock;
  readonly events: EventHub;
  readonly settings: SettingsPort;
  readonly logger: Logger;
  /** The checks there are (name, runbook field): for linking and for the palette. */
  readonly checks: () => ReadonlyArray<LinkableCheck & { readonly kind: string }>;
}

export interface RunbookHandlers {
  readonly handlers: Pick<Handlers, RunbookChannels>;
  /** Stop watching folders; the core calls it on close. */
  close(): void;
}

export function runbookHandlers(deps: RunbookDeps): RunbookHandlers {
  const now = () => deps.clock.now();
  const by = () => currentSettings(deps.settings).displayName.trim() || 'you';
  const service = new RunbookService({ db: deps.db, now, by, checks: deps.checks });
  const runs = new ProcedureRuns(deps.db);
  const changed = (ids: number[]) => {
    if (ids.length > 0) deps.events.emit('onDidChangeRunbooks', { ids });
  };

  const reimport = (sourceId: number) => {
    const source = service.sources.get(sourceId);
    if (source === null) return watcher.unwatch(sourceId);
    try {
      const outcome = service.import({ path: source.path, watch: true, dryRun: false });
      for (const failure of outcome.failed) deps.logger.warn(`Runbook ${failure.path} was not re-imported: ${failure.reason}`);
      changed(outcome.changedIds);
    } catch (error) {
      deps.logger.warn(`Re-importing ${source.path} failed: ${(error as Error).message}`);
    }
  };
  const watcher = new SourceWatcher(reimport, deps.logger);
  for (const source of service.sources.list()) if (source.watch) watcher.watch(source.id, source.path);

  const emitRun = (run: ProcedureRun): ProcedureRun => {
    deps.events.emit('onDidChangeProcedureRun', run);
    return run;
  };

  const handlers: Pick<Handlers, RunbookChannels> = {
    'runbooks.list': () => service.list(),
    'runbooks.get': ({ id }) => service.get(id),
    'runbooks.create': ({ markdown }) => {
      const runbook = service.create(markdown);
      changed([runbook.id]);
      return runbook;
    },
    'runbooks.update': ({ id, markdown, revision }) => {
      const runbook = service.update(id, markdown, revision);
      changed([id]);
      return runbook;
    },
    'runbooks.delete': ({ id }) => {
      service.delete(id);
      changed([id]);
      return { id };
    },
    'runbooks.revisions': ({ id }) => service.revisions(id),
    'runbooks.revision': ({ id, revisionId }) => service.revision(id, revisionId),
    'runbooks.restore': ({ id, revisionId }) => {
      const runbook = service.restore(id, revisionId);
      changed([id]);
      return runbook;
    },
    'runbooks.search': ({ query, limit }) => searchRunbooks(deps.db, query, limit),
    'runbooks.import': ({ path, watch, dryRun }) => {
      const { changedIds, ...report } = service.import({ path, watch, dryRun });
      changed(changedIds);
      if (watch && !dryRun) {
        const source = service.sources.list().find((entry) => entry.path === report.root);
        if (source !== undefined) watcher.watch(source.id, source.path);
      }
      return report satisfies ImportReport;
    },
    'runbooks.sources': () => service.sources.list(),
    'runbooks.removeSource': ({ id }) => {
      watcher.unwatch(id);
      if (!service.sources.remove(id)) throw new AppError('not_found', `There is no import source ${id}.`);
      return { id };
    },
    'procedures.start': ({ runbookId, procedureIndex }) => {
      const runbook = service.repository.get(runbookId);
      if (runbook === null) throw new AppError('not_found', `There is no runbook ${runbookId}; it may have been deleted.`);
      const procedure = runbook.analysis.procedures[procedureIndex];
      if (procedure === undefined) {
        throw new AppError('not_found', `procedureIndex: "${runbook.title}" has ${runbook.analysis.procedures.length} procedure(s); there is no procedure ${procedureIndex}.`);
      }
      return emitRun(runs.start(runbook, procedureIndex, procedure, now()));
    },
    'procedures.step': ({ runId, number, done }) => emitRun(runs.step(runId, number, done, now())),
    'procedures.finish': ({ runId }) => emitRun(runs.finish(runId, now())),
    'procedures.runs': ({ active }) => runs.list(active),
    'palette.search': ({ query, limit }) => palette(deps, query, limit),
  };
  return { handlers, close: () => watcher.close() };
}

/** Runbooks first (what the user most often wants), then checks, then contacts; each kind gets a fair share. */
function palette(deps: RunbookDeps, query: string, limit: number): PaletteHit[] {
  const words = paletteWords(query);
  const runbooks: PaletteHit[] = runbookTitlesByPrefix(deps.db, words, limit).map((runbook) => ({
    kind: 'runbook',
    id: runbook.id,
    title: runbook.title,
    detail: runbook.sourcePath ?? 'written in the app',
  }));
  const checks: PaletteHit[] =
    words.length === 0
      ? []
      : deps
          .checks()
          .filter((check) => {
            const name = wordsOf(check.name);
            return words.every((word) => name.includes(` ${word}`));
          })
          .slice(0, limit)
          .map((check) => ({ kind: 'check', id: check.id, title: check.name, detail: `${check.kind} check` }));
  const contacts: PaletteHit[] = contactsByPrefix(deps.db, words, limit).map((contact) => ({
    kind: 'contact',
    id: contact.id,
    runbookId: contact.runbookId,
    title: contact.name,
    detail: `${contact.detail} — ${contact.runbookTitle}`,
  }));
  return fairShare([runbooks, checks, contacts], limit);
}

function fairShare(groups: PaletteHit[][], limit: number): PaletteHit[] {
  const share = Math.ceil(limit / groups.length);
  const taken = groups.map((group) => group.slice(0, share));
  let room = limit - taken.reduce((sum, group) => sum + group.length, 0);
  for (const [index, group] of groups.entries()) {
    const extra = group.slice(share, share + Math.max(0, room));
    room -= extra.length;
    taken[index]?.push(...extra);
  }
  return taken.flat().slice(0, limit);
}
