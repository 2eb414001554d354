import { statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { AppError } from '../../common/errors.ts';
import type { ChecklistTemplate, ContactTable } from '../../common/manual/index.ts';
import type { SqliteDatabase } from '../storage/database.ts';
import { deriveRunbook, type DerivedRunbook } from './derive.ts';
import { copyImages } from './images.ts';
import { readMarkdownFile } from './read-markdown.ts';
import type { RunbookRepository } from './repository.ts';
import type { SourceRepository } from './sources.ts';
import { findMarkdownFiles } from './walk.ts';

export interface ImportedFileReport {
  readonly sourcePath: string;
  readonly title: string;
  readonly id: number | null;
  readonly status: 'created' | 'updated' | 'unchanged' | 'dry-run';
  readonly procedures: Array<{ title: string; priority: string | null; timeboxMinutes: number | null; stepCount: number }>;
  readonly checklists: Array<{ title: string; recurrence: string; budgetMinutes: number | null; itemCount: number }>;
  readonly warnings: string[];
}

export interface ImportOutcome {
  readonly root: string;
  readonly runbooks: ImportedFileReport[];
  readonly checklistProposals: Array<ChecklistTemplate & { sourcePath: string }>;
  readonly contacts: Array<ContactTable & { sourcePath: string }>;
  readonly failed: Array<{ path: string; reason: string }>;
  readonly durationMs: number;
  /** Runbooks created or changed, for onDidChangeRunbooks. */
  readonly changedIds: number[];
}

export interface ImportDeps {
  readonly db: SqliteDatabase;
  readonly runbooks: RunbookRepository;
  readonly sources: SourceRepository;
  readonly now: () => number;
  readonly by: () => string;
}

/** Problems of one file worth telling the importer about; more would be noise. */
const MAX_WARNINGS = 10;

interface ReadFile {
  readonly path: string;
  readonly markdown: string;
  readonly hash: string;
  readonly derived: DerivedRunbook;
  readonly warnings: string[];
}

/**
 * Import a Markdown file or a folder of them. Every file is read and analysed before
 * anything is written; a file that fails is reported by path and reason and the rest
 * go on. A file that fails now keeps whatever an earlier import stored. The writes happen
 * in one transaction: an import is whole or not at all, and one fsync instead of 1,000.
 */
export function importRunbooks(deps: ImportDeps, request: { path: string; watch: boolean; dryRun: boolean }): ImportOutcome {
  const started = performance.now();
  const root = resolve(request.path);
  let isFolder: boolean;
  try {
    isFolder = statSync(root).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError('not_found', `path: ${root} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`}.`);
  }
  // The window asking is untrusted: a single file must at least be Markdown, so an import
  // cannot be used to read any text file the user can (a folder only yields .md files).
  if (!isFolder && !/\.(md|markdown)$/i.test(root)) {
    throw new AppError('bad_request', `path: ${root} is not a Markdown file; only .md and .markdown files (or folders of them) are imported.`);
  }
  const base = isFolder ? root : dirname(root);
  const walked = isFolder ? findMarkdownFiles(root) : { files: [root], failed: [] };
  const failed = [...walked.failed];
  const read: ReadFile[] = [];
  for (const path of walked.files) {
    const result = readMarkdownFile(path);
    if (!result.ok) {
      failed.push({ path, reason: result.reason });
      continue;
    }
    const derived = deriveRunbook(result.markdown, relative(base, path).split(sep).join('/'));
    const problems = derived.analysis.problems.map((problem) => `line ${problem.line}: ${problem.message}`);
    read.push({ path, markdown: result.markdown, hash: result.hash, derived, warnings: [...result.warnings, ...problems].slice(0, MAX_WARNINGS) });
  }
  warnDuplicateTitles(read);

  const statuses = request.dryRun ? dryRunStatuses(deps, read) : write(deps, read, root, base, request.watch);
  const runbooks = read.map((file, index) => describeFile(file, statuses[index] as { id: number | null; status: ImportedFileReport['status'] }));
  return {
    root,
    runbooks,
    checklistProposals: read.flatMap((file) => file.derived.analysis.checklists.map((template) => ({ ...template, sourcePath: file.path }))),
    contacts: read.flatMap((file) => file.derived.analysis.contacts.map((table) => ({ ...table, sourcePath: file.path }))),
    failed,
    durationMs: Math.round(performance.now() - started),
    changedIds: runbooks.filter((file) => file.status === 'created' || file.status === 'updated').map((file) => file.id as number),
  };
}

/** After this many changed runbooks the search index is merged into one segment again. */
const OPTIMIZE_AFTER_CHANGES = 100;

function write(deps: ImportDeps, files: readonly ReadFile[], root: string, base: string, watch: boolean) {
  const at = deps.now();
  const by = deps.by();
  const statuses = deps.db.transaction(() => {
    const sourceId = deps.sources.upsert(root, watch, at, files.length);
    return files.map((file) => {
      const existing = deps.runbooks.bySourcePath(file.path);
      if (existing !== null && existing.hash === file.hash) return { id: existing.id, status: 'unchanged' as const };
      const save = { markdown: file.markdown, derived: file.derived, hash: file.hash, by, source: 'import' as const, at };
      const id = existing === null ? deps.runbooks.insert(save, { path: file.path, id: sourceId }) : existing.id;
      if (existing !== null) deps.runbooks.update(id, save, sourceId);
      deps.runbooks.replaceImages(id, copyImages(file.derived.analysis, file.path, base));
      return { id, status: existing === null ? ('created' as const) : ('updated' as const) };
    });
  })();
  // A bulk import leaves the FTS5 index in many small segments that every search must
  // merge; one 'optimize' afterwards keeps searching a big store fast.
  if (statuses.filter((status) => status.status !== 'unchanged').length >= OPTIMIZE_AFTER_CHANGES) {
    deps.db.exec("INSERT INTO runbooks_fts (runbooks_fts) VALUES ('optimize')");
  }
  return statuses;
}

function dryRunStatuses(deps: ImportDeps, files: readonly ReadFile[]) {
  return files.map((file) => ({ id: deps.runbooks.bySourcePath(file.path)?.id ?? null, status: 'dry-run' as const }));
}

function describeFile(file: ReadFile, status: { id: number | null; status: ImportedFileReport['status'] }): ImportedFileReport {
  const analysis = file.derived.analysis;
  return {
    sourcePath: file.path,
    title: file.derived.title,
    id: status.id,
    status: status.status,
    procedures: analysis.procedures.map((procedure) => ({
      title: procedure.title,
      priority: procedure.priority?.label ?? null,
      timeboxMinutes: procedure.timeboxMinutes,
      stepCount: procedure.stepCount,
    })),
    checklists: analysis.checklists.map((template) => ({
      title: template.title,
      recurrence: template.recurrence.kind === 'weekday' && template.recurrence.weekday !== null ? template.recurrence.weekday : template.recurrence.kind,
      budgetMinutes: template.budgetMinutes,
      itemCount: template.items.length,
    })),
    warnings: file.warnings,
  };
}

/** Two files with one title are both kept; the warning says which other file to tell them apart by. */
function warnDuplicateTitles(files: ReadFile[]): void {
  const byTitle = new Map<string, ReadFile[]>();
  for (const file of files) {
    const key = file.derived.title.toLowerCase();
    const group = byTitle.get(key);
    if (group === undefined) byTitle.set(key, [file]);
    else group.push(file);
  }
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    for (const file of group) {
      if (file.warnings.length >= MAX_WARNINGS) continue;
      const others = group.filter((other) => other !== file).slice(0, 4).map((other) => other.path);
      file.warnings.push(`same title as ${others.slice(0, 3).join(', ')}${others.length > 3 ? ' and others' : ''}`);
    }
  }
}
