/**
 * The Markdown understanding of a runbook: outline, links, procedures, recurring
 * checklists and contact sheets, from a purpose-built block scanner (not a CommonMark
 * renderer). Pure: callers read the file and pass its text in.
 */
export { analyseManual } from './analyse.ts';
export type {
  ChecklistItem,
  ChecklistTemplate,
  CodeSnippet,
  ContactRow,
  ContactTable,
  FrontMatter,
  ManualAnalysis,
  ManualLink,
  ManualProblem,
  OutlineHeading,
  Priority,
  Procedure,
  ProcedurePhase,
  ProcedureStep,
  RecurrenceProposal,
  TimeOfDay,
  Weekday,
} from './types.ts';
export { findPriorities } from './priority.ts';
export { findTimebox } from './timebox.ts';
export { findRecurrence, findTimeOfDay } from './recurrence.ts';
export { targetFilePath } from './links.ts';
