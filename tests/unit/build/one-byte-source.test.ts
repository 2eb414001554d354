import { describe, expect, it } from 'vitest';
import { escapeBeyondLatin1, isOneByte } from '../../../electron/build/one-byte-source.ts';

/** Run a function body as written and as escaped; both must agree, and the escaped one be one byte. */
function both(body: string): [unknown, unknown] {
  const escaped = escapeBeyondLatin1(body);
  expect(isOneByte(escaped)).toBe(true);
  return [new Function(body)(), new Function(escaped)()];
}

describe('escapeBeyondLatin1', () => {
  it.each([
    ['a string', 'return "5 – 10 min → done …";'],
    ['a template', 'const n = 3; return `${n} → ≤ 5`;'],
    ['a regular expression', 'return [/^\\d+\\s*[-–—]\\s*\\d+$/.test("1 — 2"), /[–]/.test("-")];'],
    ['an astral character, with and without the u flag', 'return [/^😀$/u.test("😀"), /^😀$/.test("😀"), "😀".length];'],
    ['an identifier', 'const π = 3.14; return π;'],
    ['a comment', '// 5 min — then → the next step\nreturn 1;'],
    ['a character escaped in place', 'return ["\\–", /\\–/.test("–")];'],
    ['a backslash before the character', 'return "\\\\—";'],
    ['Latin-1, kept as it is', 'return "Tipus d\'unió invàlid °";'],
  ])('keeps the meaning of %s', (_what, body) => {
    const [original, escaped] = both(body);
    expect(escaped).toEqual(original);
  });

  it('leaves Latin-1 text byte for byte', () => {
    const text = 'const s = "café, 20 °C"; // ok';
    expect(escapeBeyondLatin1(text)).toBe(text);
    expect(isOneByte(text)).toBe(true);
    expect(isOneByte('a — b')).toBe(false);
  });
});
