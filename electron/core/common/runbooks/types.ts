/**
 * What the window sees of runbooks: summaries, the analysed runbook, revisions, search
 * hits, import reports, procedure runs and palette hits. Plain data, declared here so the
 * core builds them and the contract re-exports them: one definition for both sides.
 */
import type { ChecklistTemplate, ContactTable, ManualAnalysis, Priority } from '../manual/types.ts';

export interface RunbookSummary {
  readonly id: number;
  readonly title: string;
  /** The file it was imported from; null when written in the app. */
  readonly sourcePath: string | null;
  readonly tags: string[];
  readonly services: string[];
  readonly severity: string | null;
  readonly updatedAt: number;
  readonly procedureCount: number;
}

export interface Runbook extends RunbookSummary {
  readonly markdown: string;
  /** Procedures, checklists, contacts, outline and links found in it. */
  readonly analysis: ManualAnalysis;
  /** Relative links to other imported runbooks, resolved: target as written → runbook id (null when not imported). */
  readonly links: Record<string, number | null>;
  /** Relative images copied in at import: target as written → data: URL, null when the file was missing. */
  readonly images: Record<string, string | null>;
  /** Checks this runbook is linked to (front matter `checks:`, a check's runbook field, an Alertmanager runbook_url). */
  readonly checkIds: number[];
  readonly revision: number;
}

export interface RunbookRevision {
  readonly id: number;
  readonly runbookId: number;
  readonly at: number;
  readonly by: string;
  readonly source: 'import' | 'edit' | 'restore';
  readonly title: string;
  readonly size: number;
}

/** A search hit; `snippet` marks matches with \u0002 … \u0003 so the window can highlight without HTML. */
export interface RunbookSearchHit {
  readonly id: number;
  readonly title: string;
  readonly snippet: string;
  readonly tags: string[];
  readonly sourcePath: string | null;
  readonly score: number;
}

export interface ImportedFile {
  readonly sourcePath: string;
  readonly title: string;
  readonly id: number | null;
  readonly status: 'created' | 'updated' | 'unchanged' | 'dry-run';
  readonly procedures: ReadonlyArray<{ readonly title: string; readonly priority: string | null; readonly timeboxMinutes: number | null; readonly stepCount: number }>;
  readonly checklists: ReadonlyArray<{ readonly title: string; readonly recurrence: string; readonly budgetMinutes: number | null; readonly itemCount: number }>;
  /** Imported, but worth a look: invalid UTF-8 replaced, links out of the folder, a duplicate title, broken front matter (at most 10). */
  readonly warnings: string[];
}

/** What an import found; the same shape `npm run import -- … --json` prints. */
export interface ImportReport {
  readonly root: string;
  readonly runbooks: ImportedFile[];
  /** Checklist templates proposed for review (saved only through checklists.saveTemplate). */
  readonly checklistProposals: Array<ChecklistTemplate & { readonly sourcePath: string }>;
  readonly contacts: Array<ContactTable & { readonly sourcePath: string }>;
  readonly failed: Array<{ readonly path: string; readonly reason: string }>;
  readonly durationMs: number;
}

export interface ImportSource {
  readonly id: number;
  readonly path: string;
  readonly watch: boolean;
  readonly lastImportAt: number | null;
  readonly fileCount: number;
}

export interface ProcedureRunStep {
  readonly number: number;
  readonly text: string;
  readonly phase: string | null;
  readonly doneAt: number | null;
}

/** One run of a procedure; kept across restarts until finished. */
export interface ProcedureRun {
  readonly id: number;
  readonly runbookId: number;
  readonly runbookTitle: string;
  /** Index into the runbook's analysis.procedures when it started. */
  readonly procedureIndex: number;
  readonly procedureTitle: string;
  readonly priority: Priority | null;
  readonly timeboxMinutes: number | null;
  readonly startedAt: number;
  readonly finishedAt: number | null;
  readonly steps: ProcedureRunStep[];
}

/** A command-palette hit: anything the user can jump to. */
export interface PaletteHit {
  readonly kind: 'runbook' | 'check' | 'contact';
  /** Unique within its kind. For a contact: its row, which changes when its runbook is saved again. */
  readonly id: number;
  readonly title: string;
  readonly detail: string;
  /** For a contact: the runbook whose contact table lists it. */
  readonly runbookId?: number;
}
