import { describe, expect, it } from 'vitest';
import { parseCondition, parseConditions } from '../../../electron/core/common/conditions/index.ts';
import { parsed, syntaxError } from './helpers.ts';

describe('parseCondition: shapes', () => {
  it('reads a placeholder with a JSON path into keys and indexes', () => {
    expect(parsed('[BODY].a.b[2].c == 1')).toEqual({
      text: '[BODY].a.b[2].c == 1',
      operator: '==',
      left: {
        kind: 'placeholder',
        text: '[BODY].a.b[2].c',
        name: 'BODY',
        path: [
          { kind: 'key', key: 'a' },
          { kind: 'key', key: 'b' },
          { kind: 'index', index: 2 },
          { kind: 'key', key: 'c' },
        ],
      },
      right: { kind: 'literal', text: '1' },
    });
  });

  it('reads functions, patterns and any() options', () => {
    expect(parsed('len([BODY].items) < 5').left).toEqual({
      kind: 'len',
      text: 'len([BODY].items)',
      target: { kind: 'placeholder', text: '[BODY].items', name: 'BODY', path: [{ kind: 'key', key: 'items' }] },
    });
    expect(parsed('has( [BODY].errors ) == false').left.kind).toBe('has');
    expect(parsed('[BODY].name == pat(john*)').right).toEqual({ kind: 'pat', text: 'pat(john*)', pattern: 'john*' });
    expect(parsed('[STATUS] == any(200,  429 )').right).toEqual({ kind: 'any', text: 'any(200,  429 )', options: ['200', '429'] });
  });

  it('accepts our placeholder names: lower case, digits, _ : / . -', () => {
    for (const name of ['cpu_percent', 'disk_percent:/', 'value', 'disk_percent:/var/lib', 'queue.depth-1', 'Mem2']) {
      const left = parsed(`[${name}] < 90`).left;
      expect(left).toMatchObject({ kind: 'placeholder', name, path: [] });
    }
  });

  it('keeps the rest of the line as the value on the right, like Gatus', () => {
    expect(parsed('[BODY].message == all good now').right).toEqual({ kind: 'literal', text: 'all good now' });
    expect(parsed('[BODY] == pat(*<div id="user">john</div>*)').right).toMatchObject({ pattern: '*<div id="user">john</div>*' });
  });

  it('takes a right-hand pat( to the last ) so a pattern may hold unbalanced parentheses', () => {
    expect(parsed('[BODY] == pat(*:-)*)').right).toMatchObject({ kind: 'pat', pattern: '*:-)*' });
    expect(parsed('pat(*(ok)*) == [BODY]').left).toMatchObject({ kind: 'pat', pattern: '*(ok)*' });
  });

  it('accepts operators without spaces and trims the text', () => {
    expect(parsed('  [STATUS]==200 ')).toMatchObject({ text: '[STATUS]==200', operator: '==', right: { text: '200' } });
    expect(parsed('[STATUS]<=299').operator).toBe('<=');
    expect(parsed('[BODY][0].id >= 1').left).toMatchObject({ path: [{ kind: 'index', index: 0 }, { kind: 'key', key: 'id' }] });
  });

  it('accepts every duration form in ordering comparisons', () => {
    for (const duration of ['30m', '1h30m', '500ms', '7d', '1.5h', '250us', '48h']) {
      expect(parseCondition(`[RESPONSE_TIME] < ${duration}`).ok).toBe(true);
    }
  });

  it('survives a JSON round trip', () => {
    const condition = parsed('len([BODY].data[0].tags) >= 2');
    expect(JSON.parse(JSON.stringify(condition))).toEqual(condition);
  });
});

