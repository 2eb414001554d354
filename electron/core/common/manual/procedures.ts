/**
 * Procedures: sections whose heading carries a priority marker, or that hold timeboxed
 * parts ("### Immediate Actions (5 minutes)", "**First Moves (5 minutes)**:"). Their
 * sub-headings and bold labels split them into phases; numbered and check-box items are
 * the steps (plain bullets too, inside a timeboxed phase that has nothing else).
 */
import type { Block } from './blocks.ts';
import type { Procedure, ProcedurePhase, ProcedureStep } from './types.ts';
import { scanEntries } from './items.ts';
import { type Section, lastLineOf } from './outline.ts';
import { findPriorities, findResponseMinutes } from './priority.ts';
import { findTimebox, stripMarkers } from './timebox.ts';
import { hasChecklistVocabulary } from './recurrence.ts';
import { plainText } from './text.ts';

/** The procedures found and the sections they cover (which are then not checklists). */
export interface ProcedureScan {
  readonly procedures: Procedure[];
  readonly covered: ReadonlySet<number>;
}

interface PhaseDraft {
  readonly title: string | null;
  readonly timeboxMinutes: number | null;
  readonly line: number;
  readonly from: number;
  to: number;
}

/** Finds every procedure; sections are visited once each, in document order. */
export function findProcedures(blocks: readonly Block[], sections: readonly Section[]): ProcedureScan {
  const sectionAt = new Map<number, Section>(sections.map((section) => [section.headingBlock, section]));
  const procedures: Procedure[] = [];
  const covered = new Set<number>();
  for (const section of sections) {
    if (section.priorities.length === 0) {
      if (covered.has(section.index) || !hasTimeboxedPart(blocks, sections, section)) continue;
      if (inChecklistContext(sections, section)) continue;
    }
    const claimed: number[] = [section.index];
    const { phases, lastBlock } = draftPhases(blocks, section, sectionAt, claimed);
    const procedure = toProcedure(blocks, section, phases, lastBlock);
    if (procedure === null) continue;
    procedures.push(procedure);
    for (const index of claimed) covered.add(index);
  }
  return { procedures, covered };
}

function draftPhases(blocks: readonly Block[], section: Section, sectionAt: ReadonlyMap<number, Section>, claimed: number[]) {
  const phases: PhaseDraft[] = [];
  let current: PhaseDraft = { title: null, timeboxMinutes: null, line: section.line, from: section.headingBlock + 1, to: section.headingBlock + 1 };
  let lastBlock = section.headingBlock;
  let index = section.headingBlock + 1;
  const start = (title: string, line: number, at: number) => {
    phases.push(current);
    current = { title: stripMarkers(title, (inner) => findTimebox(inner) !== null), timeboxMinutes: findTimebox(title), line, from: at + 1, to: at + 1 };
  };
  while (index < section.subtreeEnd) {
    const block = blocks[index] as Block;
    const sub = block.kind === 'heading' ? sectionAt.get(index) : undefined;
    if (sub !== undefined && sub.priorities.length > 0) {
      // A nested section with its own priority is a procedure of its own.
      index = sub.subtreeEnd;
      continue;
    }
    if (sub !== undefined) {
      claimed.push(sub.index);
      start(sub.text, sub.line, index);
    } else {
      const label = block.kind === 'text' && block.indent < 4 ? boldLabel(block.text) : null;
      if (label !== null) start(label, block.line, index);
      else current.to = index + 1;
    }
    lastBlock = index;
    index += 1;
  }
  phases.push(current);
  return { phases, lastBlock };
}

function toProcedure(blocks: readonly Block[], section: Section, drafts: readonly PhaseDraft[], lastBlock: number): Procedure | null {
  const phases: ProcedurePhase[] = [];
  let number = 0;
  for (const draft of drafts) {
    const entries = scanEntries(blocks, draft.from, draft.to);
    const stepLike = entries.filter((entry) => entry.ordered || entry.task !== null);
    const chosen = stepLike.length === 0 && draft.timeboxMinutes !== null ? entries : stepLike;
    const steps = chosen.map((entry): ProcedureStep => {
      number += 1;
      return { number, text: entry.text, line: entry.line, checkbox: entry.task !== null, details: entry.details, code: entry.code };
    });
    if (steps.length > 0 || draft.timeboxMinutes !== null) {
      phases.push({ title: draft.title, timeboxMinutes: draft.timeboxMinutes, line: draft.line, steps });
    }
  }
  if (number === 0) return null;
  const isMarker = (inner: string) => findPriorities(inner).length > 0 || findTimebox(inner) !== null;
  return {
    title: stripMarkers(section.text, isMarker),
    heading: section.text,
    priority: section.priorities[0] ?? null,
    timeboxMinutes: section.timeboxMinutes ?? phases.find((phase) => phase.timeboxMinutes !== null)?.timeboxMinutes ?? null,
    responseMinutes: findResponseMinutes(section.text),
    line: section.line,
    endLine: lastLineOf(blocks, section.headingBlock, lastBlock + 1, section.line),
    phases,
    stepCount: number,
  };
}

function hasTimeboxedPart(blocks: readonly Block[], sections: readonly Section[], section: Section): boolean {
  for (let index = section.index + 1; index < sections.length; index += 1) {
    const child = sections[index] as Section;
    if (child.headingBlock >= section.subtreeEnd) break;
    if (child.parent === section.index && child.timeboxMinutes !== null) return true;
  }
  for (let index = section.headingBlock + 1; index < section.bodyEnd; index += 1) {
    const block = blocks[index] as Block;
    if (block.kind !== 'text' || block.indent >= 4) continue;
    const label = boldLabel(block.text);
    if (label !== null && findTimebox(label) !== null) return true;
  }
  return false;
}

// Under "## Daily Routine" a timeboxed "### Sweep (10 minutes)" is a checklist, not a phase.
function inChecklistContext(sections: readonly Section[], section: Section): boolean {
  let current: Section | undefined = section;
  while (current !== undefined) {
    if (hasChecklistVocabulary(current.text)) return true;
    current = sections[current.parent];
  }
  return false;
}

/**
 * The label of a line that is only bold text, "**Recovery**:" or "**First Moves (5
 * minutes):**" → "Recovery", "First Moves (5 minutes)"; null for "**Symptoms**: text".
 */
export function boldLabel(text: string): string | null {
  const trimmed = text.trim();
  const mark = trimmed.slice(0, 2);
  if (mark !== '**' && mark !== '__') return null;
  const close = trimmed.indexOf(mark, 2);
  if (close <= 2) return null;
  const rest = trimmed.slice(close + 2).trim();
  if (rest !== '' && rest !== ':') return null;
  let label = plainText(trimmed.slice(2, close));
  if (label.endsWith(':')) label = label.slice(0, -1).trimEnd();
  return label === '' ? null : label;
}
