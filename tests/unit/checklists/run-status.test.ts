import { describe, expect, it } from 'vitest';
import { completionRate, MISSED_AFTER_MS, runStatus, runTiming } from '../../../electron/core/common/checklists/index.ts';
import { FakeClock } from '../../helpers/fake-clock.ts';

const MIN = 60_000;

describe('run timing and status', () => {
  it('turns overdue after the budget and missed when the next occurrence comes due', () => {
    const clock = new FakeClock(Date.UTC(2026, 11, 7, 9, 0));
    const due = clock.now();
    const timing = runTiming(due, due + 24 * 60 * MIN, 10, null);
    expect(timing).toEqual({ dueAt: due, overdueAt: due + 10 * MIN, missedAt: due + 24 * 60 * MIN });
    expect(runStatus(timing, null, clock.now())).toBe('due');
    clock.advance(10 * MIN - 1);
    expect(runStatus(timing, null, clock.now())).toBe('due');
    clock.advance(1);
    expect(runStatus(timing, null, clock.now())).toBe('overdue');
    clock.advance(24 * 60 * MIN);
    expect(runStatus(timing, null, clock.now())).toBe('missed');
    expect(runStatus(timing, due + 5 * MIN, clock.now())).toBe('done');
  });

  it('uses an hour without budget or grace, and the grace over the budget', () => {
    expect(runTiming(0, null, null, null).overdueAt).toBe(60 * MIN);
    expect(runTiming(0, null, 10, 30).overdueAt).toBe(30 * MIN);
  });

  it('calls a quarterly run missed after a day, not three months; never before it was overdue', () => {
    expect(runTiming(0, 90 * 24 * 60 * MIN, 180, null).missedAt).toBe(MISSED_AFTER_MS);
    expect(runTiming(0, 30 * MIN, null, 120).missedAt).toBe(120 * MIN);
  });

  it('rates done over settled runs, null before any settled', () => {
    expect(completionRate(0, 0)).toBeNull();
    expect(completionRate(3, 1)).toBe(0.75);
  });
});