describe('parseCondition: errors with positions', () => {
  const cases: Array<[text: string, position: number, reason: string | RegExp]> = [
    ['[STATUS', 0, /^unclosed \[ at 0/],
    ['[STATUS == 200', 0, /^unclosed \[ at 0/],
    ['  [STATUS] ==', 13, 'expected a value after ==, e.g. [STATUS] == 200'],
    ['[STATUS]', 8, 'expected an operator (==, !=, <, <=, >, >=) after [STATUS]'],
    ['[STATUS] 200', 9, "expected an operator (==, !=, <, <=, >, >=) after [STATUS], found '200'"],
    ['[STATUS] = 200', 9, "expected an operator (==, !=, <, <=, >, >=) after [STATUS], found '=' — did you mean ==?"],
    ['[STATUS] === 200', 9, /found '===' — did you mean ==\?$/],
    ['[STATUS] <> 200', 9, /found '<>' — did you mean !=\?$/],
    ['[STATUS] => 200', 9, /found '=>' — did you mean >=\?$/],
    ['[STATUS] ? 201', 9, /after \[STATUS\], found '\?'$/],
    ['lenn([BODY].items) < 5', 0, 'unknown function lenn( — did you mean len(?'],
    ['[STATUS] == amy(200, 429)', 12, 'unknown function amy( — did you mean any(?'],
    ['LEN([BODY]) > 1', 0, 'unknown function LEN( — did you mean len(?'],
    ['count([BODY]) > 1', 0, 'unknown function count( — the functions are len(, has(, pat( and any('],
    ['len([BODY].items < 5', 17, /^expected \) to close len\( at 0, found '<'/],
    ['len([BODY].items', 0, /^unclosed len\( at 0/],
    ['len(200) > 1', 4, 'len( needs a placeholder inside, e.g. len([BODY].items)'],
    ['has(errors) == true', 4, /^has\( needs a placeholder/],
    ['[BODY].name == pat(john*', 15, /^unclosed pat\( at 15/],
    ['pat(john* == [BODY].name', 0, /^unclosed pat\( at 0/],
    ['[STATUS] == any(200,,429)', 20, /^empty value in any\( at 20/],
    ['[STATUS] == any()', 16, /^empty value in any\(/],
    ['[] == 1', 0, /^empty placeholder \[\] at 0/],
    ['[STA,TUS] == 1', 4, /^unexpected ',' in the placeholder name at 4/],
    ['[BODY]. == 1', 7, 'expected a key after the . at 6, e.g. [BODY].status'],
    ['[BODY].a..b == 1', 9, /^expected a key after the \. at 8/],
    ['[BODY].items[x] == 1', 13, /^expected an array index \(a whole number such as 0\) after the \[ at 12, found 'x\]'/],
    ['[BODY].items[-1] == 1', 13, /^expected an array index/],
    ['[BODY].items[0 == 1', 12, /^unclosed \[ at 12/],
    ['[STATUS] == 200 == 300', 16, /^a condition has one operator; found another == at 16/],
    ['[STATUS] == [BODY].code extra', 24, /^unexpected 'extra' after \[BODY\]\.code/],
    ['[RESPONSE_TIME] < potato', 18, /^< compares numbers: expected a number or a duration .*found 'potato'$/],
    ['[RESPONSE_TIME] < 5x', 18, /^< compares numbers/],
    ['[STATUS] < pat(2*)', 11, 'pat( only works with == and !=, not <'],
    ['any(1, 2) >= [STATUS]', 0, 'any( only works with == and !=, not >='],
    ['has([BODY].x) > 0', 0, /^has\( is true or false/],
    ['pat(a*) == any(a, b)', 11, /^any\( cannot be compared with pat\(/],
    ['STATUS == 200', 0, /did you mean \[STATUS\]\?$/],
    ['1 == 2', 0, /^neither side reads the check's result/],
    ['[BODY] == pat(*[ok*)', 15, /^unclosed \[ in the pattern/],
    ['[BODY] == pat(ok\\)', 16, /^a pattern cannot end with \\/],
    ['[BODY] == pat([]x)', 15, /^unexpected \] in a \[class\]/],
    ['', 0, /^the condition is empty/],
    ['   ', 0, /^the condition is empty/],
    ['== 200', 0, /^expected a placeholder such as \[STATUS\], a function such as len\( or a value at 0, found '=='/],
  ];

  for (const [text, position, reason] of cases) {
    it(`${JSON.stringify(text)} → ${position}`, () => {
      const error = syntaxError(text);
      expect(error.position).toBe(position);
      if (typeof reason === 'string') expect(error.reason).toBe(reason);
      else expect(error.reason).toMatch(reason);
    });
  }
});

describe('parseConditions', () => {
  it('returns the conditions in order when all lines parse', () => {
    const result = parseConditions(['[STATUS] == 200', '[RESPONSE_TIME] < 500'], 'critical');
    expect(result.ok && result.conditions.map((condition) => condition.operator)).toEqual(['==', '<']);
  });

  it('reports every bad line with field[index], position and reason', () => {
    const result = parseConditions(['[STATUS] == 200', '[STATUS', '[STATUS] == 200', 'lenn([BODY]) > 0'], 'conditions.warning');
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'conditions.warning[1]',
          index: 1,
          position: 0,
          reason: 'unclosed [ at 0 — a placeholder ends with ], e.g. [STATUS]',
          message: 'conditions.warning[1] at 0: unclosed [ at 0 — a placeholder ends with ], e.g. [STATUS]',
        },
        {
          field: 'conditions.warning[3]',
          index: 3,
          position: 0,
          reason: 'unknown function lenn( — did you mean len(?',
          message: 'conditions.warning[3] at 0: unknown function lenn( — did you mean len(?',
        },
      ],
    });
  });

  it('accepts an empty list', () => {
    expect(parseConditions([], 'warning')).toEqual({ ok: true, conditions: [] });
  });
});
