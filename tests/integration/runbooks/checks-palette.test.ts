import { describe, expect, it } from 'vitest';
import type { CheckSummary, PaletteHit, Runbook } from '../../../electron/shared/contract.ts';
import { startCore, type TestCore } from './runbook-core.ts';

// Port 9 on loopback is closed: the check never reaches anything, and these tests do not run it.
const check = (t: TestCore, name: string, runbook: string | null) =>
  t.call<CheckSummary>('checks.create', { check: { name, kind: 'tcp', config: { host: '127.0.0.1', port: 9 }, intervalMs: 24 * 60 * 60 * 1000, runbook } });

describe('runbooks and checks', () => {
  it('links a runbook to checks named in its front matter or naming it in their runbook field', async () => {
    const t = await startCore();
    const byFrontMatter = await check(t, 'Payments API', null);
    const byField = await check(t, 'Ledger DB', 'Ledger Recovery');
    const unrelated = await check(t, 'Mail relay', 'Something else');
    const runbook = await t.call<Runbook>('runbooks.create', { markdown: '---\ntitle: Ledger Recovery\nchecks: [payments api]\n---\n\n1. Stop writes\n' });
    expect(runbook.checkIds.sort()).toEqual([byFrontMatter.id, byField.id].sort());
    expect(runbook.checkIds).not.toContain(unrelated.id);
  });

  it('palette.search finds runbooks by title prefix, checks by name, and contacts from tables', async () => {
    const t = await startCore();
    const { id: checkId } = await check(t, 'Ledger DB', null);
    const runbook = await t.call<Runbook>('runbooks.create', {
      markdown: '# Ledger Recovery\n\n## Contacts\n\n| Role | Name | Phone |\n|---|---|---|\n| DBA | Grace Hopper | +1 555 0100 |\n| Lead | Alan Turing | +1 555 0101 |\n',
    });
    expect(await t.call<PaletteHit[]>('palette.search', { query: 'led' })).toEqual([
      { kind: 'runbook', id: runbook.id, title: 'Ledger Recovery', detail: 'written in the app' },
      { kind: 'check', id: checkId, title: 'Ledger DB', detail: 'tcp check' },
    ]);
    const [grace] = await t.call<PaletteHit[]>('palette.search', { query: 'grace' });
    expect(grace).toEqual({ kind: 'contact', id: expect.any(Number), runbookId: runbook.id, title: 'Grace Hopper', detail: 'Contacts · DBA · +1 555 0100 — Ledger Recovery' });
    const [alan] = await t.call<PaletteHit[]>('palette.search', { query: '0101' });
    expect(alan).toMatchObject({ kind: 'contact', title: 'Alan Turing', runbookId: runbook.id });
    // Two people in one runbook are two hits: ids are unique per kind (the window keys its list by them).
    expect(alan?.id).not.toBe(grace?.id);
    // No letters or digits is an empty query: the palette opens on the most recent runbooks.
    expect(await t.call<PaletteHit[]>('palette.search', { query: '"(*' })).toMatchObject([{ kind: 'runbook', id: runbook.id }]);
    expect(await t.call<PaletteHit[]>('palette.search', { query: 'nothing matches' })).toEqual([]);
  });
});
