import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportReport, Runbook } from '../../../electron/shared/contract.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { startCore } from './runbook-core.ts';

// The smallest valid PNG (1×1), so the copy is checked byte for byte through its data: URL.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

function write(root: string, path: string, content: string | Buffer): string {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
  return full;
}

/** A manual with links, images and every kind of bad file the issue lists. */
function badManual(): string {
  const root = tempDir('oncall-manual-');
  write(
    root,
    'index.md',
    [
      '# Index',
      '',
      'See [failover](db/failover.md#steps), [the db section](db/), [gone](missing.md) and [secrets](../../etc/passwd).',
      '',
      '![diagram](img/diagram.png) ![vector](img/logo.svg) ![lost](img/lost.png) ![outside](../outside.png) ![text](notes.txt)',
    ].join('\n'),
  );
  write(root, 'img/diagram.png', PNG);
  write(root, 'img/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
  write(root, 'notes.txt', 'not an image');
  write(root, 'db/failover.md', '# Failover\n\n1. Promote the replica\n');
  write(root, 'db/README.md', '# Databases\n');
  write(root, 'binary.md', Buffer.from([0x23, 0x20, 0x41, 0x00, 0x01, 0x02, 0xff]));
  write(root, 'latin1.md', Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from(' runbook\n\nOpen the caf'), Buffer.from([0xe9, 0x0a])]));
  write(root, 'huge.md', Buffer.alloc(11 * 1024 * 1024, 'a'));
  write(root, 'broken-front-matter.md', '---\ntitle: [unclosed\ntags: - - -\n\n# Heading after broken front matter\n');
  write(root, 'unclosed-fence.md', '# Unclosed fence\n\n1. Run this\n\n```sh\nsystemctl restart api\n');
  write(root, 'deep.md', `# Deep quotes\n\n${'>'.repeat(50_000)} deepest words\n`);
  write(root, 'dup-one.md', '# Same Title\n\nfirst\n');
  write(root, 'dup-two.md', '# Same Title\n\nsecond\n');
  write(root, '.git/HEAD.md', '# not a runbook\n');
  write(root, 'node_modules/pkg/README.md', '# not a runbook either\n');
  symlinkSync(root, join(root, 'loop'));
  return root;
}

