/**
 * Stored templates and runs as the contract shows them: live status computed at `now`,
 * the linked check's latest status looked up when asked, never cached in the row.
 */
import { completionRate, nextOccurrence, runStatus, type RunStatus } from '../../common/checklists/index.ts';
import type { CheckStatus } from '../../common/checks/outcome.ts';
import type { ChecklistRun, ChecklistTemplateView } from '../../common/checklists/types.ts';
import type { StoredRun } from './runs-repository.ts';
import type { StoredTemplate } from './templates-repository.ts';

export type CheckStatusOf = (checkId: number) => CheckStatus | null;

export function templateView(template: StoredTemplate, counts: { done: number; missed: number } | undefined, now: number): ChecklistTemplateView {
  return {
    id: template.id,
    title: template.title,
    recurrence: { ...template.recurrence, weekdays: [...template.recurrence.weekdays] },
    budgetMinutes: template.budgetMinutes,
    graceMinutes: template.graceMinutes,
    items: template.items,
    enabled: template.enabled,
    sourceRunbookId: template.sourceRunbookId,
    nextDueAt: template.enabled ? nextOccurrence(template.recurrence, now, template.anchorDay) : null,
    completionRate: counts ? completionRate(counts.done, counts.missed) : null,
  };
}

/** Settled states are stored; due and overdue follow the clock. */
export function liveStatus(run: StoredRun, now: number): RunStatus {
  if (run.state === 'done') return 'done';
  if (run.state === 'missed') return 'missed';
  return runStatus(run, null, now);
}

export function runView(run: StoredRun, now: number, checkStatus: CheckStatusOf): ChecklistRun {
  return {
    id: run.id,
    templateId: run.templateId,
    title: run.title,
    dueAt: run.dueAt,
    overdueAt: run.overdueAt,
    status: liveStatus(run, now),
    completedAt: run.completedAt,
    budgetMinutes: run.budgetMinutes,
    items: run.items.map((item) => ({
      itemId: item.itemId,
      text: item.text,
      state: item.state,
      at: item.at,
      reason: item.reason,
      note: item.note,
      checkId: item.checkId,
      checkStatus: item.checkId === null ? null : checkStatus(item.checkId),
      auto: item.auto,
    })),
  };
}
