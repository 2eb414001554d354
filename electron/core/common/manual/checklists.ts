/**
 * Checklist templates: sections that hold `- [ ]` items themselves (not inside a
 * procedure), or any list items under a heading that names a recurrence ("Weekly
 * checks"). The recurrence and time of day come from the section's own heading first,
 * then from the nearest ancestor ("## Daily Routine" over "### Start-of-Shift Sweep").
 */
import type { Block } from './blocks.ts';
import type { ChecklistItem, ChecklistTemplate, RecurrenceProposal, TimeOfDay } from './types.ts';
import { scanEntries } from './items.ts';
import { type Section, lastLineOf, lineage } from './outline.ts';
import { findRecurrence, findTimeOfDay } from './recurrence.ts';
import { findTimebox, stripMarkers } from './timebox.ts';

const NO_RECURRENCE: RecurrenceProposal = { kind: 'custom', weekday: null, source: null };

/** Templates of every section not covered by a procedure. */
export function findChecklists(blocks: readonly Block[], sections: readonly Section[], covered: ReadonlySet<number>): ChecklistTemplate[] {
  const templates: ChecklistTemplate[] = [];
  for (const section of sections) {
    if (covered.has(section.index)) continue;
    const entries = scanEntries(blocks, section.headingBlock + 1, section.bodyEnd);
    if (entries.length === 0) continue;
    const chain = lineage(sections, section.index);
    let recurrence: RecurrenceProposal | null = null;
    let timeOfDay: TimeOfDay | null = null;
    for (const each of chain) {
      recurrence ??= findRecurrence(each.text);
      timeOfDay ??= findTimeOfDay(each.text);
    }
    const tasks = entries.filter((entry) => entry.task !== null);
    // Plain bullets only count under a heading that itself names when to run them.
    const ownVocabulary = findRecurrence(section.text) !== null || findTimeOfDay(section.text) !== null;
    const chosen = tasks.length > 0 ? tasks : ownVocabulary ? entries : [];
    if (chosen.length === 0) continue;
    const items = chosen.map((entry): ChecklistItem => ({
      text: entry.text,
      line: entry.line,
      done: entry.task === 'done',
      notes: entry.details,
    }));
    templates.push({
      title: stripMarkers(section.text, (inner) => findTimebox(inner) !== null),
      heading: section.text,
      group: chain[1]?.text ?? null,
      recurrence: recurrence ?? NO_RECURRENCE,
      timeOfDay,
      budgetMinutes: section.timeboxMinutes,
      line: section.line,
      endLine: lastLineOf(blocks, section.headingBlock, section.bodyEnd, section.line),
      items,
    });
  }
  return templates;
}
