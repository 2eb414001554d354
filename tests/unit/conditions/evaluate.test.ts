import { describe, expect, it } from 'vitest';
import type { CheckValues } from '../../../electron/core/common/checks/outcome.ts';
import { body, check } from './helpers.ts';

interface Case {
  readonly condition: string;
  readonly pass: CheckValues;
  readonly passLine: string;
  readonly fail: CheckValues;
  readonly failLine: string;
}

const DAY = 86_400_000;

// Every example from the brief, each with a value that passes and one that fails, and the
// exact result line the user sees for both.
const CASES: Case[] = [
  { condition: '[STATUS] == 200', pass: { STATUS: 200 }, passLine: '[STATUS] (200) == 200', fail: { STATUS: 503 }, failLine: '[STATUS] (503) == 200' },
  { condition: '[STATUS] < 300', pass: { STATUS: 201 }, passLine: '[STATUS] (201) < 300', fail: { STATUS: 404 }, failLine: '[STATUS] (404) < 300' },
  { condition: '[RESPONSE_TIME] < 500', pass: { RESPONSE_TIME: 50 }, passLine: '[RESPONSE_TIME] (50) < 500', fail: { RESPONSE_TIME: 500 }, failLine: '[RESPONSE_TIME] (500) < 500' },
  {
    condition: '[BODY].data[0].id == 1',
    pass: body({ data: [{ id: 1 }, { id: 2 }] }),
    passLine: '[BODY].data[0].id (1) == 1',
    fail: body({ data: [{ id: 2 }, { id: 1 }] }),
    failLine: '[BODY].data[0].id (2) == 1',
  },
  {
    condition: 'len([BODY].items) < 5',
    pass: body({ items: [1, 2, 3, 4] }),
    passLine: 'len([BODY].items) (4) < 5',
    fail: body({ items: [1, 2, 3, 4, 5] }),
    failLine: 'len([BODY].items) (5) < 5',
  },
  {
    condition: 'has([BODY].errors) == false',
    pass: body({ data: 1 }),
    passLine: 'has([BODY].errors) (false) == false',
    fail: body({ errors: ['boom'] }),
    failLine: 'has([BODY].errors) (true) == false',
  },
  {
    condition: '[BODY].name == pat(john*)',
    pass: body({ name: 'john.doe' }),
    passLine: '[BODY].name (john.doe) == pat(john*)',
    fail: body({ name: 'bob' }),
    failLine: '[BODY].name (bob) == pat(john*)',
  },
  { condition: '[STATUS] == any(200, 429)', pass: { STATUS: 429 }, passLine: '[STATUS] (429) == any(200, 429)', fail: { STATUS: 404 }, failLine: '[STATUS] (404) == any(200, 429)' },
  { condition: '[CONNECTED] == true', pass: { CONNECTED: true }, passLine: '[CONNECTED] (true) == true', fail: { CONNECTED: false }, failLine: '[CONNECTED] (false) == true' },
  {
    condition: '[CERTIFICATE_EXPIRATION] > 48h',
    pass: { CERTIFICATE_EXPIRATION: 30 * DAY },
    passLine: '[CERTIFICATE_EXPIRATION] (30d) > 48h',
    fail: { CERTIFICATE_EXPIRATION: DAY + 3_600_000 },
    failLine: '[CERTIFICATE_EXPIRATION] (1d1h) > 48h',
  },
  { condition: '[DNS_RCODE] == NOERROR', pass: { DNS_RCODE: 'NOERROR' }, passLine: '[DNS_RCODE] (NOERROR) == NOERROR', fail: { DNS_RCODE: 'NXDOMAIN' }, failLine: '[DNS_RCODE] (NXDOMAIN) == NOERROR' },
  { condition: '[BODY] == pat(*ok*)', pass: { BODY: 'all ok here' }, passLine: '[BODY] (all ok here) == pat(*ok*)', fail: { BODY: 'all bad' }, failLine: '[BODY] (all bad) == pat(*ok*)' },
  { condition: '[BODY].status == UP', pass: body({ status: 'UP' }), passLine: '[BODY].status (UP) == UP', fail: body({ status: 'DOWN' }), failLine: '[BODY].status (DOWN) == UP' },
  { condition: '[IP] == 127.0.0.1', pass: { IP: '127.0.0.1' }, passLine: '[IP] (127.0.0.1) == 127.0.0.1', fail: { IP: '127.0.0.2' }, failLine: '[IP] (127.0.0.2) == 127.0.0.1' },
  { condition: 'len([BODY]) > 0', pass: { BODY: 'x' }, passLine: 'len([BODY]) (1) > 0', fail: { BODY: '  \n' }, failLine: 'len([BODY]) (0) > 0' },
  { condition: '[STATUS] != 500', pass: { STATUS: 200 }, passLine: '[STATUS] (200) != 500', fail: { STATUS: 500 }, failLine: '[STATUS] (500) != 500' },
  { condition: '[STATUS] <= 299', pass: { STATUS: 299 }, passLine: '[STATUS] (299) <= 299', fail: { STATUS: 300 }, failLine: '[STATUS] (300) <= 299' },
  { condition: '[STATUS] >= 200', pass: { STATUS: 200 }, passLine: '[STATUS] (200) >= 200', fail: { STATUS: 199 }, failLine: '[STATUS] (199) >= 200' },
  {
    condition: '[BODY].a.b[2].c == deep',
    pass: body({ a: { b: [{}, {}, { c: 'deep' }] } }),
    passLine: '[BODY].a.b[2].c (deep) == deep',
    fail: body({ a: { b: [{}, {}, { c: 'shallow' }] } }),
    failLine: '[BODY].a.b[2].c (shallow) == deep',
  },
  { condition: '[RESPONSE_TIME] < 30m', pass: { RESPONSE_TIME: 1_799_999 }, passLine: '[RESPONSE_TIME] (1799999) < 30m', fail: { RESPONSE_TIME: 1_800_000 }, failLine: '[RESPONSE_TIME] (1800000) < 30m' },
  { condition: '[RESPONSE_TIME] <= 1h30m', pass: { RESPONSE_TIME: 5_400_000 }, passLine: '[RESPONSE_TIME] (5400000) <= 1h30m', fail: { RESPONSE_TIME: 5_400_001 }, failLine: '[RESPONSE_TIME] (5400001) <= 1h30m' },
  { condition: '[RESPONSE_TIME] < 500ms', pass: { RESPONSE_TIME: 499 }, passLine: '[RESPONSE_TIME] (499) < 500ms', fail: { RESPONSE_TIME: 501 }, failLine: '[RESPONSE_TIME] (501) < 500ms' },
  {
    condition: '[CERTIFICATE_EXPIRATION] > 7d',
    pass: { CERTIFICATE_EXPIRATION: 7 * DAY + 1000 },
    passLine: '[CERTIFICATE_EXPIRATION] (7d1s) > 7d',
    fail: { CERTIFICATE_EXPIRATION: 6 * DAY },
    failLine: '[CERTIFICATE_EXPIRATION] (6d) > 7d',
  },
  { condition: '[cpu_percent] < 90', pass: { cpu_percent: 42.5 }, passLine: '[cpu_percent] (42.5) < 90', fail: { cpu_percent: 97 }, failLine: '[cpu_percent] (97) < 90' },
  { condition: '[disk_percent:/] < 80', pass: { 'disk_percent:/': 79 }, passLine: '[disk_percent:/] (79) < 80', fail: { 'disk_percent:/': 80 }, failLine: '[disk_percent:/] (80) < 80' },
  { condition: '[value] > 0', pass: { value: 1 }, passLine: '[value] (1) > 0', fail: { value: 0 }, failLine: '[value] (0) > 0' },
];

