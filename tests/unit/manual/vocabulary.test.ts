import { describe, expect, it } from 'vitest';
import { findPriorities, findRecurrence, findTimeOfDay, findTimebox } from '../../../electron/core/common/manual/index.ts';

describe('priority markers', () => {
  it.each([
    ['System Down (P0 - Immediate Response)', 'P', 0, 'P0'],
    ['Checkout Unavailable (P0 - Respond Now)', 'P', 0, 'P0'],
    ['P4: cosmetic', 'P', 4, 'P4'],
    ['Major outage (SEV-1)', 'SEV', 1, 'SEV-1'],
    ['SEV1 database loss', 'SEV', 1, 'SEV-1'],
    ['Sev 2 latency', 'SEV', 2, 'SEV-2'],
    ['Treating as a SEV-5', 'SEV', 5, 'SEV-5'],
    ['Runner backlog (S2)', 'S', 2, 'S2'],
    ['Handling S3/S4', 'S', 3, 'S3'],
    ['Queue stuck - S1', 'S', 1, 'S1'],
    ['Database Slow (High)', 'word', 1, 'High'],
    ['Disk full - Critical', 'word', 0, 'Critical'],
    ['Noise (Low priority)', 'word', 3, 'Low'],
    ['Cache misses (medium)', 'word', 2, 'Medium'],
  ] as const)('%s', (heading, scheme, level, label) => {
    expect(findPriorities(heading)[0]).toEqual({ scheme, level, label });
  });

  it('lists every marker in reading order', () => {
    expect(findPriorities('Double Charges Reported (P0 - Critical)').map((each) => each.label)).toEqual(['P0', 'Critical']);
    expect(findPriorities('Issue priorities (P1/P2/P3)').map((each) => each.label)).toEqual(['P1', 'P2', 'P3']);
  });

  it.each(['### S3', 'Diagnosis for S3 Connection Failure', 'High memory usage', '(High memory usage)', 'Low disk space', 'Critical path', 'AP1 region', 'P5 tasks', 'SEV-9'])(
    'finds no marker in %s',
    (heading) => {
      expect(findPriorities(heading)).toEqual([]);
    },
  );
});

describe('timeboxes', () => {
  it.each([
    ['Immediate Actions (5 minutes)', 5],
    ['Escalate (2 hours)', 120],
    ['Triage (30 min)', 30],
    ['Triage (30 mins)', 30],
    ['Quick look (~15m)', 15],
    ['Failover Exercise (3 hours)', 180],
    ['Fix (1.5 hours)', 90],
    ['Drill (1h)', 60],
    ['Mitigate (5–10 minutes)', 10],
    ['Contain (within 15 minutes)', 15],
    ['Review (1 day)', 1440],
    ['What to do in the first 5 minutes', 5],
    ['In the first 2 hours', 120],
  ] as const)('%s → %d minutes', (text, minutes) => {
    expect(findTimebox(text)).toBe(minutes);
  });

  it.each(['Card Data Exposure Suspected (P1 - 1 Hour Response)', 'Recovery', 'Check the last 5 minutes of logs', 'Step (5)'])('finds no timebox in %s', (text) => {
    expect(findTimebox(text)).toBeNull();
  });
});

describe('recurrence and time of day', () => {
  it.each([
    ['Daily Routine', 'daily', null],
    ['Daily Operations', 'daily', null],
    ['Nightly checks', 'daily', null],
    ['Weekly Routine', 'weekly', null],
    ['Monthly review', 'monthly', null],
    ['Quarterly Routine', 'quarterly', null],
    ['Monday Review', 'weekday', 'monday'],
    ['Weekly (Fridays)', 'weekday', 'friday'],
    ['Annual audit', 'custom', null],
  ] as const)('%s → %s', (heading, kind, weekday) => {
    expect(findRecurrence(heading)).toEqual({ kind, weekday, source: heading });
  });

  it('names no recurrence for an ordinary heading', () => {
    expect(findRecurrence('Restore Drill')).toBeNull();
  });

  it.each([
    ['Morning checks', 'morning'],
    ['Evening wrap', 'evening'],
    ['End-of-Day tasks', 'end-of-day'],
    ['End of the day', 'end-of-day'],
    ['Start-of-Shift Sweep', 'start-of-shift'],
    ['End-of-Shift Wrap-up', 'end-of-shift'],
    ['Restore Drill', null],
  ] as const)('%s → %s', (heading, time) => {
    expect(findTimeOfDay(heading)).toBe(time);
  });
});