describe('importing a folder with links, images and bad files', () => {
  it('imports what is readable, reports the rest by path and reason, and skips tooling folders and loops', async () => {
    const root = badManual();
    const t = await startCore();
    const report = await t.call<ImportReport>('runbooks.import', { path: root });

    expect(report.failed).toEqual([
      { path: join(root, 'binary.md'), reason: 'binary file (a NUL byte at offset 3), not Markdown text' },
      { path: join(root, 'huge.md'), reason: 'too large: 11.0 MiB, over the 10 MiB limit for a runbook' },
    ]);
    const byPath = new Map(report.runbooks.map((file) => [file.sourcePath.slice(root.length + 1), file]));
    expect([...byPath.keys()].sort()).toEqual([
      'broken-front-matter.md',
      'db/README.md',
      'db/failover.md',
      'deep.md',
      'dup-one.md',
      'dup-two.md',
      'index.md',
      'latin1.md',
      'unclosed-fence.md',
    ]);
    expect(byPath.get('latin1.md')).toMatchObject({ title: 'Caf\uFFFD runbook', status: 'created' });
    expect(byPath.get('latin1.md')?.warnings).toContain('not valid UTF-8: 2 invalid byte sequences were replaced with \uFFFD');
    expect(byPath.get('deep.md')?.title).toBe('Deep quotes');
    expect(byPath.get('unclosed-fence.md')?.procedures).toEqual([]);
    expect(byPath.get('broken-front-matter.md')?.warnings.length).toBeGreaterThan(0);
    expect(byPath.get('dup-one.md')?.warnings).toContain(`same title as ${join(root, 'dup-two.md')}`);
    expect(byPath.get('index.md')?.warnings.join('\n')).toMatch(/\.\.\/\.\.\/etc\/passwd" points outside the manual's folder/);
  });

  it('resolves relative links to imported runbooks and serves copied images as data: URLs, missing ones as null', async () => {
    const root = badManual();
    const t = await startCore();
    const report = await t.call<ImportReport>('runbooks.import', { path: root });
    const id = (name: string) => report.runbooks.find((file) => file.sourcePath === join(root, name))?.id;
    const index = await t.call<Runbook>('runbooks.get', { id: id('index.md') });
    expect(index.links).toEqual({
      'db/failover.md#steps': id('db/failover.md'),
      'db/': id('db/README.md'),
      'missing.md': null,
      '../../etc/passwd': null,
    });
    expect(index.images).toEqual({
      'img/diagram.png': `data:image/png;base64,${PNG.toString('base64')}`,
      'img/logo.svg': expect.stringMatching(/^data:image\/svg\+xml;base64,/),
      'img/lost.png': null,
      '../outside.png': null,
      'notes.txt': null,
    });
  });

  it('keeps the previously imported version when a file fails on re-import, or disappears', async () => {
    const root = tempDir('oncall-manual-');
    const good = write(root, 'good.md', '# Good\n\nThe original text.\n');
    write(root, 'gone.md', '# Gone soon\n');
    const t = await startCore();
    const first = await t.call<ImportReport>('runbooks.import', { path: root });
    const goodId = first.runbooks.find((file) => file.sourcePath === good)?.id;

    write(root, 'good.md', Buffer.from([0x00, 0x01, 0x02]));
    write(root, 'gone.md', '');
    const { rmSync } = await import('node:fs');
    rmSync(join(root, 'gone.md'));
    const second = await t.call<ImportReport>('runbooks.import', { path: root });
    expect(second.failed).toEqual([{ path: good, reason: 'binary file (a NUL byte at offset 0), not Markdown text' }]);

    const kept = await t.call<Runbook>('runbooks.get', { id: goodId });
    expect(kept).toMatchObject({ title: 'Good', markdown: '# Good\n\nThe original text.\n', revision: 1 });
    expect((await t.call<unknown[]>('runbooks.list', {})).length).toBe(2);
  });

  it('updates only the files that changed, keeping the source path and adding an import revision', async () => {
    const root = tempDir('oncall-manual-');
    const one = write(root, 'one.md', '# One\n');
    write(root, 'two.md', '# Two\n');
    const t = await startCore();
    await t.call('runbooks.import', { path: root });
    write(root, 'one.md', '---\ntitle: One, renamed\ntags: [db, critical]\nservices: [api]\n---\n# One\n');
    t.events.length = 0;
    const again = await t.call<ImportReport>('runbooks.import', { path: root });
    expect(again.runbooks.map((file) => [file.title, file.status])).toEqual([
      ['One, renamed', 'updated'],
      ['Two', 'unchanged'],
    ]);
    const id = again.runbooks[0]?.id as number;
    expect(t.events).toEqual([{ name: 'onDidChangeRunbooks', payload: { ids: [id] } }]);
    const runbook = await t.call<Runbook>('runbooks.get', { id });
    expect(runbook).toMatchObject({ sourcePath: one, tags: ['db', 'critical'], services: ['api'], revision: 2 });
    const revisions = await t.call<Array<{ source: string; title: string; by: string }>>('runbooks.revisions', { id });
    expect(revisions.map((revision) => [revision.source, revision.title, revision.by])).toEqual([
      ['import', 'One, renamed', 'you'],
      ['import', 'One', 'you'],
    ]);

    // An edit in the app survives re-importing the unchanged file; a change to the file wins.
    await t.call('runbooks.update', { id, markdown: '# One, edited in the app\n', revision: 2 });
    expect((await t.call<ImportReport>('runbooks.import', { path: root })).runbooks[0]?.status).toBe('unchanged');
    expect((await t.call<Runbook>('runbooks.get', { id })).title).toBe('One, edited in the app');
    write(root, 'one.md', '# One, changed in git\n');
    expect((await t.call<ImportReport>('runbooks.import', { path: root })).runbooks[0]?.status).toBe('updated');
    expect((await t.call<Runbook>('runbooks.get', { id })).revision).toBe(4);
  });
});