describe('every example, passing and failing', () => {
  for (const entry of CASES) {
    it(entry.condition, () => {
      expect(check(entry.condition, entry.pass)).toEqual({ passed: true, description: entry.passLine });
      expect(check(entry.condition, entry.fail)).toEqual({ passed: false, description: entry.failLine });
    });
  }
});

describe('== and != compare like Gatus', () => {
  it('compares numbers as numbers, including 0x, 0o and 0b spellings', () => {
    expect(check('[BODY].data == 1', body({ data: '0x1' })).passed).toBe(true);
    expect(check('[BODY].data == 12648243', body({ data: '0xC0ff33' })).passed).toBe(true);
    expect(check('[BODY].data == 0b10', body({ data: '0b0010' })).passed).toBe(true);
    expect(check('[BODY].data == 2', body({ data: '0o2' })).passed).toBe(true);
    expect(check('[BODY].price == 1.50', body({ price: 1.5 })).passed).toBe(true);
    expect(check('[BODY].data == 3', body({ data: '0x2' })).passed).toBe(false);
  });

  it('compares everything else as exact, case-sensitive text', () => {
    expect(check('[BODY].status == up', body({ status: 'UP' })).passed).toBe(false);
    expect(check('[BODY].message == all good', body({ message: 'all good' })).passed).toBe(true);
    expect(check('[CONNECTED] == True', { CONNECTED: true }).passed).toBe(false);
  });

  it('accepts placeholders on both sides and pat/any on the left', () => {
    const user = body({ user: { firstName: 'john', lastName: 'doe' } });
    expect(check('[BODY].user.firstName != [BODY].user.lastName', user).passed).toBe(true);
    expect(check('[BODY].user.firstName == [BODY].user.lastName', user)).toEqual({
      passed: false,
      description: '[BODY].user.firstName (john) == [BODY].user.lastName (doe)',
    });
    expect(check('any(200, 429) == [STATUS]', { STATUS: 429 }).passed).toBe(true);
    expect(check('pat(4*) == [STATUS]', { STATUS: 200 }).passed).toBe(false);
  });

  it('matches any() options with == and rejects them with !=', () => {
    expect(check('[BODY].ip != any(127.0.0.1, ::1)', body({ ip: '::1' })).passed).toBe(false);
    expect(check('[BODY].ip != any(127.0.0.1, ::1)', body({ ip: '10.0.0.1' })).passed).toBe(true);
  });

  it('matches pat() against a whole array or object as minified JSON', () => {
    expect(check('[BODY].data == pat(*Whatever*)', body({ data: ['hello', 'Whatever'] })).passed).toBe(true);
    expect(check('[BODY].data == pat(*"id":7*)', body({ data: { id: 7 } })).passed).toBe(true);
  });

  it('trims BODY before comparing', () => {
    expect(check('[BODY] == 123', { BODY: '123\n' }).passed).toBe(true);
    expect(check('[BODY] < 124', { BODY: ' 123 ' }).passed).toBe(true);
  });

  it('finds a value by name ignoring case when there is no exact match', () => {
    expect(check('[status] == 200', { STATUS: 200 }).passed).toBe(true);
    expect(check('[Body].ok == true', body({ ok: true })).passed).toBe(true);
  });
});

