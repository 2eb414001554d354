/**
 * Checklist templates and their items in SQLite. Drafts arrive validated; this stores
 * them. Item ids survive an edit when the editor sends them back, so past runs still
 * point at the item they ticked.
 */
import type { RecurrenceRule, TemplateDraft } from '../../common/checklists/types.ts';
import { AppError } from '../../common/errors.ts';
import type { SqliteDatabase } from '../storage/database.ts';

export interface StoredItem {
  readonly id: number;
  readonly text: string;
  readonly checkId: number | null;
  readonly autoTick: boolean;
}

export interface StoredTemplate {
  readonly id: number;
  readonly title: string;
  readonly recurrence: RecurrenceRule;
  readonly budgetMinutes: number | null;
  readonly graceMinutes: number | null;
  readonly enabled: boolean;
  readonly sourceRunbookId: number | null;
  readonly anchorDay: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly items: StoredItem[];
}

interface TemplateRow {
  id: number;
  title: string;
  recurrence: string;
  budget_minutes: number | null;
  grace_minutes: number | null;
  enabled: number;
  source_runbook_id: number | null;
  anchor_day: number;
  created_at: number;
  updated_at: number;
}

interface ItemRow {
  id: number;
  template_id: number;
  text: string;
  check_id: number | null;
  auto_tick: number;
}

export class TemplatesRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  list(): StoredTemplate[] {
    const rows = this.#db.prepare('SELECT * FROM checklist_templates ORDER BY title COLLATE NOCASE, id').all() as TemplateRow[];
    const items = this.#db.prepare('SELECT * FROM checklist_items ORDER BY template_id, position').all() as ItemRow[];
    return rows.map((row) => toTemplate(row, items.filter((item) => item.template_id === row.id)));
  }

  get(id: number): StoredTemplate {
    const row = this.#db.prepare('SELECT * FROM checklist_templates WHERE id = ?').get(id) as TemplateRow | undefined;
    if (!row) throw new AppError('not_found', `There is no checklist template with id ${id} (it may have been deleted).`);
    const items = this.#db.prepare('SELECT * FROM checklist_items WHERE template_id = ? ORDER BY position').all(id) as ItemRow[];
    return toTemplate(row, items);
  }

  /** Insert or replace a template and its items in one transaction; answers its id. */
  save(id: number | undefined, draft: TemplateDraft, anchorDay: number, now: number): number {
    return this.#db.transaction(() => {
      const columns = [draft.title, JSON.stringify(draft.recurrence), draft.budgetMinutes, draft.graceMinutes, draft.enabled ? 1 : 0, draft.sourceRunbookId, anchorDay];
      let templateId: number;
      if (id === undefined) {
        const result = this.#db
          .prepare(
            `INSERT INTO checklist_templates (title, recurrence, budget_minutes, grace_minutes, enabled, source_runbook_id, anchor_day, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(...columns, now, now);
        templateId = Number(result.lastInsertRowid);
      } else {
        this.get(id);
        this.#db
          .prepare(
            `UPDATE checklist_templates SET title = ?, recurrence = ?, budget_minutes = ?, grace_minutes = ?, enabled = ?,
               source_runbook_id = ?, anchor_day = ?, updated_at = ? WHERE id = ?`,
          )
          .run(...columns, now, id);
        templateId = id;
      }
      this.#saveItems(templateId, draft.items);
      return templateId;
    })();
  }

  delete(id: number): void {
    const result = this.#db.prepare('DELETE FROM checklist_templates WHERE id = ?').run(id);
    if (result.changes === 0) throw new AppError('not_found', `There is no checklist template with id ${id} (it may have been deleted).`);
  }

  #saveItems(templateId: number, items: TemplateDraft['items']): void {
    const kept = new Set<number>();
    const owned = new Set((this.#db.prepare('SELECT id FROM checklist_items WHERE template_id = ?').all(templateId) as { id: number }[]).map((row) => row.id));
    const update = this.#db.prepare('UPDATE checklist_items SET position = ?, text = ?, check_id = ?, auto_tick = ? WHERE id = ?');
    const insert = this.#db.prepare('INSERT INTO checklist_items (template_id, position, text, check_id, auto_tick) VALUES (?, ?, ?, ?, ?)');
    items.forEach((item, position) => {
      // An id from another template (or a stale one) is treated as a new item, never stolen.
      if (item.id !== undefined && owned.has(item.id) && !kept.has(item.id)) {
        update.run(position, item.text, item.checkId, item.autoTick ? 1 : 0, item.id);
        kept.add(item.id);
      } else {
        kept.add(Number(insert.run(templateId, position, item.text, item.checkId, item.autoTick ? 1 : 0).lastInsertRowid));
      }
    });
    const remove = this.#db.prepare('DELETE FROM checklist_items WHERE id = ?');
    for (const itemId of owned) if (!kept.has(itemId)) remove.run(itemId);
  }
}

function toTemplate(row: TemplateRow, items: ItemRow[]): StoredTemplate {
  return {
    id: row.id,
    title: row.title,
    recurrence: JSON.parse(row.recurrence) as RecurrenceRule,
    budgetMinutes: row.budget_minutes,
    graceMinutes: row.grace_minutes,
    enabled: row.enabled === 1,
    sourceRunbookId: row.source_runbook_id,
    anchorDay: row.anchor_day,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    items: items.map((item) => ({ id: item.id, text: item.text, checkId: item.check_id, autoTick: item.auto_tick === 1 })),
  };
}
