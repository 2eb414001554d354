import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportReport, PaletteHit, Runbook, RunbookSummary } from '../../../electron/shared/contract.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { SAMPLE_MANUAL, startCore } from './runbook-core.ts';

describe('importing the sample ops manual through the contract', () => {
  it('yields its four procedures with priorities, timeboxes and step counts', async () => {
    const t = await startCore();
    const report = await t.call<ImportReport>('runbooks.import', { path: SAMPLE_MANUAL });
    expect(report.failed).toEqual([]);
    expect(report.runbooks).toHaveLength(1);
    const [file] = report.runbooks;
    expect(file).toMatchObject({ sourcePath: SAMPLE_MANUAL, title: 'Payments Platform — On-Call Handbook', status: 'created' });
    expect(file?.procedures).toEqual([
      { title: 'Checkout Unavailable', priority: 'P0', timeboxMinutes: 5, stepCount: 7 },
      { title: 'Double Charges Reported', priority: 'P0', timeboxMinutes: 10, stepCount: 5 },
      { title: 'Card Data Exposure Suspected', priority: 'P1', timeboxMinutes: 30, stepCount: 3 },
      { title: 'Slow Checkout', priority: 'P2', timeboxMinutes: null, stepCount: 3 },
    ]);
  });

  it('proposes its daily, weekly and quarterly routines for review, with budgets and items', async () => {
    const t = await startCore();
    const report = await t.call<ImportReport>('runbooks.import', { path: SAMPLE_MANUAL });
    const proposals = report.checklistProposals.map((p) => ({ title: p.title, kind: p.recurrence.kind, budget: p.budgetMinutes, items: p.items.length, from: p.sourcePath }));
    expect(proposals).toEqual([
      { title: 'Start-of-Shift Sweep', kind: 'daily', budget: 10, items: 4, from: SAMPLE_MANUAL },
      { title: 'End-of-Shift Wrap-up', kind: 'daily', budget: 5, items: 3, from: SAMPLE_MANUAL },
      { title: 'Dependency Review', kind: 'weekly', budget: 20, items: 3, from: SAMPLE_MANUAL },
      { title: 'Restore Drill', kind: 'weekly', budget: 30, items: 3, from: SAMPLE_MANUAL },
      { title: 'Failover Exercise', kind: 'quarterly', budget: 180, items: 3, from: SAMPLE_MANUAL },
    ]);
    expect(report.runbooks[0]?.checklists[0]).toEqual({ title: 'Start-of-Shift Sweep', recurrence: 'daily', budgetMinutes: 10, itemCount: 4 });
    // Proposals are not saved as templates by an import: the user reviews them first.
    expect(report.contacts).toHaveLength(1);
    expect(report.contacts[0]?.rows).toHaveLength(3);
  });

  it('stores the runbook: listed, readable with its analysis, and found by search and the palette', async () => {
    const t = await startCore();
    const report = await t.call<ImportReport>('runbooks.import', { path: SAMPLE_MANUAL });
    const id = report.runbooks[0]?.id as number;
    expect(t.events).toContainEqual({ name: 'onDidChangeRunbooks', payload: { ids: [id] } });

    const [summary] = await t.call<RunbookSummary[]>('runbooks.list', {});
    expect(summary).toMatchObject({ id, title: 'Payments Platform — On-Call Handbook', sourcePath: SAMPLE_MANUAL, procedureCount: 4 });
    const runbook = await t.call<Runbook>('runbooks.get', { id });
    expect(runbook.revision).toBe(1);
    expect(runbook.analysis.procedures[0]?.title).toBe('Checkout Unavailable');
    expect(runbook.markdown.length).toBeGreaterThan(1000);

    const hits = await t.call<Array<{ id: number }>>('runbooks.search', { query: 'double charges' });
    expect(hits.map((hit) => hit.id)).toEqual([id]);

    const contact = report.contacts[0]?.rows[0]?.columns.Name as string;
    const palette = await t.call<PaletteHit[]>('palette.search', { query: contact.slice(0, 4) });
    expect(palette).toContainEqual(expect.objectContaining({ kind: 'contact', runbookId: id, title: contact }));
    const byTitle = await t.call<PaletteHit[]>('palette.search', { query: 'paym hand' });
    expect(byTitle[0]).toMatchObject({ kind: 'runbook', id });
  });

  it('re-imports an unchanged file as unchanged, without a new revision or event', async () => {
    const t = await startCore();
    await t.call('runbooks.import', { path: SAMPLE_MANUAL });
    t.events.length = 0;
    const again = await t.call<ImportReport>('runbooks.import', { path: SAMPLE_MANUAL });
    expect(again.runbooks[0]?.status).toBe('unchanged');
    expect(t.events.filter((event) => event.name === 'onDidChangeRunbooks')).toEqual([]);
    expect(await t.call<unknown[]>('runbooks.revisions', { id: again.runbooks[0]?.id })).toHaveLength(1);
  });

  it('a dry run reports the same findings and stores nothing', async () => {
    const t = await startCore();
    const report = await t.call<ImportReport>('runbooks.import', { path: SAMPLE_MANUAL, dryRun: true });
    expect(report.runbooks[0]).toMatchObject({ status: 'dry-run', id: null });
    expect(report.checklistProposals).toHaveLength(5);
    expect(await t.call<unknown[]>('runbooks.list', {})).toEqual([]);
    expect(await t.call<unknown[]>('runbooks.sources', {})).toEqual([]);
  });

  it('refuses a path that does not exist, naming it', async () => {
    const t = await startCore();
    const error = await t.refuse('runbooks.import', { path: '/nonexistent/manuals' });
    expect(error).toEqual({ code: 'not_found', message: 'path: /nonexistent/manuals does not exist.' });
  });

  it('refuses a single file that is not Markdown, so an import cannot read any text file', async () => {
    const secret = join(tempDir('oncall-text-'), 'notes.txt');
    writeFileSync(secret, 'not for the window\n');
    const t = await startCore();
    const error = await t.refuse('runbooks.import', { path: secret });
    expect(error).toEqual({ code: 'bad_request', message: `path: ${secret} is not a Markdown file; only .md and .markdown files (or folders of them) are imported.` });
    expect(await t.call<unknown[]>('runbooks.list', {})).toEqual([]);
  });
});