describe('< <= > >= compare numbers and durations', () => {
  it('reads numbers from JSON strings and keeps fractions', () => {
    expect(check('[BODY].balance > 100', body({ balance: '100.5' })).passed).toBe(true);
    expect(check('[BODY].balance > 100', body({ balance: 99.99 })).passed).toBe(false);
  });

  it('reads durations on either side, in milliseconds', () => {
    expect(check('[RESPONSE_TIME] < 1s', { RESPONSE_TIME: 999 }).passed).toBe(true);
    expect(check('[RESPONSE_TIME] < 1s', { RESPONSE_TIME: 1000 }).passed).toBe(false);
    expect(check('[BODY].uptime > 1h', body({ uptime: '90m' })).passed).toBe(true);
    expect(check('2s > [RESPONSE_TIME]', { RESPONSE_TIME: 2500 }).passed).toBe(false);
  });

  it('fails, saying so, when a value is not a number (Gatus would compare 0)', () => {
    expect(check('[BODY].count > -1', body({ count: 'many' }))).toEqual({ passed: false, description: '[BODY].count (many: not a number) > -1' });
    expect(check('[CONNECTED] < 1', { CONNECTED: false })).toEqual({ passed: false, description: '[CONNECTED] (false: not a number) < 1' });
  });

  it('compares two placeholders', () => {
    expect(check('[BODY].used < [BODY].quota', body({ used: 5, quota: 10 })).passed).toBe(true);
    expect(check('[BODY].used < [BODY].quota', body({ used: 10, quota: 10 })).passed).toBe(false);
  });
});

