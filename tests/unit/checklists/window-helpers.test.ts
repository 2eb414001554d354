import { describe, expect, it } from 'vitest';
import { countdown, describeRecurrence, formatRate } from '../../../renderer/src/features/checklists/checklist-format.ts';
import { checklistHref, checklistRouteFromHash } from '../../../renderer/src/features/checklists/checklist-route.ts';
import { emptyForm, formFrom, problemLines, requestFrom } from '../../../renderer/src/features/checklists/template-form.ts';
import { checklistTemplateInputSchema } from '../../../electron/shared/contract/checklists.ts';

const base = { time: '09:00', weekdays: [], dayOfMonth: null, everyDays: null, timeZone: 'UTC' } as const;

describe('checklist window helpers', () => {
  it('describes recurrences in words', () => {
    expect(describeRecurrence({ ...base, kind: 'daily' })).toBe('Daily at 09:00 (UTC)');
    expect(describeRecurrence({ ...base, kind: 'weekdays', weekdays: ['monday', 'friday'] })).toBe('Mon, Fri at 09:00 (UTC)');
    expect(describeRecurrence({ ...base, kind: 'monthly', dayOfMonth: 31 })).toBe('Monthly on the last day at 09:00 (UTC)');
    expect(describeRecurrence({ ...base, kind: 'quarterly', dayOfMonth: 2 })).toBe('Quarterly on the 2nd at 09:00 (UTC)');
  });

  it('counts the budget down, then up once overdue', () => {
    const run = { dueAt: 0, overdueAt: 600_000, budgetMinutes: 10 };
    expect(countdown(run, 138_000)).toBe('7:42 left of 10 min');
    expect(countdown(run, 600_000 + 185_000)).toBe('Overdue by 3:05');
    expect(formatRate(null)).toBe('—');
    expect(formatRate(2 / 3)).toBe('67%');
  });

  it('round-trips routes and falls back to the overview', () => {
    for (const route of [{ view: 'overview' }, { view: 'new' }, { view: 'import' }, { view: 'edit', id: 7 }] as const) {
      expect(checklistRouteFromHash(checklistHref(route))).toEqual(route);
    }
    expect(checklistRouteFromHash('#/checklists/0/edit')).toEqual({ view: 'overview' });
  });

  it('sends only the fields the chosen kind uses, and the request passes the contract', () => {
    const form = { ...emptyForm(), title: 'Weekly review', kind: 'weekly' as const, weekdays: ['friday', 'monday'] as const, budgetMinutes: '20' };
    const request = requestFrom({ ...form, weekdays: [...form.weekdays], items: [{ key: 'a', text: 'Look', checkId: '', autoTick: true }] });
    expect(request.recurrence).toMatchObject({ kind: 'weekly', weekdays: ['friday'], dayOfMonth: null, everyDays: null });
    expect(request.items).toEqual([{ text: 'Look', checkId: null, autoTick: false }]);
    expect(checklistTemplateInputSchema.safeParse(request).success).toBe(true);
    const again = formFrom(checklistTemplateInputSchema.parse(request));
    expect([again.title, again.kind, again.budgetMinutes, again.weekdays]).toEqual(['Weekly review', 'weekly', '20', ['friday']]);
  });

  it('lists problems field first, without the channel or template prefix', () => {
    expect(problemLines('checklists.saveTemplate: template.items: needs at least one item; template.title: must not be empty')).toEqual([
      'items: needs at least one item',
      'title: must not be empty',
    ]);
  });
});
