/**
 * What `analyseManual` learns from one Markdown runbook. Plain data only (no classes, no
 * functions) so it can cross IPC, be stored as JSON and be compared in tests. Lines are
 * 1-based and count from the first line of the file, front matter included.
 */

/** Something the reader should know about the file; analysis never throws instead. */
export interface ManualProblem {
  readonly line: number;
  readonly message: string;
}

/** The `key: value` subset of YAML front matter that runbooks use. */
export interface FrontMatter {
  readonly title: string | null;
  readonly tags: readonly string[];
  readonly services: readonly string[];
  readonly severity: string | null;
  /** Names or links of checks this runbook belongs to (`checks:`). */
  readonly checks: readonly string[];
  /** Every readable field by its key in lower case, values as written (lists as arrays). */
  readonly fields: Readonly<Record<string, string | readonly string[]>>;
}

/**
 * A normalised priority marker. `level` is the scheme's own number for P0–P4, SEV-0..5 and
 * S1–S4, and for words the urgency rank (Critical 0, High 1, Medium 2, Low 3): lower is
 * always more urgent.
 */
export interface Priority {
  readonly scheme: 'P' | 'SEV' | 'S' | 'word';
  readonly level: number;
  /** Canonical spelling: `P0`, `SEV-1`, `S2`, `Critical`. */
  readonly label: string;
}

/** One heading of the outline. */
export interface OutlineHeading {
  readonly level: number;
  /** The heading without Markdown emphasis, code ticks or link syntax. */
  readonly text: string;
  readonly line: number;
  /** Every priority marker in the heading, in reading order. */
  readonly priorities: readonly Priority[];
  readonly timeboxMinutes: number | null;
}

/** A link to another file of the manual (web links and in-page anchors are not listed). */
export interface ManualLink {
  /** The target as written, e.g. `../before/severity_levels.md#sev-1`. */
  readonly target: string;
  readonly line: number;
  readonly image: boolean;
  /** Path inside the manual's folder, `/`-separated; null when it escapes the folder. */
  readonly path: string | null;
  readonly escapesFolder: boolean;
}

/** A fenced code block attached to a step. */
export interface CodeSnippet {
  readonly language: string;
  readonly text: string;
  readonly line: number;
}

/** One numbered or check-box item of a procedure; `number` counts across the whole procedure. */
export interface ProcedureStep {
  readonly number: number;
  /** The item's Markdown text, list marker and check box removed. */
  readonly text: string;
  readonly line: number;
  readonly checkbox: boolean;
  /** Nested sub-items and continuation paragraphs, in order. */
  readonly details: readonly string[];
  readonly code: readonly CodeSnippet[];
}

/** A timeboxed or labelled part of a procedure, e.g. "First Moves (5 minutes)". */
export interface ProcedurePhase {
  /** Null for steps that come before any label. */
  readonly title: string | null;
  readonly timeboxMinutes: number | null;
  readonly line: number;
  readonly steps: readonly ProcedureStep[];
}

/** A section to be run step by step during an incident. */
export interface Procedure {
  /** The heading without its priority or timebox parenthetical. */
  readonly title: string;
  readonly heading: string;
  readonly priority: Priority | null;
  /** The heading's own timebox, else the first timeboxed phase's. */
  readonly timeboxMinutes: number | null;
  /** "1 Hour Response" in the heading, in minutes. */
  readonly responseMinutes: number | null;
  readonly line: number;
  readonly endLine: number;
  readonly phases: readonly ProcedurePhase[];
  readonly stepCount: number;
}

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** How often a checklist seems meant to run; a proposal the user confirms on import. */
export interface RecurrenceProposal {
  readonly kind: 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'weekday' | 'custom';
  /** Set when `kind` is `weekday` (weekly on that day). */
  readonly weekday: Weekday | null;
  /** The heading the proposal was read from; null for `custom` with no hint. */
  readonly source: string | null;
}

export type TimeOfDay = 'morning' | 'afternoon' | 'evening' | 'night' | 'start-of-day' | 'end-of-day' | 'start-of-shift' | 'end-of-shift';

/** One check-box item of a checklist; sub-bullets are kept as notes. */
export interface ChecklistItem {
  readonly text: string;
  readonly line: number;
  readonly done: boolean;
  readonly notes: readonly string[];
}

/** A recurring checklist proposed from a section such as "### Start-of-Shift Sweep (10 minutes)". */
export interface ChecklistTemplate {
  readonly title: string;
  readonly heading: string;
  /** The parent heading, e.g. "Daily Routine". */
  readonly group: string | null;
  readonly recurrence: RecurrenceProposal;
  readonly timeOfDay: TimeOfDay | null;
  readonly budgetMinutes: number | null;
  readonly line: number;
  readonly endLine: number;
  readonly items: readonly ChecklistItem[];
}

/** One row of a contact table, keyed by the header cells. */
export interface ContactRow {
  readonly line: number;
  readonly columns: Readonly<Record<string, string>>;
}

/** A Markdown table that looks like a contact sheet, grouped under its heading. */
export interface ContactTable {
  readonly group: string | null;
  readonly line: number;
  readonly headers: readonly string[];
  readonly rows: readonly ContactRow[];
}

/** Everything `analyseManual` found in one file. */
export interface ManualAnalysis {
  readonly sourcePath: string;
  readonly title: string;
  readonly titleSource: 'front-matter' | 'heading' | 'file-name';
  readonly frontMatter: FrontMatter | null;
  readonly outline: readonly OutlineHeading[];
  /** Distinct coded priority markers (P0, SEV-1, S2) used anywhere outside code. */
  readonly priorityVocabulary: readonly Priority[];
  readonly links: readonly ManualLink[];
  readonly procedures: readonly Procedure[];
  readonly checklists: readonly ChecklistTemplate[];
  readonly contacts: readonly ContactTable[];
  readonly problems: readonly ManualProblem[];
}