describe('len() and has()', () => {
  it('len counts array items, string characters, and JSON text for the rest', () => {
    expect(check('len([BODY].name) == 8', body({ name: 'john.doe' })).passed).toBe(true);
    expect(check('len([BODY].name) == 4', body({ name: 'josé' })).passed).toBe(true);
    expect(check('len([BODY].age) == 2', body({ age: 18 })).passed).toBe(true);
    expect(check('len([BODY].adult) == 4', body({ adult: true })).passed).toBe(true);
    expect(check('len([BODY][0]) == 23', { BODY: '[{"age":18,"adult":true}]' }).passed).toBe(true);
    expect(check('len([BODY].data) == 3', body({ data: [1, 2, 3] })).passed).toBe(true);
  });

  it('len([BODY]) counts the items of a JSON array body, else its characters', () => {
    expect(check('len([BODY]) == 3', { BODY: '[{"id": 1}, {"id": 2}, {"id": 3}]' }).passed).toBe(true);
    expect(check('len([BODY]) == 20', { BODY: '{"name": "john.doe"}' }).passed).toBe(true);
    expect(check('len([BODY]) == 8', { BODY: 'john.doe' }).passed).toBe(true);
  });

  it('has is true for a present path, even an empty one, and false for null or absent', () => {
    expect(check('has([BODY].article) == true', body({ article: { id: 1 } })).passed).toBe(true);
    expect(check('has([BODY].errors) == false', body({ errors: null })).passed).toBe(true);
    expect(check('has([BODY].name) == true', body({ name: '' })).passed).toBe(true);
    expect(check('has([BODY].users[0].name) == true', body({ users: [] })).passed).toBe(false);
    expect(check('has([BODY].x) == false', { BODY: 'not json' }).passed).toBe(true);
  });

  it('has() of a whole value is whether it is there and not blank', () => {
    expect(check('has([BODY]) == true', { BODY: ' \n ' }).passed).toBe(false);
    expect(check('has([BODY]) == true', { BODY: 'x' }).passed).toBe(true);
    expect(check('has([value]) == false', {}).passed).toBe(true);
  });
});

describe('missing values fail without throwing and say why', () => {
  it('names a path that does not exist', () => {
    expect(check('[BODY].data.name == john', body({ data: { id: 1 } }))).toEqual({
      passed: false,
      description: '[BODY].data.name (no such path) == john',
    });
    expect(check('len([BODY].data.name) == 4', body({ data: {} }))).toEqual({
      passed: false,
      description: 'len([BODY].data.name) (no such path) == 4',
    });
  });

  it('treats a JSON null, an index past the end and a step through a scalar as missing', () => {
    expect(check('[BODY].data == OK', body({ data: null })).description).toBe('[BODY].data (null) == OK');
    expect(check('[BODY].items[2] == OK', body({ items: ['OK'] })).passed).toBe(false);
    expect(check('[BODY][0].name == test', body({ statusCode: 500 })).passed).toBe(false);
    expect(check('[BODY].count.value == 5', body({ count: 5 })).passed).toBe(false);
    expect(check('[BODY].data.id == 1', { BODY: 'null' }).passed).toBe(false);
  });

  it('does not find inherited properties such as constructor', () => {
    expect(check('has([BODY].constructor) == false', body({})).passed).toBe(true);
    expect(check('[BODY].__proto__ == 1', { BODY: '{"__proto__": 1}' }).passed).toBe(true);
  });

  it('says when the body is not JSON or the value is absent', () => {
    expect(check('[BODY].status == UP', { BODY: '<html>' }).description).toBe('[BODY].status ([BODY] is not JSON) == UP');
    expect(check('[cpu_percent] < 90', {}).description).toBe('[cpu_percent] (no value) < 90');
    expect(check('[STATUS] == 200', { STATUS: null }).passed).toBe(false);
  });

  it('fails != too, because missing is not different', () => {
    expect(check('[BODY].state != error', body({})).passed).toBe(false);
    expect(check('[DNS_RCODE] != SERVFAIL', {}).passed).toBe(false);
  });
});

describe('result lines', () => {
  it('cuts a long value short and keeps it on one line', () => {
    const html = `<!DOCTYPE html>\n<html lang="en">\n${'<p>jane.doe</p>'.repeat(100)}</html>`;
    const result = check('[BODY] == pat(*john.doe*)', { BODY: html });
    expect(result.passed).toBe(false);
    expect(result.description).toBe('[BODY] (<!DOCTYPE html> <html lang="en"> <p>jane.doe</p><p…(truncated)) == pat(*john.doe*)');
  });
});
