import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftFromProposal, recurrenceFromProposal, type ManualProposal } from '../../../electron/core/common/checklists/index.ts';
import { analyseManual } from '../../../electron/core/common/manual/index.ts';
import { checklistTemplateInputSchema } from '../../../electron/shared/contract/checklists.ts';

const SAMPLE = fileURLToPath(new URL('../../../../shared/samples/ops-manual.md', import.meta.url));
const ZONE = 'Europe/Berlin';

const proposal = (patch: Partial<ManualProposal>): ManualProposal => ({
  title: 'Routine',
  recurrence: { kind: 'daily', weekday: null, source: 'Daily' },
  timeOfDay: null,
  budgetMinutes: 5,
  items: [{ text: 'Look' }],
  ...patch,
});

describe('drafts from the sample ops manual', () => {
  const drafts = analyseManual(readFileSync(SAMPLE, 'utf8'), 'ops-manual.md').checklists.map((template) => draftFromProposal(template, ZONE));

  it('yields the daily, weekly and quarterly routines with budgets, items and clock times', () => {
    expect(
      drafts.map((draft) => ({
        title: draft.title,
        kind: draft.recurrence.kind,
        time: draft.recurrence.time,
        weekdays: draft.recurrence.weekdays,
        day: draft.recurrence.dayOfMonth,
        budget: draft.budgetMinutes,
        items: draft.items.length,
      })),
    ).toEqual([
      { title: 'Start-of-Shift Sweep', kind: 'daily', time: '09:00', weekdays: [], day: null, budget: 10, items: 4 },
      { title: 'End-of-Shift Wrap-up', kind: 'daily', time: '17:00', weekdays: [], day: null, budget: 5, items: 3 },
      { title: 'Dependency Review', kind: 'weekly', time: '09:00', weekdays: ['monday'], day: null, budget: 20, items: 3 },
      { title: 'Restore Drill', kind: 'weekly', time: '09:00', weekdays: ['monday'], day: null, budget: 30, items: 3 },
      { title: 'Failover Exercise', kind: 'quarterly', time: '09:00', weekdays: [], day: 1, budget: 180, items: 3 },
    ]);
    expect(drafts[0]?.items[0]).toEqual({ text: 'Checkout API answering within its latency budget', checkId: null, autoTick: false });
    expect(drafts.every((draft) => draft.recurrence.timeZone === ZONE)).toBe(true);
  });

  it('produces drafts the save request accepts as they are', () => {
    for (const draft of drafts) expect(checklistTemplateInputSchema.safeParse(draft).success).toBe(true);
  });
});

describe('proposal mapping', () => {
  it('maps each proposal kind and time of day', () => {
    const map = (patch: Partial<ManualProposal>) => {
      const r = recurrenceFromProposal(proposal(patch), 'UTC');
      return [r.kind, r.time, r.weekdays.join(','), r.dayOfMonth, r.everyDays];
    };
    expect(map({ recurrence: { kind: 'weekday', weekday: 'friday', source: 'Friday review' }, timeOfDay: 'evening' })).toEqual(['weekly', '17:00', 'friday', null, null]);
    expect(map({ recurrence: { kind: 'monthly', weekday: null, source: 'Monthly' }, timeOfDay: 'end-of-day' })).toEqual(['monthly', '17:00', '', 1, null]);
    expect(map({ recurrence: { kind: 'custom', weekday: null, source: 'Fortnightly audit' } })).toEqual(['every-days', '09:00', '', null, 14]);
    expect(map({ recurrence: { kind: 'custom', weekday: null, source: 'Annual review' }, timeOfDay: 'night' })).toEqual(['every-days', '21:00', '', null, 365]);
    expect(map({ recurrence: { kind: 'custom', weekday: null, source: null }, timeOfDay: 'afternoon' })).toEqual(['daily', '13:00', '', null, null]);
  });

  it('leaves an out-of-range budget for the user and drops empty items', () => {
    const draft = draftFromProposal(proposal({ budgetMinutes: 2880, items: [{ text: '  ' }, { text: ' Check ' }] }), 'UTC');
    expect(draft.budgetMinutes).toBeNull();
    expect(draft.items).toEqual([{ text: 'Check', checkId: null, autoTick: false }]);
  });
});
