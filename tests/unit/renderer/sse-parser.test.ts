import { describe, expect, it } from 'vitest';
import { createSseParser, type SseMessage } from '../../../renderer/src/lib/sse-parser.ts';

function parse(chunks: readonly string[]): SseMessage[] {
  const messages: SseMessage[] = [];
  const parser = createSseParser((message) => messages.push(message));
  for (const chunk of chunks) parser.push(chunk);
  return messages;
}

describe('createSseParser', () => {
  it('dispatches a named event with its data on the blank line', () => {
    expect(parse(['event: onDidChangeSettings\ndata: {"theme":"dark"}\n\n'])).toEqual([
      { event: 'onDidChangeSettings', data: '{"theme":"dark"}' },
    ]);
  });

  it('waits for the blank line before dispatching', () => {
    expect(parse(['event: a\ndata: 1\n'])).toEqual([]);
  });

  it('joins a frame split mid-line and mid-field across chunks', () => {
    const frame = 'event: onDidCreateBackup\ndata: {"fileName":"oncall-20261122T073000123Z.sqlite"}\n\n';
    const oneByOne = [...frame];
    expect(parse(oneByOne)).toEqual([{ event: 'onDidCreateBackup', data: '{"fileName":"oncall-20261122T073000123Z.sqlite"}' }]);
    expect(parse(['ev', 'ent: x\nda', 'ta: {"a"', ':1}\n', '\n'])).toEqual([{ event: 'x', data: '{"a":1}' }]);
  });

  it('joins several data lines with a newline', () => {
    expect(parse(['data: first\ndata: second\ndata:third\n\n'])).toEqual([{ event: 'message', data: 'first\nsecond\nthird' }]);
  });

  it('ignores comment lines, keep-alives included', () => {
    expect(parse([': connected\n\n', ': keep-alive\n\n', 'event: e\n: between\ndata: 1\n\n'])).toEqual([{ event: 'e', data: '1' }]);
  });

  it('does not dispatch a frame without data, and forgets its event name', () => {
    expect(parse(['event: lonely\n\n', 'data: 2\n\n'])).toEqual([{ event: 'message', data: '2' }]);
  });

  it('accepts CRLF and CR line endings, even a CRLF split between chunks', () => {
    expect(parse(['event: a\r\ndata: 1\r\n\r\n'])).toEqual([{ event: 'a', data: '1' }]);
    expect(parse(['event: b\rdata: 2\r\r'])).toEqual([{ event: 'b', data: '2' }]);
    expect(parse(['event: c\r', '\ndata: 3\r', '\n\r', '\n'])).toEqual([{ event: 'c', data: '3' }]);
  });

  it('strips exactly one space after the colon and keeps the rest', () => {
    expect(parse(['data:  two spaces\n\n', 'data\n\n'])).toEqual([
      { event: 'message', data: ' two spaces' },
      { event: 'message', data: '' },
    ]);
  });

  it('ignores id, retry and unknown fields, and a leading byte-order mark', () => {
    expect(parse(['\uFEFFid: 7\nretry: 10\nfoo: bar\nevent: e\ndata: x\n\n'])).toEqual([{ event: 'e', data: 'x' }]);
  });

  it('dispatches several frames from one chunk in order', () => {
    expect(parse(['event: a\ndata: 1\n\nevent: b\ndata: 2\n\n'])).toEqual([
      { event: 'a', data: '1' },
      { event: 'b', data: '2' },
    ]);
  });
});
