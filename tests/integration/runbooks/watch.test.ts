import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportReport, ImportSource, Runbook } from '../../../electron/shared/contract.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { closeCore, startCore, type TestCore } from './runbook-core.ts';

/** Wait for an onDidChangeRunbooks event naming `id` (the watcher debounces by 300 ms). */
async function changeOf(t: TestCore, id: number, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (t.events.some((event) => event.name === 'onDidChangeRunbooks' && (event.payload as { ids: number[] }).ids.includes(id))) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no onDidChangeRunbooks for runbook ${id} within ${timeoutMs} ms`);
}

describe('watching an imported folder', () => {
  it('re-imports a changed file and a new one, and says so with onDidChangeRunbooks', async () => {
    const root = tempDir('oncall-watch-');
    mkdirSync(join(root, 'db'));
    writeFileSync(join(root, 'db', 'failover.md'), '# Failover\n');
    const t = await startCore();
    const report = await t.call<ImportReport>('runbooks.import', { path: root, watch: true });
    const id = report.runbooks[0]?.id as number;
    expect(await t.call<ImportSource[]>('runbooks.sources', {})).toEqual([
      { id: expect.any(Number), path: root, watch: true, lastImportAt: expect.any(Number), fileCount: 1 },
    ]);
    t.events.length = 0;

    writeFileSync(join(root, 'db', 'failover.md'), '# Failover, revised\n\n1. Promote\n');
    await changeOf(t, id);
    expect(await t.call<Runbook>('runbooks.get', { id })).toMatchObject({ title: 'Failover, revised', revision: 2, procedureCount: 0 });

    writeFileSync(join(root, 'new.md'), '# Brand new\n');
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && (await t.call<unknown[]>('runbooks.list', {})).length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await t.call<Array<{ title: string }>>('runbooks.list', {})).map((runbook) => runbook.title)).toEqual(['Brand new', 'Failover, revised']);
  });

  it('keeps watching after a restart, and stops when the source is removed (its runbooks stay)', async () => {
    const root = tempDir('oncall-watch-');
    writeFileSync(join(root, 'a.md'), '# A\n');
    const first = await startCore();
    const report = await first.call<ImportReport>('runbooks.import', { path: root, watch: true });
    const id = report.runbooks[0]?.id as number;
    closeCore(first);

    const t = await startCore({ dataDir: first.dataDir });
    writeFileSync(join(root, 'a.md'), '# A again\n');
    await changeOf(t, id);

    const [source] = await t.call<ImportSource[]>('runbooks.sources', {});
    await t.call('runbooks.removeSource', { id: source?.id });
    t.events.length = 0;
    writeFileSync(join(root, 'a.md'), '# A, not followed\n');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(t.events).toEqual([]);
    expect(await t.call<Runbook>('runbooks.get', { id })).toMatchObject({ title: 'A again' });
  });
});
