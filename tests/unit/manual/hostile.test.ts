import { describe, expect, it } from 'vitest';
import { analyseManual } from '../../../electron/core/common/manual/index.ts';
import { analyse } from './helpers.ts';

// Each of these would hang or overflow the stack in a naive scanner; the 30 s test
// timeout is the guard, the assertions check the answer is still sensible.
describe('hostile input', () => {
  it('reads 50,000 nested quote markers on one line and on 50,000 lines', () => {
    const oneLine = analyse('# Deep', `${'>'.repeat(50_000)} [x](../../../etc/passwd)`);
    expect(oneLine.title).toBe('Deep');
    expect(oneLine.links[0]?.escapesFolder).toBe(true);
    const manyLines = analyseManual(Array.from({ length: 50_000 }, () => '> >').join('\n'), 'quotes.md');
    expect(manyLines.title).toBe('quotes');
    expect(manyLines.outline).toEqual([]);
  });

  it('reads 10 MB of text with lists, fences and headings', () => {
    const chunk = ['## Outage (P1)', '1. step', '1. step', '```', 'code', '```', '- [ ] task', '| Name | Phone |', '|---|---|', '| a | b |', 'prose [l](a.md)', ''].join('\n');
    const text = chunk.repeat(Math.ceil(10_000_000 / chunk.length));
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    const analysis = analyseManual(text, 'big.md');
    const repeats = Math.ceil(10_000_000 / chunk.length);
    expect(analysis.procedures).toHaveLength(repeats);
    expect(analysis.procedures[0]?.stepCount).toBe(3);
    expect(analysis.contacts).toHaveLength(repeats);
    expect(analysis.links).toHaveLength(repeats);
  });

  it('reads lines of 100,000 characters made of markup characters', () => {
    for (const unit of ['*', '`', '[', '](', '(', '|', '#', '-', ' ', '**a', '_', '\\', '![', '(5 minutes', 'SEV-1 ', '(P0 - ']) {
      const line = unit.repeat(Math.ceil(100_000 / unit.length));
      const analysis = analyse(`# ${line}`, line, `1. ${line}`, `| ${line} |`, '|---|', `**${line}**:`);
      expect(analysis.title.length).toBeGreaterThan(0);
    }
  });

  it('reads a document that opens an unclosed fence at the top', () => {
    const analysis = analyseManual(`\`\`\`\n${'# not a heading\n1. not a step\n'.repeat(10_000)}`, 'runbooks/fence.md');
    expect(analysis.title).toBe('fence');
    expect(analysis.outline).toEqual([]);
    expect(analysis.problems).toEqual([{ line: 1, message: 'code fence opened at line 1 is never closed; it runs to the end of the file' }]);
  });

  it('replaces unpaired surrogates and reports them', () => {
    const analysis = analyse('# Bad \uD800 title', '- [ ] \uDC00 item', '## Daily');
    expect(analysis.title).toBe('Bad \uFFFD title');
    expect(analysis.problems[0]?.message).toContain('unpaired surrogate');
    expect(JSON.stringify(analysis)).not.toMatch(/[\uD800-\uDFFF]/);
  });

  it('reads 1,000 nested list levels and 10,000 headings of every level', () => {
    const nested = Array.from({ length: 1_000 }, (_, depth) => `${' '.repeat(depth * 2)}1. level ${depth}`).join('\n');
    expect(onlySteps(analyseManual(`## Deep (P1)\n${nested}`, 'x.md'))).toBe(1);
    const headings = Array.from({ length: 10_000 }, (_, index) => `${'#'.repeat((index % 6) + 1)} H${index}`).join('\n');
    expect(analyseManual(headings, 'h.md').outline).toHaveLength(10_000);
  });

  it('never throws on odd values', () => {
    for (const text of ['', '\n', '\r\n\r', '\uFEFF---\n---', '---', '\u0000', '<!--', '|', '1.', '- [', '#']) {
      expect(() => analyseManual(text, 'odd.md')).not.toThrow();
    }
    expect(analyseManual(undefined as unknown as string, 'undefined.md').title).toBe('undefined');
  });
});

function onlySteps(analysis: ReturnType<typeof analyseManual>): number {
  return analysis.procedures[0]?.stepCount ?? 0;
}
