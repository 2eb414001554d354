import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ImportReport, ProcedureRun, Runbook, RunbookRevision } from '../../../electron/shared/contract.ts';
import { SAMPLE_MANUAL, closeCore, startCore } from './runbook-core.ts';

describe('revisions', () => {
  it('keeps a revision per save, by the display name, and refuses a save over a newer revision', async () => {
    let now = 1_000;
    const t = await startCore({ now: () => now });
    const created = await t.call<Runbook>('runbooks.create', { markdown: '# Deploy\n\n1. Build\n' });
    expect(created).toMatchObject({ title: 'Deploy', revision: 1, sourcePath: null });

    await t.call('settings.set', { values: { displayName: 'Ada' } });
    now = 2_000;
    const saved = await t.call<Runbook>('runbooks.update', { id: created.id, markdown: '# Deploy safely\n\n1. Build\n2. Canary\n', revision: 1 });
    expect(saved).toMatchObject({ title: 'Deploy safely', revision: 2 });

    // A second window still on revision 1 must not overwrite revision 2.
    const stale = await t.refuse('runbooks.update', { id: created.id, markdown: '# Lost update\n', revision: 1 });
    expect(stale.code).toBe('conflict');
    expect(stale.message).toContain('you started from revision 1; it is now at 2');
    expect((await t.call<Runbook>('runbooks.get', { id: created.id })).markdown).toBe('# Deploy safely\n\n1. Build\n2. Canary\n');

    const revisions = await t.call<RunbookRevision[]>('runbooks.revisions', { id: created.id });
    expect(revisions.map(({ at, by, source, title, size }) => ({ at, by, source, title, size }))).toEqual([
      { at: 2_000, by: 'Ada', source: 'edit', title: 'Deploy safely', size: 36 },
      { at: 1_000, by: 'you', source: 'edit', title: 'Deploy', size: 19 },
    ]);
    const first = await t.call<RunbookRevision & { markdown: string }>('runbooks.revision', { id: created.id, revisionId: revisions[1]?.id });
    expect(first.markdown).toBe('# Deploy\n\n1. Build\n');
  });

  it('restores an old revision as a new one, keeping the history', async () => {
    const t = await startCore();
    const { id } = await t.call<Runbook>('runbooks.create', { markdown: '# One\n' });
    await t.call('runbooks.update', { id, markdown: '# Two\n', revision: 1 });
    const [, oldest] = await t.call<RunbookRevision[]>('runbooks.revisions', { id });
    const restored = await t.call<Runbook>('runbooks.restore', { id, revisionId: oldest?.id });
    expect(restored).toMatchObject({ title: 'One', markdown: '# One\n', revision: 3 });
    const history = await t.call<RunbookRevision[]>('runbooks.revisions', { id });
    expect(history.map((revision) => [revision.source, revision.title])).toEqual([
      ['restore', 'One'],
      ['edit', 'Two'],
      ['edit', 'One'],
    ]);
    expect((await t.call<Array<{ id: number }>>('runbooks.search', { query: 'two' })).map((hit) => hit.id)).toEqual([]);
    expect((await t.call<Array<{ id: number }>>('runbooks.search', { query: 'one' })).map((hit) => hit.id)).toEqual([id]);

    // The index agrees with the table after edits, a restore and a delete (FTS5 compares them itself).
    const other = await t.call<Runbook>('runbooks.create', { markdown: '---\ntags: [x]\n---\n# Gone\n' });
    await t.call('runbooks.delete', { id: other.id });
    closeCore(t);
    const db = new Database(join(t.dataDir, 'oncall.sqlite'));
    expect(() => db.exec("INSERT INTO runbooks_fts (runbooks_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    db.close();
  });

  it('answers not_found for a missing runbook or revision, and deletes a runbook from search', async () => {
    const t = await startCore();
    expect((await t.refuse('runbooks.get', { id: 99 })).code).toBe('not_found');
    const { id } = await t.call<Runbook>('runbooks.create', { markdown: '# Doomed\n' });
    expect((await t.refuse('runbooks.revision', { id, revisionId: 999 })).code).toBe('not_found');
    expect(await t.call('runbooks.delete', { id })).toEqual({ id });
    expect(await t.call('runbooks.search', { query: 'doomed' })).toEqual([]);
    expect((await t.refuse('runbooks.delete', { id })).code).toBe('not_found');
  });
});

describe('procedure runs', () => {
  it('starts from a procedure, ticks steps with their time, and survives closing and reopening the core', async () => {
    let now = 10_000;
    const t = await startCore({ now: () => now });
    const report = await t.call<ImportReport>('runbooks.import', { path: SAMPLE_MANUAL });
    const runbookId = report.runbooks[0]?.id as number;

    const run = await t.call<ProcedureRun>('procedures.start', { runbookId, procedureIndex: 0 });
    expect(run).toMatchObject({
      runbookId,
      runbookTitle: 'Payments Platform — On-Call Handbook',
      procedureIndex: 0,
      procedureTitle: 'Checkout Unavailable',
      priority: { label: 'P0' },
      timeboxMinutes: 5,
      startedAt: 10_000,
      finishedAt: null,
    });
    expect(run.steps).toHaveLength(7);
    expect(run.steps.every((step) => step.doneAt === null)).toBe(true);
    now = 11_000;
    await t.call('procedures.step', { runId: run.id, number: 1, done: true });
    now = 12_000;
    await t.call('procedures.step', { runId: run.id, number: 2, done: true });
    const unticked = await t.call<ProcedureRun>('procedures.step', { runId: run.id, number: 2, done: false });
    expect(unticked.steps.slice(0, 3).map((step) => step.doneAt)).toEqual([11_000, null, null]);
    expect(t.events.filter((event) => event.name === 'onDidChangeProcedureRun')).toHaveLength(4);

    closeCore(t);
    const reopened = await startCore({ dataDir: t.dataDir, now: () => now });
    const [active] = await reopened.call<ProcedureRun[]>('procedures.runs', {});
    expect(active).toMatchObject({ id: run.id, finishedAt: null });
    expect(active?.steps.map((step) => step.doneAt)).toEqual([11_000, null, null, null, null, null, null]);

    now = 20_000;
    const finished = await reopened.call<ProcedureRun>('procedures.finish', { runId: run.id });
    expect(finished.finishedAt).toBe(20_000);
    expect(await reopened.call('procedures.runs', { active: true })).toEqual([]);
    expect(await reopened.call<ProcedureRun[]>('procedures.runs', { active: false })).toHaveLength(1);
    expect((await reopened.refuse('procedures.step', { runId: run.id, number: 3, done: true })).code).toBe('conflict');
  });

  it('refuses a procedure or step that does not exist, naming it', async () => {
    const t = await startCore();
    const report = await t.call<ImportReport>('runbooks.import', { path: SAMPLE_MANUAL });
    const runbookId = report.runbooks[0]?.id as number;
    expect(await t.refuse('procedures.start', { runbookId, procedureIndex: 4 })).toEqual({
      code: 'not_found',
      message: 'procedureIndex: "Payments Platform — On-Call Handbook" has 4 procedure(s); there is no procedure 4.',
    });
    const run = await t.call<ProcedureRun>('procedures.start', { runbookId, procedureIndex: 3 });
    expect((await t.refuse('procedures.step', { runId: run.id, number: 9, done: true })).message).toBe(`number: procedure run ${run.id} has no step 9 (it has 3).`);
  });
});
