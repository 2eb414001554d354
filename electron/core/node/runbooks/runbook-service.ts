import { dirname } from 'node:path';
import { AppError } from '../../common/errors.ts';
import type { SqliteDatabase } from '../storage/database.ts';
import { linkedCheckIds, type LinkableCheck } from './check-links.ts';
import { deriveRunbook } from './derive.ts';
import { dataUrl } from './images.ts';
import { importRunbooks, type ImportOutcome } from './importer.ts';
import { sha256 } from './read-markdown.ts';
import { RunbookRepository, type RevisionSource, type RunbookRow, } from './repository.ts';
import type { RunbookSummary } from '../../common/runbooks/types.ts';
import { resolveLinks } from './resolve-links.ts';
import { SourceRepository } from './sources.ts';

export interface RunbookServiceDeps {
  readonly db: SqliteDatabase;
  readonly now: () => number;
  /** Who a save is recorded as: the display name from settings, else "you". */
  readonly by: () => string;
  /** The checks a runbook can be linked to. */
  readonly checks: () => readonly LinkableCheck[];
}

export type RunbookView = RunbookSummary &
  Pick<RunbookRow, 'markdown' | 'analysis' | 'revision'> & {
    readonly links: Record<string, number | null>;
    readonly images: Record<string, string | null>;
    readonly checkIds: number[];
  };

/** A runbook written in the app has no file; its analysis needs a name to fall back on. */
const WRITTEN_NAME = 'untitled.md';

/** Runbooks as the contract sees them: saves with revisions, imports, and the views the window shows. */
export class RunbookService {
  readonly repository: RunbookRepository;
  readonly sources: SourceRepository;
  readonly #deps: RunbookServiceDeps;

  constructor(deps: RunbookServiceDeps) {
    this.#deps = deps;
    this.repository = new RunbookRepository(deps.db);
    this.sources = new SourceRepository(deps.db);
  }

  list(): RunbookSummary[] {
    return this.repository.list();
  }

  get(id: number): RunbookView {
    const row = this.#row(id);
    const root = this.#rootOf(row);
    const images: Record<string, string | null> = {};
    for (const image of this.repository.images(id)) {
      images[image.target] = image.bytes === null || image.mime === null ? null : dataUrl(image.mime, image.bytes);
    }
    // A target written in after the import (an edit) has not been copied: it shows as missing.
    for (const link of row.analysis.links) if (link.image && !Object.hasOwn(images, link.target)) images[link.target] = null;
    return {
      id: row.id,
      title: row.title,
      sourcePath: row.sourcePath,
      tags: row.tags,
      services: row.services,
      severity: row.severity,
      updatedAt: row.updatedAt,
      procedureCount: row.procedureCount,
      markdown: row.markdown,
      analysis: row.analysis,
      revision: row.revision,
      links: resolveLinks(row.analysis, row.sourcePath, root, (paths) => this.repository.idsBySourcePath(paths)),
      images,
      checkIds: linkedCheckIds(
        { id: row.id, title: row.title, sourcePath: row.sourcePath, frontMatterChecks: row.analysis.frontMatter?.checks ?? [] },
        this.#deps.checks(),
      ),
    };
  }

  create(markdown: string): RunbookView {
    const save = this.#save(markdown, WRITTEN_NAME, 'edit');
    const id = this.#deps.db.transaction(() => this.repository.insert(save, { path: null, id: null }))();
    return this.get(id);
  }

  /** Saves over `revision` only: if someone saved since (another window, a watched import), nothing is overwritten. */
  update(id: number, markdown: string, revision: number, source: RevisionSource = 'edit'): RunbookView {
    this.#deps.db.transaction(() => {
      const row = this.#row(id);
      if (row.revision !== revision) {
        throw new AppError(
          'conflict',
          `"${row.title}" was changed since you opened it (you started from revision ${revision}; it is now at ${row.revision}). Nothing was saved: reload it, then apply your change again.`,
        );
      }
      const save = this.#save(markdown, row.analysis.sourcePath || WRITTEN_NAME, source);
      // An imported runbook keeps the hash of its file as last imported: re-importing an
      // unchanged file leaves the edit alone; a changed file wins (the edit stays in history).
      this.repository.update(id, row.sourcePath === null ? save : { ...save, hash: row.contentHash });
    })();
    return this.get(id);
  }

  delete(id: number): void {
    if (!this.repository.delete(id)) throw notFound(id);
  }

  revisions(id: number) {
    this.#row(id);
    return this.repository.revisions(id);
  }

  revision(id: number, revisionId: number) {
    const found = this.repository.revision(id, revisionId);
    if (found === null) throw new AppError('not_found', `revisionId: runbook ${id} has no revision ${revisionId}.`);
    return found;
  }

  /** The old text becomes the newest revision; history is never rewritten. */
  restore(id: number, revisionId: number): RunbookView {
    const old = this.revision(id, revisionId);
    return this.update(id, old.markdown, this.#row(id).revision, 'restore');
  }

  import(request: { path: string; watch: boolean; dryRun: boolean }): ImportOutcome {
    return importRunbooks({ db: this.#deps.db, runbooks: this.repository, sources: this.sources, now: this.#deps.now, by: this.#deps.by }, request);
  }

  #save(markdown: string, analysisPath: string, source: RevisionSource) {
    return { markdown, derived: deriveRunbook(markdown, analysisPath), hash: sha256(markdown), by: this.#deps.by(), source, at: this.#deps.now() };
  }

  #row(id: number): RunbookRow {
    const row = this.repository.get(id);
    if (row === null) throw notFound(id);
    return row;
  }

  /** The folder a runbook's links are relative to: its import source, or its own folder. */
  #rootOf(row: RunbookRow): string | null {
    if (row.sourcePath === null) return null;
    const source = row.sourceId === null ? null : this.sources.get(row.sourceId);
    if (source === null || source.path === row.sourcePath) return dirname(row.sourcePath);
    return source.path;
  }
}

function notFound(id: number): AppError {
  return new AppError('not_found', `There is no runbook ${id}; it may have been deleted.`);
}
