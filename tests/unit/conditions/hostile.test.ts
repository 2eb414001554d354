import { describe, expect, it } from 'vitest';
import { MAX_CONDITION_LENGTH, compileGlob, matchGlob, parseCondition } from '../../../electron/core/common/conditions/index.ts';
import { check, parsed, syntaxError } from './helpers.ts';

// Each of these would hang or overflow the stack in a naive implementation; the 30 s test
// timeout is the guard, the assertions check that the answer is also right.
describe('hostile input', () => {
  it('rejects a 100 KB condition with a position, without reading it all', () => {
    const text = `[BODY] == pat(${'*a'.repeat(50_000)})`;
    expect(syntaxError(text)).toEqual({
      position: MAX_CONDITION_LENGTH,
      reason: `the condition is ${text.length} characters long; the limit is ${MAX_CONDITION_LENGTH}`,
    });
  });

  it('parses a condition right at the limit', () => {
    const text = `[BODY] == pat(${'*a'.repeat((MAX_CONDITION_LENGTH - 16) / 2)}*)`;
    expect(text.length).toBeLessThanOrEqual(MAX_CONDITION_LENGTH);
    expect(check(text, { BODY: 'a'.repeat(5_000) }).passed).toBe(true);
    expect(check(text, { BODY: 'a'.repeat(100) }).passed).toBe(false);
  });

  it('stops at the first bad character of 10,000 nested brackets', () => {
    expect(parseCondition('['.repeat(10_000) + ']'.repeat(10_000)).ok).toBe(false);
    expect(syntaxError('['.repeat(2_000)).position).toBe(1);
    expect(syntaxError(`[BODY]${'['.repeat(2_000)} == 1`)).toMatchObject({ position: 7 });
    expect(syntaxError(`len(${'len('.repeat(500)}[BODY]${')'.repeat(501)} > 1`).position).toBe(4);
    expect(syntaxError(`pat(${'('.repeat(2_000)} == [BODY]`)).toMatchObject({ position: 0 });
  });

  it('handles a path of a thousand steps', () => {
    const path = '.a'.repeat(1_000);
    let nested: unknown = 'deep';
    for (let index = 0; index < 1_000; index += 1) nested = { a: nested };
    expect(check(`[BODY]${path} == deep`, { BODY: JSON.stringify(nested) }).passed).toBe(true);
  });

  it('reads a 1 MB JSON body', () => {
    const items = Array.from({ length: 25_000 }, (_, id) => ({ id, name: `item-${id}`, tags: ['x', 'y'] }));
    const big = JSON.stringify({ status: 'UP', items });
    expect(big.length).toBeGreaterThan(1_000_000);
    expect(check('[BODY].items[24999].id == 24999', { BODY: big }).passed).toBe(true);
    expect(check('len([BODY].items) == 25000', { BODY: big }).passed).toBe(true);
    expect(check('[BODY] == pat(*"name":"item-19999"*)', { BODY: big }).passed).toBe(true);
    expect(check('[BODY] == pat(*"name":"item-25000"*)', { BODY: big }).passed).toBe(false);
    const line = check('[BODY].status == DOWN', { BODY: big }).description;
    expect(line).toBe('[BODY].status (UP) == DOWN');
  });

  it('survives JSON nested too deeply to write back out', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(check('len([BODY]) == 1', { BODY: deep }).passed).toBe(true);
    const whole = check('[BODY][0] == pat(*)', { BODY: deep });
    expect(whole.passed).toBe(false);
    expect(whole.description).toBe('[BODY][0] (deeply nested JSON) == pat(*)');
    expect(check('len([BODY][0]) == 1', { BODY: deep }).passed).toBe(true);
    const object = `${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`;
    expect(check('len([BODY].a) > 0', { BODY: object }).description).toBe('len([BODY].a) (too deeply nested to measure) > 0');
    expect(check('has([BODY].a.a.a) == true', { BODY: object }).passed).toBe(true);
  });

  it('matches a pattern of many stars against a megabyte without backtracking', () => {
    const subject = 'a'.repeat(1_000_000);
    const stars = `${'a*'.repeat(1_500)}b`;
    const compiled = compileGlob(stars);
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    expect(matchGlob(compiled.glob, subject)).toBe(false);
    expect(matchGlob(compiled.glob, `${subject}b`)).toBe(true);
  });

  it('matches many ? and class segments between stars against a large body', () => {
    const subject = `${'ab'.repeat(200_000)}c`;
    expect(check(`[BODY] == pat(${'*a?'.repeat(300)}*[c])`, { BODY: subject }).passed).toBe(true);
    expect(check(`[BODY] == pat(${'*a?'.repeat(300)}*[d])`, { BODY: subject }).passed).toBe(false);
    expect(check(`[BODY] == pat(*${'?'.repeat(1_000)}x*)`, { BODY: 'y'.repeat(200_000) }).passed).toBe(false);
  });

  it('keeps any() with thousands of options correct', () => {
    const options = Array.from({ length: 800 }, (_, index) => 100 + index).join(',');
    expect(check(`[STATUS] == any(${options})`, { STATUS: 899 }).passed).toBe(true);
    expect(check(`[STATUS] == any(${options})`, { STATUS: 900 }).passed).toBe(false);
  });

  it('does not hang on a pathological operator run or a long right-hand value', () => {
    expect(syntaxError(`[STATUS] ${'='.repeat(3_000)}`).position).toBe(9);
    const long = parsed(`[BODY].x == ${'word '.repeat(700)}end`);
    expect(long.right.kind).toBe('literal');
  });
});
