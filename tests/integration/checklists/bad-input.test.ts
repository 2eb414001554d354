import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseManual } from '../../../electron/core/common/manual/index.ts';
import type { ChecklistTemplateInput, ChecklistTemplateView } from '../../../electron/shared/contract.ts';
import { closeAll, dailyTemplate, startCore } from './harness.ts';

afterEach(closeAll);

const refused = (message: RegExp) => ({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(message) } });

describe('bad input', () => {
  it('is refused naming the field, and nothing is saved', async () => {
    const h = await startCore();
    const save = (template: unknown) => h.core.invoke('checklists.saveTemplate', { template });
    expect(await save(dailyTemplate({ recurrence: { kind: 'daily', time: '09:00', timeZone: 'Mars/Olympus_Mons' } }))).toMatchObject(
      refused(/^template\.recurrence\.timeZone: "Mars\/Olympus_Mons" is not a known IANA time zone/),
    );
    expect(await save(dailyTemplate({ items: [] }))).toMatchObject(refused(/template\.items: needs at least one item/));
    expect(await save(dailyTemplate({ items: [{ text: '   ' }] }))).toMatchObject(refused(/template\.items\.0\.text: must not be empty/));
    expect(await save(dailyTemplate({ title: '' }))).toMatchObject(refused(/template\.title: must not be empty/));
    expect(await save(dailyTemplate({ recurrence: { kind: 'daily', time: '25:00', timeZone: 'UTC' } }))).toMatchObject(refused(/template\.recurrence\.time: must be a time like 09:00/));
    expect(await save(dailyTemplate({ recurrence: { kind: 'weekdays', time: '09:00', timeZone: 'UTC' } }))).toMatchObject(refused(/^template\.recurrence\.weekdays: choose at least one day/));
    expect(await save(dailyTemplate({ recurrence: { kind: 'monthly', time: '09:00', timeZone: 'UTC' } }))).toMatchObject(refused(/^template\.recurrence\.dayOfMonth: /));
    expect(await save(dailyTemplate({ items: [{ text: 'x', checkId: 4242 }] }))).toMatchObject(refused(/^template\.items\.0\.checkId: there is no check with id 4242/));
    expect(await save(dailyTemplate({ items: [{ text: 'x', autoTick: true }] }))).toMatchObject(refused(/^template\.items\.0\.autoTick: link a check/));
    expect(await h.call('checklists.templates', {})).toEqual([]);
  });

  it('answers not_found for a run or item that does not exist', async () => {
    const h = await startCore();
    expect(await h.core.invoke('checklists.tick', { runId: 99, itemId: 1, state: 'done' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await h.core.invoke('checklists.saveTemplate', { id: 99, template: dailyTemplate() })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('checklists.propose', () => {
  it('drafts the sample manual\'s routines in the given zone, ready to save after review', async () => {
    const h = await startCore();
    const sample = fileURLToPath(new URL('../../../../shared/samples/ops-manual.md', import.meta.url));
    // The same shape runbooks.import answers in checklistProposals.
    const proposals = analyseManual(readFileSync(sample, 'utf8'), 'ops-manual.md').checklists.map((each) => ({ ...each, sourcePath: sample }));
    const drafts = await h.call<ChecklistTemplateInput[]>('checklists.propose', { proposals, timeZone: 'America/Chicago' });
    expect(drafts.map((d) => [d.title, d.recurrence.kind, d.budgetMinutes, d.items.length])).toEqual([
      ['Start-of-Shift Sweep', 'daily', 10, 4],
      ['End-of-Shift Wrap-up', 'daily', 5, 3],
      ['Dependency Review', 'weekly', 20, 3],
      ['Restore Drill', 'weekly', 30, 3],
      ['Failover Exercise', 'quarterly', 180, 3],
    ]);
    for (const template of drafts) await h.call('checklists.saveTemplate', { template });
    const saved = await h.call<ChecklistTemplateView[]>('checklists.templates', {});
    expect(saved.map((t) => t.title).sort()).toEqual(['Dependency Review', 'End-of-Shift Wrap-up', 'Failover Exercise', 'Restore Drill', 'Start-of-Shift Sweep']);
    expect(saved.every((t) => t.recurrence.timeZone === 'America/Chicago')).toBe(true);
    expect(await h.core.invoke('checklists.propose', { proposals, timeZone: 'Nowhere/Special' })).toMatchObject(refused(/^timeZone: /));
  });
});
