import { describe, expect, it } from 'vitest';
import { compileGlob, formatDuration, matchGlob, parseDuration } from '../../../electron/core/common/conditions/index.ts';

function matches(pattern: string, text: string): boolean {
  const compiled = compileGlob(pattern);
  if (!compiled.ok) throw new Error(`bad pattern ${pattern}: ${compiled.reason}`);
  return matchGlob(compiled.glob, text);
}

describe('glob matching', () => {
  // Gatus's own pattern cases (pattern/pattern_test.go), as behaviour to match.
  const gatus: Array<[string, boolean]> = [
    ['*', true],
    ['**', true],
    ['living*', true],
    ['*living*', true],
    ['*123', true],
    ['*_*', true],
    ['living*_*3', true],
    ['living*room_*3', true],
    ['*vin*om*2*', true],
    ['livingroom_123', true],
    ['*livingroom_123*', true],
    ['livingroom', false],
    ['livingroom123', false],
    ['what', false],
    ['*what*', false],
    ['*.*', false],
    ['room*123', false],
  ];
  for (const [pattern, expected] of gatus) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} livingroom_123`, () => {
      expect(matches(pattern, 'livingroom_123')).toBe(expected);
    });
  }

  it('matches ? as exactly one character, astral ones included', () => {
    expect(matches('20?', '204')).toBe(true);
    expect(matches('20?', '20')).toBe(false);
    expect(matches('a?c', 'a😀c')).toBe(true);
    expect(matches('*?', '😀')).toBe(true);
    expect(matches('??', '😀')).toBe(false);
  });

  it('matches classes, negated classes and escapes', () => {
    expect(matches('[0-9][0-9][0-9]', '503')).toBe(true);
    expect(matches('[^5]*', '503')).toBe(false);
    expect(matches('[^5]*', '404')).toBe(true);
    expect(matches('*\\**', 'a*b')).toBe(true);
    expect(matches('*\\**', 'ab')).toBe(false);
    expect(matches('\\[ok\\]', '[ok]')).toBe(true);
  });

  it('is case-sensitive, anchored at both ends, and lets * cross /', () => {
    expect(matches('john*', 'John')).toBe(false);
    expect(matches('ok', 'ok!')).toBe(false);
    expect(matches('*/health', 'https://x/health')).toBe(true);
    expect(matches('', '')).toBe(true);
    expect(matches('', 'x')).toBe(false);
  });

  it('does not let the first and last pieces overlap', () => {
    expect(matches('ab*ba', 'aba')).toBe(false);
    expect(matches('ab*ba', 'abba')).toBe(true);
    expect(matches('a*b*c', 'acb')).toBe(false);
  });

  it('reports where a pattern is malformed', () => {
    expect(compileGlob('ab[cd')).toMatchObject({ ok: false, offset: 2 });
    expect(compileGlob('abc\\')).toMatchObject({ ok: false, offset: 3 });
    expect(compileGlob('[a-]')).toMatchObject({ ok: false, offset: 3 });
  });
});

describe('durations', () => {
  it('reads Go durations and our d unit in milliseconds', () => {
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('30m')).toBe(1_800_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('48h')).toBe(172_800_000);
    expect(parseDuration('7d')).toBe(604_800_000);
    expect(parseDuration('1.5h')).toBe(5_400_000);
    expect(parseDuration('-2s')).toBe(-2_000);
    expect(parseDuration('1500us')).toBe(1.5);
    expect(parseDuration('2µs')).toBe(0.002);
  });

  it('rejects what Go rejects: bare numbers, missing or unknown units', () => {
    for (const text of ['500', '1h30', 'h', '', '-', '5x', '1e3s', 'constructor', '1hh']) {
      expect(parseDuration(text)).toBeNull();
    }
  });

  it('formats in the largest units, whole seconds, like Gatus result lines', () => {
    expect(formatDuration(172_800_000)).toBe('2d');
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(formatDuration(90_061_500)).toBe('1d1h1m1s');
    expect(formatDuration(750)).toBe('750ms');
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(-3_600_000)).toBe('-1h');
  });
});
