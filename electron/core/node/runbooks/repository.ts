import type { ManualAnalysis } from '../../common/manual/index.ts';
import type { RunbookSummary } from '../../common/runbooks/types.ts';
import type { SqliteDatabase } from '../storage/database.ts';
import { statement } from './statements.ts';
import type { DerivedRunbook } from './derive.ts';
import type { CopiedImage } from './images.ts';

export type RevisionSource = 'import' | 'edit' | 'restore';

export interface RunbookRow {
  readonly id: number;
  readonly title: string;
  readonly markdown: string;
  readonly sourcePath: string | null;
  readonly sourceId: number | null;
  readonly tags: string[];
  readonly services: string[];
  readonly severity: string | null;
  readonly analysis: ManualAnalysis;
  readonly procedureCount: number;
  readonly contentHash: string;
  readonly revision: number;
  readonly updatedAt: number;
}

/** One save: the text, what was derived from it, and who did it how. */
export interface SaveInput {
  readonly markdown: string;
  readonly derived: DerivedRunbook;
  readonly hash: string;
  readonly by: string;
  readonly source: RevisionSource;
  readonly at: number;
}

const SUMMARY_COLUMNS = 'id, title, source_path, tags, services, severity, updated_at, procedure_count';

interface RawSummary {
  id: number;
  title: string;
  source_path: string | null;
  tags: string;
  services: string;
  severity: string | null;
  updated_at: number;
  procedure_count: number;
}

export function toSummary(raw: RawSummary): RunbookSummary {
  return {
    id: raw.id,
    title: raw.title,
    sourcePath: raw.source_path,
    tags: JSON.parse(raw.tags) as string[],
    services: JSON.parse(raw.services) as string[],
    severity: raw.severity,
    updatedAt: raw.updated_at,
    procedureCount: raw.procedure_count,
  };
}

/**
 * SQL for runbooks, their revisions, images and contact rows. Callers own transactions:
 * a save writes the row, its revision, images and contacts in one, so the search index
 * (kept by triggers) and the history never disagree with the text.
 */
export class RunbookRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  list(): RunbookSummary[] {
    const rows = statement(this.#db, `SELECT ${SUMMARY_COLUMNS} FROM runbooks ORDER BY title COLLATE NOCASE, id`).all() as RawSummary[];
    return rows.map(toSummary);
  }

