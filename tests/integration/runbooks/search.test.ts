import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportReport, Runbook, RunbookSearchHit } from '../../../electron/shared/contract.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { startCore, type TestCore } from './runbook-core.ts';

async function seed(t: TestCore): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  const texts: Record<string, string> = {
    // "Redis" once in the title…
    title: '# Redis Failover\n\nPromote the replica when the primary is gone.\n',
    // …loses to a title match even though this body says it four times.
    body: '# Cache Notes\n\nredis redis redis redis: we run it on three hosts.\n',
    phrase: '# Disk Space\n\nWhen the disk is full, rotate the logs first.\n',
    scattered: '# Logs\n\nThe full story: every disk has logs, and space is cheap.\n',
    tagged: '---\ntitle: Postgres Backups\ntags: [database, backups]\nservices: [billing-api]\n---\n\nCheck the nightly backup.\n',
    other: '---\ntitle: Postgres Vacuum\ntags: [database]\nservices: [search]\n---\n\nRun vacuum analyze when bloat grows.\n',
    restart: '# Restarting Workers\n\nRestart the queue workers one by one.\n',
  };
  for (const [name, markdown] of Object.entries(texts)) ids[name] = (await t.call<Runbook>('runbooks.create', { markdown })).id;
  return ids;
}

const search = (t: TestCore, query: string, limit?: number) => t.call<RunbookSearchHit[]>('runbooks.search', limit === undefined ? { query } : { query, limit });

describe('runbooks.search', () => {
  it('ranks a title match above body matches (bm25 with a title boost)', async () => {
    const t = await startCore();
    const ids = await seed(t);
    const hits = await search(t, 'redis');
    expect(hits.map((hit) => hit.id)).toEqual([ids.title, ids.body]);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score as number);
  });

  it('marks matches in the snippet with \\u0002 and \\u0003', async () => {
    const t = await startCore();
    await seed(t);
    const [hit] = await search(t, 'promote');
    expect(hit?.snippet).toContain('\u0002Promote\u0003 the replica');
  });

  it('highlights whole words, overlapping stems once, and text whose lower case changes length (İ)', async () => {
    const t = await startCore();
    await t.call('runbooks.create', { markdown: '# Notes\n\nİstanbul region: failing over, then failover done.\n' });
    const [hit] = await search(t, 'fail* failover');
    expect(hit?.snippet).toBe('# Notes İstanbul region: \u0002failing\u0003 over, then \u0002failover\u0003 done. ');
  });

  it('finds "quoted phrases" only where the words stand together', async () => {
    const t = await startCore();
    const ids = await seed(t);
    expect((await search(t, 'disk full')).map((hit) => hit.id).sort()).toEqual([ids.phrase, ids.scattered].sort());
    expect((await search(t, '"disk is full"')).map((hit) => hit.id)).toEqual([ids.phrase]);
  });

  it('matches prefixes with word* and stems plain words', async () => {
    const t = await startCore();
    const ids = await seed(t);
    expect((await search(t, 'vacu*')).map((hit) => hit.id)).toEqual([ids.other]);
    expect(await search(t, 'vacu')).toEqual([]);
    expect((await search(t, 'restarted')).map((hit) => hit.id)).toEqual([ids.restart]);
  });

  it('filters by tag: and service:, alone or with words, and excludes -words', async () => {
    const t = await startCore();
    const ids = await seed(t);
    expect((await search(t, 'tag:database')).map((hit) => hit.id)).toEqual([ids.tagged, ids.other]);
    expect((await search(t, 'tag:Database service:billing-api')).map((hit) => hit.id)).toEqual([ids.tagged]);
    expect((await search(t, 'postgres tag:backups')).map((hit) => hit.id)).toEqual([ids.tagged]);
    expect((await search(t, 'postgres -vacuum')).map((hit) => hit.id)).toEqual([ids.tagged]);
    expect(await search(t, 'tag:nothing-like-this')).toEqual([]);
  });

  it('never throws on hostile query text: quotes, parentheses, NEAR, stars, dashes, column syntax', async () => {
    const t = await startCore();
    const ids = await seed(t);
    const hostile = ['"', '""', '"unclosed phrase', '(', ')', '(redis', 'NEAR(redis failover, 2)', 'redis NEAR failover', '*', '**', 'redis*)',
      '-', '--', '-redis', 'AND', 'OR OR', 'NOT', 'redis AND', 'title:redis', 'title : redis', '{title}: x', '^redis', 'redis + "', "'; DROP TABLE runbooks; --",
      'tag:', 'tag:"', 'service:"" x', '\u0000', '\u0002\u0003', '💥', 'x'.repeat(500), '" OR "" ', ':', '"*"'];
    for (const query of hostile) {
      const result = await t.core.invoke('runbooks.search', { query });
      expect(result.ok, `query ${JSON.stringify(query)}: ${JSON.stringify(result)}`).toBe(true);
    }
    // Operators typed as words are searched as words, not obeyed.
    expect((await search(t, 'NEAR(redis failover)')).map((hit) => hit.id)).toEqual([]);
    expect((await search(t, 'redis NOT')).map((hit) => hit.id)).toEqual([]);
    expect((await search(t, '(redis')).map((hit) => hit.id)).toEqual([ids.title, ids.body]);
    expect((await t.call<unknown[]>('runbooks.list', {})).length).toBe(7);
  });

  it('respects the limit and finds nothing for an empty query', async () => {
    const t = await startCore();
    await seed(t);
    expect(await search(t, '   ')).toEqual([]);
    expect(await search(t, 'the', 2)).toHaveLength(2);
  });
});

