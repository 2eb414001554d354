import { describe, expect, it } from 'vitest';
import { anchorDayOf, nextOccurrence, occurrencesBetween, type RecurrenceRule } from '../../../electron/core/common/checklists/index.ts';

const rule = (patch: Partial<RecurrenceRule>): RecurrenceRule => ({
  kind: 'daily',
  time: '09:00',
  weekdays: [],
  dayOfMonth: null,
  everyDays: null,
  timeZone: 'Europe/Berlin',
  ...patch,
});
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const between = (r: RecurrenceRule, from: string, to: string, anchor = 0) => occurrencesBetween(r, Date.parse(from), Date.parse(to), anchor).map(iso);

describe('daily', () => {
  it('keeps 09:00 local across the spring-forward change (UTC hour moves from 08 to 07)', () => {
    expect(between(rule({}), '2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });

  it('keeps 09:00 local across the fall-back change in New York', () => {
    expect(between(rule({ timeZone: 'America/New_York' }), '2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z')).toEqual([
      '2026-10-31T13:00:00.000Z',
      '2026-11-01T14:00:00.000Z',
      '2026-11-02T14:00:00.000Z',
    ]);
  });

  it('reads a time inside the spring-forward gap as the clock moved on (02:30 → 03:30 CEST)', () => {
    expect(between(rule({ time: '02:30' }), '2026-03-29T00:00:00Z', '2026-03-29T12:00:00Z')).toEqual(['2026-03-29T01:30:00.000Z']);
  });

  it('comes due once on the fall-back day, at the first 02:30', () => {
    expect(between(rule({ time: '02:30' }), '2026-10-25T00:00:00Z', '2026-10-25T12:00:00Z')).toEqual(['2026-10-25T00:30:00.000Z']);
  });

  it('treats the range as (from, to]: an occurrence exactly at `from` is not repeated', () => {
    const at = Date.parse('2026-03-27T08:00:00Z');
    expect(occurrencesBetween(rule({}), at, at + 1000, 0)).toEqual([]);
    expect(occurrencesBetween(rule({}), at - 1, at, 0)).toEqual([at]);
  });

  it('finds the next occurrence in a zone east of UTC whose date is a day ahead', () => {
    expect(iso(nextOccurrence(rule({ timeZone: 'Pacific/Auckland', time: '08:00' }), Date.parse('2026-06-30T19:00:00Z'), 0))).toBe('2026-06-30T20:00:00.000Z');
  });
});

describe('weekday rules', () => {
  it('selected weekdays: Monday, Wednesday and Friday only', () => {
    const got = between(rule({ kind: 'weekdays', weekdays: ['monday', 'wednesday', 'friday'], timeZone: 'UTC' }), '2026-12-06T00:00:00Z', '2026-12-13T23:00:00Z');
    expect(got).toEqual(['2026-12-07T09:00:00.000Z', '2026-12-09T09:00:00.000Z', '2026-12-11T09:00:00.000Z']);
  });

  it('weekly on Sunday', () => {
    const got = between(rule({ kind: 'weekly', weekdays: ['sunday'], timeZone: 'UTC', time: '18:30' }), '2026-12-01T00:00:00Z', '2026-12-31T00:00:00Z');
    expect(got).toEqual(['2026-12-06T18:30:00.000Z', '2026-12-13T18:30:00.000Z', '2026-12-20T18:30:00.000Z', '2026-12-27T18:30:00.000Z']);
  });
});

describe('monthly and quarterly', () => {
  it('day 31 falls on the last day of shorter months, February in a leap year included', () => {
    const got = between(rule({ kind: 'monthly', dayOfMonth: 31, timeZone: 'UTC' }), '2028-01-01T00:00:00Z', '2028-05-01T00:00:00Z');
    expect(got).toEqual(['2028-01-31T09:00:00.000Z', '2028-02-29T09:00:00.000Z', '2028-03-31T09:00:00.000Z', '2028-04-30T09:00:00.000Z']);
  });

  it('day 30 in February of a common year is the 28th', () => {
    expect(between(rule({ kind: 'monthly', dayOfMonth: 30, timeZone: 'UTC' }), '2027-02-01T00:00:00Z', '2027-03-01T00:00:00Z')).toEqual(['2027-02-28T09:00:00.000Z']);
  });

  it('quarterly runs in January, April, July and October', () => {
    const got = between(rule({ kind: 'quarterly', dayOfMonth: 1, timeZone: 'Europe/Berlin' }), '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(got).toEqual(['2026-01-01T08:00:00.000Z', '2026-04-01T07:00:00.000Z', '2026-07-01T07:00:00.000Z', '2026-10-01T07:00:00.000Z']);
  });

  it('the next quarterly occurrence after 2 January is 1 April', () => {
    expect(iso(nextOccurrence(rule({ kind: 'quarterly', dayOfMonth: 1, timeZone: 'UTC' }), Date.parse('2026-01-02T00:00:00Z'), 0))).toBe('2026-04-01T09:00:00.000Z');
  });
});

describe('every N days', () => {
  it('counts from the anchor day, in the rule\'s zone', () => {
    const r = rule({ kind: 'every-days', everyDays: 3, timeZone: 'UTC' });
    const anchor = anchorDayOf(Date.parse('2026-12-07T12:00:00Z'), 'UTC');
    expect(between(r, '2026-12-01T00:00:00Z', '2026-12-16T00:00:00Z', anchor)).toEqual([
      '2026-12-07T09:00:00.000Z',
      '2026-12-10T09:00:00.000Z',
      '2026-12-13T09:00:00.000Z',
    ]);
  });
});