  get(id: number): RunbookRow | null {
    const raw = statement(this.#db, `SELECT ${SUMMARY_COLUMNS}, markdown, source_id, analysis, content_hash, revision FROM runbooks WHERE id = ?`)
      .get(id) as (RawSummary & { markdown: string; source_id: number | null; analysis: string; content_hash: string; revision: number }) | undefined;
    if (raw === undefined) return null;
    return {
      ...toSummary(raw),
      markdown: raw.markdown,
      sourceId: raw.source_id,
      analysis: JSON.parse(raw.analysis) as ManualAnalysis,
      contentHash: raw.content_hash,
      revision: raw.revision,
    };
  }

  /** id, hash and revision of the runbook imported from this absolute path. */
  bySourcePath(path: string): { id: number; hash: string; revision: number } | null {
    const raw = statement(this.#db, 'SELECT id, content_hash AS hash, revision FROM runbooks WHERE source_path = ?').get(path);
    return (raw as { id: number; hash: string; revision: number } | undefined) ?? null;
  }

  idsBySourcePath(paths: readonly string[]): Map<string, number> {
    const found = new Map<string, number>();
    const byPath = statement(this.#db, 'SELECT id FROM runbooks WHERE source_path = ?').pluck();
    for (const path of paths) {
      const id = byPath.get(path) as number | undefined;
      if (id !== undefined) found.set(path, id);
    }
    return found;
  }

  insert(save: SaveInput, source: { path: string | null; id: number | null }): number {
    const d = save.derived;
    const result = statement(this.#db, 
        `INSERT INTO runbooks (title, markdown, source_path, source_id, tags, services, severity, analysis, headings, search_tags,
           body_start, procedure_count, content_hash, revision, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
      )
      .run(d.title, save.markdown, source.path, source.id, JSON.stringify(d.tags), JSON.stringify(d.services), d.severity,
        JSON.stringify(d.analysis), d.headings, d.searchTags, d.bodyStart, d.analysis.procedures.length, save.hash, save.at, save.at);
    const id = Number(result.lastInsertRowid);
    this.#addRevision(id, save);
    this.#replaceContacts(id, d);
    return id;
  }

  /** A new revision over the current one; returns the new revision number. */
  update(id: number, save: SaveInput, sourceId?: number | null): number {
    const d = save.derived;
    statement(this.#db, 
        `UPDATE runbooks SET title = ?, markdown = ?, tags = ?, services = ?, severity = ?, analysis = ?, headings = ?, search_tags = ?,
           body_start = ?, procedure_count = ?, content_hash = ?, revision = revision + 1, updated_at = ?, source_id = coalesce(?, source_id)
         WHERE id = ?`,
      )
      .run(d.title, save.markdown, JSON.stringify(d.tags), JSON.stringify(d.services), d.severity, JSON.stringify(d.analysis),
        d.headings, d.searchTags, d.bodyStart, d.analysis.procedures.length, save.hash, save.at, sourceId ?? null, id);
    this.#addRevision(id, save);
    this.#replaceContacts(id, d);
    return (statement(this.#db, 'SELECT revision FROM runbooks WHERE id = ?').pluck().get(id) as number | undefined) ?? 0;
  }

  delete(id: number): boolean {
    return statement(this.#db, 'DELETE FROM runbooks WHERE id = ?').run(id).changes > 0;
  }

  /** Images as copied at the last import; entries for targets no longer used are dropped. */
  replaceImages(id: number, images: readonly CopiedImage[]): void {
    statement(this.#db, 'DELETE FROM runbook_images WHERE runbook_id = ?').run(id);
    const insert = statement(this.#db, 'INSERT INTO runbook_images (runbook_id, target, mime, bytes) VALUES (?, ?, ?, ?)');
    for (const image of images) insert.run(id, image.target, image.mime, image.bytes);
  }

  images(id: number): Array<{ target: string; mime: string | null; bytes: Buffer | null }> {
    return statement(this.#db, 'SELECT target, mime, bytes FROM runbook_images WHERE runbook_id = ?').all(id) as Array<{
      target: string;
      mime: string | null;
      bytes: Buffer | null;
    }>;
  }

  revisions(id: number): Array<{ id: number; runbookId: number; at: number; by: string; source: RevisionSource; title: string; size: number }> {
    return statement(this.#db, 
        `SELECT id, runbook_id AS runbookId, at, by, source, title, length(CAST(markdown AS BLOB)) AS size
         FROM runbook_revisions WHERE runbook_id = ? ORDER BY id DESC`,
      )
      .all(id) as Array<{ id: number; runbookId: number; at: number; by: string; source: RevisionSource; title: string; size: number }>;
  }

  revision(id: number, revisionId: number) {
    return (
      (statement(this.#db, 
          `SELECT id, runbook_id AS runbookId, at, by, source, title, length(CAST(markdown AS BLOB)) AS size, markdown
           FROM runbook_revisions WHERE runbook_id = ? AND id = ?`,
        )
        .get(id, revisionId) as
        | { id: number; runbookId: number; at: number; by: string; source: RevisionSource; title: string; size: number; markdown: string }
        | undefined) ?? null
    );
  }

  #addRevision(id: number, save: SaveInput): void {
    statement(this.#db, 'INSERT INTO runbook_revisions (runbook_id, at, by, source, title, markdown) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, save.at, save.by, save.source, save.derived.title, save.markdown);
  }

  #replaceContacts(id: number, derived: DerivedRunbook): void {
    statement(this.#db, 'DELETE FROM runbook_contacts WHERE runbook_id = ?').run(id);
    const insert = statement(this.#db, 'INSERT INTO runbook_contacts (runbook_id, name, detail, words) VALUES (?, ?, ?, ?)');
    for (const contact of derived.contacts) insert.run(id, contact.name, contact.detail, contact.words);
  }
}