describe('runbooks.search at scale and on big input', () => {
  it('does not index front matter: "services" does not match every runbook that has a services: line', async () => {
    const t = await startCore();
    await t.call('runbooks.create', { markdown: '---\ntitle: Quiet\nservices: [api]\n---\n\nNothing to see.\n' });
    const { id } = await t.call<Runbook>('runbooks.create', { markdown: '# Loud\n\nThese services restart often.\n' });
    expect((await search(t, 'services')).map((hit) => hit.id)).toEqual([id]);
    expect((await search(t, 'service:api')).map((hit) => hit.title)).toEqual(['Quiet']);
  });

  it('still ranks title matches first when a word is in more than 1,000 runbooks (the unselective path), and fills the limit', async () => {
    const root = tempDir('oncall-many-');
    for (let folder = 0; folder < 11; folder += 1) {
      mkdirSync(join(root, `f${folder}`));
      for (let file = 0; file < 100; file += 1) writeFileSync(join(root, `f${folder}`, `r${file}.md`), `# Page ${folder}-${file}\n\nThe kafka consumer lag grows.\n`);
    }
    writeFileSync(join(root, 'f7', 'r50.md'), '# Kafka Consumer Lag\n\nThe kafka consumer lag grows.\n');
    const t = await startCore();
    const report = await t.call<ImportReport>('runbooks.import', { path: root });
    expect(report.runbooks).toHaveLength(1_100);
    const hits = await search(t, 'kafka lag', 20);
    expect(hits).toHaveLength(20);
    expect(hits[0]?.title).toBe('Kafka Consumer Lag');
    expect(hits[0]?.score).toBeGreaterThan(0);
    expect(new Set(hits.map((hit) => hit.id)).size).toBe(20);
  });

  it('answers quickly with a snippet from a 9.5 MB runbook full of the searched word', async () => {
    const t = await startCore();
    const markdown = `# Huge\n\n${'failover replica promote\n'.repeat(400_000)}`;
    expect(markdown.length).toBeGreaterThan(9_500_000);
    await t.call('runbooks.create', { markdown });
    const started = performance.now();
    const [hit] = await search(t, 'failover');
    expect(performance.now() - started).toBeLessThan(2_000);
    const start = '# Huge \u0002failover\u0003 replica promote \u0002failover\u0003';
    expect(hit?.snippet.slice(0, start.length)).toBe(start);
  });
});
