import { describe, expect, it } from 'vitest';
import { diffLines, withContext } from '../../../renderer/src/features/runbooks/line-diff.ts';
import { buildSearchQuery, snippetParts } from '../../../renderer/src/features/runbooks/search-query.ts';
import { runbookRouteFromHash } from '../../../renderer/src/features/runbooks/runbook-route.ts';

/** Applies a diff to its own old text: the result must be the new text, whatever the script. */
function sides(lines: NonNullable<ReturnType<typeof diffLines>>) {
  return {
    before: lines.filter((line) => line.kind !== 'added').map((line) => line.text),
    after: lines.filter((line) => line.kind !== 'removed').map((line) => line.text),
  };
}

describe('line diff', () => {
  it('marks added, removed and unchanged lines with both line numbers', () => {
    const lines = diffLines('a\nb\nc\nd', 'a\nc\nd\ne');
    expect(lines).toEqual([
      { kind: 'same', text: 'a', before: 1, after: 1 },
      { kind: 'removed', text: 'b', before: 2, after: null },
      { kind: 'same', text: 'c', before: 3, after: 2 },
      { kind: 'same', text: 'd', before: 4, after: 3 },
      { kind: 'added', text: 'e', before: null, after: 4 },
    ]);
  });

  it('handles empty texts and CRLF', () => {
    expect(diffLines('', '')).toEqual([]);
    expect(diffLines('', 'x\n')?.map((line) => line.kind)).toEqual(['added']);
    expect(diffLines('x\r\ny', 'x\ny')?.every((line) => line.kind === 'same')).toBe(true);
  });

  it('reconstructs both texts on random edits', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const a = Array.from({ length: 40 }, () => String(Math.floor(random() * 6)));
      const b = a.filter(() => random() > 0.2).map((line) => (random() > 0.9 ? `${line}!` : line));
      const lines = diffLines(a.join('\n'), b.join('\n'));
      expect(lines).not.toBeNull();
      expect(sides(lines ?? [])).toEqual({ before: a, after: b });
    }
  });

  it('gives up past the edit budget instead of freezing', () => {
    const a = Array.from({ length: 3_000 }, (_, i) => `a${i}`).join('\n');
    const b = Array.from({ length: 3_000 }, (_, i) => `b${i}`).join('\n');
    expect(diffLines(a, b, 500)).toBeNull();
  });

  it('folds long unchanged runs into gaps', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    const after = before.replace('line 10', 'line ten');
    const items = withContext(diffLines(before, after) ?? [], 2);
    expect(items[0]).toEqual({ kind: 'gap', count: 8 });
    expect(items.filter((item) => item.kind !== 'gap' && item.kind !== 'same')).toHaveLength(2);
    expect(items.at(-1)).toEqual({ kind: 'gap', count: 7 });
  });
});

describe('search snippets and queries', () => {
  it('splits snippets at the \\u0002 … \\u0003 markers', () => {
    expect(snippetParts('restart the \u0002database\u0003 then \u0002check\u0003.')).toEqual([
      { text: 'restart the ', match: false },
      { text: 'database', match: true },
      { text: ' then ', match: false },
      { text: 'check', match: true },
      { text: '.', match: false },
    ]);
  });

  it('keeps HTML in snippets as text and tolerates unbalanced markers', () => {
    expect(snippetParts('<b>x</b> \u0003 y \u0002z')).toEqual([
      { text: '<b>x</b> ', match: false },
      { text: ' y ', match: false },
      { text: 'z', match: true },
    ]);
  });

  it('adds tag and service filters to the text', () => {
    expect(buildSearchQuery(' disk full ', { tags: ['db'], services: ['ledger api'] })).toBe('disk full tag:db service:"ledger api"');
    expect(buildSearchQuery('', { tags: [], services: [] })).toBe('');
  });
});

describe('runbook routes', () => {
  it('reads the hash forms the app and the benchmark use', () => {
    expect(runbookRouteFromHash('#runbooks/42')).toEqual({ view: 'detail', id: 42 });
    expect(runbookRouteFromHash('#/runbooks/42')).toEqual({ view: 'detail', id: 42 });
    expect(runbookRouteFromHash('#/runbooks/42/edit')).toEqual({ view: 'edit', id: 42 });
    expect(runbookRouteFromHash('#/runbooks/runs/7')).toEqual({ view: 'run', id: 7 });
    expect(runbookRouteFromHash('#/runbooks/import')).toEqual({ view: 'import' });
    expect(runbookRouteFromHash('#/runbooks/0')).toEqual({ view: 'list' });
    expect(runbookRouteFromHash('#/runbooks/abc')).toEqual({ view: 'list' });
  });
});
