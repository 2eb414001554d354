import { afterEach, describe, expect, it } from 'vitest';
import type { ChecklistRun, ChecklistTemplateView } from '../../../electron/shared/contract.ts';
import { closeAll, dailyTemplate, DAY, HOUR, MIN, startCore } from './harness.ts';

afterEach(closeAll);

describe('checklist runs through the contract', () => {
  it('creates a run when it comes due, notifies once when due and once when overdue', async () => {
    const h = await startCore();
    const template = await h.call<ChecklistTemplateView>('checklists.saveTemplate', { template: dailyTemplate() });
    expect(template).toMatchObject({ title: 'Start-of-Shift Sweep', nextDueAt: Date.UTC(2026, 11, 7, 9, 0), completionRate: null, enabled: true });
    expect(template.recurrence).toEqual({ kind: 'daily', time: '09:00', weekdays: [], dayOfMonth: null, everyDays: null, timeZone: 'UTC' });
    expect(await h.call<ChecklistRun[]>('checklists.current', {})).toEqual([]);

    await h.timers.advance(10 * MIN);
    const [run] = await h.call<ChecklistRun[]>('checklists.current', {});
    expect(run).toMatchObject({ templateId: template.id, status: 'due', dueAt: Date.UTC(2026, 11, 7, 9, 0), overdueAt: Date.UTC(2026, 11, 7, 9, 10), completedAt: null });
    expect(run?.items.map((item) => item.state)).toEqual(['open', 'open']);
    expect(h.shown.map((n) => n.title)).toEqual(['Checklist due: Start-of-Shift Sweep']);
    expect(h.shown[0]?.body).toBe('2 items to do, about 10 min.');
    expect(h.pushed.at(-1)?.map((each) => each.status)).toEqual(['due']);

    await h.timers.advance(10 * MIN);
    expect(h.shown.map((n) => n.title)).toEqual(['Checklist due: Start-of-Shift Sweep', 'Checklist overdue: Start-of-Shift Sweep']);
    expect((await h.call<ChecklistRun[]>('checklists.current', {}))[0]?.status).toBe('overdue');
    await h.timers.advance(2 * HOUR);
    expect(h.shown).toHaveLength(2);
  });

  it('ticks, skips with a reason, keeps notes, completes, and re-opens on un-tick', async () => {
    const h = await startCore();
    await h.call('checklists.saveTemplate', { template: dailyTemplate() });
    await h.timers.advance(12 * MIN);
    const [run] = await h.call<ChecklistRun[]>('checklists.current', {});
    const [first, second] = run!.items;

    const ticked = await h.call<ChecklistRun>('checklists.tick', { runId: run!.id, itemId: first!.itemId, state: 'done', note: 'all green at 09:02' });
    expect(ticked.items[0]).toMatchObject({ state: 'done', at: h.clock.now(), note: 'all green at 09:02', auto: false });
    expect(ticked.status).toBe('due');

    const noReason = await h.core.invoke('checklists.tick', { runId: run!.id, itemId: second!.itemId, state: 'skipped' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringContaining('reason') } });

    await h.timers.advance(MIN);
    const done = await h.call<ChecklistRun>('checklists.tick', { runId: run!.id, itemId: second!.itemId, state: 'skipped', reason: 'queue dashboard down' });
    expect(done).toMatchObject({ status: 'done', completedAt: h.clock.now() });
    expect(done.items[1]).toMatchObject({ state: 'skipped', reason: 'queue dashboard down' });
    expect(done.items[0]?.note).toBe('all green at 09:02');
    expect(await h.call<ChecklistRun[]>('checklists.current', {})).toEqual([]);
    expect((await h.call<ChecklistRun[]>('checklists.history', {})).map((each) => each.status)).toEqual(['done']);
    expect(h.pushed.at(-1)).toEqual([]);

    const reopened = await h.call<ChecklistRun>('checklists.tick', { runId: run!.id, itemId: first!.itemId, state: 'open' });
    expect(reopened).toMatchObject({ status: 'due', completedAt: null });
    expect(reopened.items[0]).toMatchObject({ state: 'open', at: null, note: 'all green at 09:02' });
    const cleared = await h.call<ChecklistRun>('checklists.tick', { runId: run!.id, itemId: first!.itemId, state: 'open', note: '' });
    expect(cleared.items[0]?.note).toBeNull();
  });

  it('settles an unfinished run as missed when the next one comes due, and rates completion per template', async () => {
    const h = await startCore();
    const { id } = await h.call<ChecklistTemplateView>('checklists.saveTemplate', { template: dailyTemplate() });
    const other = await h.call<ChecklistTemplateView>('checklists.saveTemplate', { template: dailyTemplate({ title: 'Other', recurrence: { kind: 'daily', time: '15:00', timeZone: 'UTC' } }) });
    await h.timers.advance(10 * MIN);
    const [first] = await h.call<ChecklistRun[]>('checklists.current', {});
    for (const item of first!.items) await h.call('checklists.tick', { runId: first!.id, itemId: item.itemId, state: 'done' });

    await h.timers.advance(DAY);
    expect(h.shown.filter((n) => n.title.startsWith('Checklist due: Start')).length).toBe(2);
    await h.timers.advance(DAY);
    const history = await h.call<ChecklistRun[]>('checklists.history', { templateId: id });
    expect(history.map((run) => [new Date(run.dueAt).toISOString(), run.status])).toEqual([
      ['2026-12-08T09:00:00.000Z', 'missed'],
      ['2026-12-07T09:00:00.000Z', 'done'],
    ]);
    const tick = await h.core.invoke('checklists.tick', { runId: history[0]!.id, itemId: history[0]!.items[0]!.itemId, state: 'done' });
    expect(tick).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const rates = new Map((await h.call<ChecklistTemplateView[]>('checklists.templates', {})).map((t) => [t.id, t.completionRate]));
    expect(rates.get(id)).toBe(0.5);
    expect(rates.get(other.id)).toBe(0);
    // The whole history of the other template is missed runs: one a day, none notified twice.
    expect(h.shown.filter((n) => n.title === 'Checklist overdue: Other')).toHaveLength(2);
  });

  it('fills in runs missed while the app was closed and does not repeat notifications after a restart', async () => {
    const first = await startCore();
    await first.call('checklists.saveTemplate', { template: dailyTemplate() });
    await first.timers.advance(20 * MIN);
    expect(first.shown).toHaveLength(2);
    first.core.close();

    const again = await startCore({ clock: first.clock, dataDir: first.dataDir, shown: first.shown });
    expect(first.shown).toHaveLength(2);
    again.core.close();

    first.clock.advance(3 * DAY);
    const later = await startCore({ clock: first.clock, dataDir: first.dataDir, shown: first.shown });
    const history = await later.call<ChecklistRun[]>('checklists.history', {});
    expect(history.map((run) => run.status)).toEqual(['missed', 'missed', 'missed']);
    const current = await later.call<ChecklistRun[]>('checklists.current', {});
    expect(current.map((run) => [new Date(run.dueAt).toISOString(), run.status])).toEqual([['2026-12-10T09:00:00.000Z', 'overdue']]);
    // The run that is still open says it is overdue, once; the missed ones stay quiet.
    expect(first.shown.map((n) => n.title).slice(2)).toEqual(['Checklist overdue: Start-of-Shift Sweep']);
  });

  it('follows a template edit, keeps item ids, and deletes a template with its runs', async () => {
    const h = await startCore();
    const saved = await h.call<ChecklistTemplateView>('checklists.saveTemplate', { template: dailyTemplate() });
    const [a, b] = saved.items;
    const edited = await h.call<ChecklistTemplateView>('checklists.saveTemplate', {
      id: saved.id,
      template: dailyTemplate({ title: 'Renamed', items: [{ id: b!.id, text: 'Queue depth under 100' }, { text: 'New item' }] }),
    });
    expect(edited.items.map((item) => item.text)).toEqual(['Queue depth under 100', 'New item']);
    expect(edited.items[0]?.id).toBe(b!.id);
    expect(edited.items.map((item) => item.id)).not.toContain(a!.id);

    await h.timers.advance(10 * MIN);
    expect((await h.call<ChecklistRun[]>('checklists.current', {}))[0]?.title).toBe('Renamed');
    expect(await h.call('checklists.deleteTemplate', { id: saved.id })).toEqual({ id: saved.id });
    expect(await h.call('checklists.current', {})).toEqual([]);
    expect(await h.call('checklists.templates', {})).toEqual([]);
    expect(await h.core.invoke('checklists.deleteTemplate', { id: saved.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
