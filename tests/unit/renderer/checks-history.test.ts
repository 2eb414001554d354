import { describe, expect, it } from 'vitest';
import type { CheckResult, CheckSummary, Rollup } from '../../../electron/shared/contract.ts';
import { countByFilter, matchesQuery, matchesStatus } from '../../../renderer/src/features/checks/check-filter.ts';
import { bySeverityThenName, checkTarget, formatAvailability, formatInterval, formatLatency, kindLabel } from '../../../renderer/src/features/checks/check-format.ts';
import { checkHref, checkRouteFromHash } from '../../../renderer/src/features/checks/check-route.ts';
import { heartbeatCells, linePath, niceCeiling, slotsFor, worstStatus } from '../../../renderer/src/features/checks/history-slots.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A fixed "now" half way through an hour (UTC). */
const NOW = Date.UTC(2026, 0, 15, 12, 30);

function rollup(start: number, periodMs: number, fields: Partial<Rollup> = {}): Rollup {
  return { start, periodMs, up: 10, warning: 0, critical: 0, unknown: 0, latencyMin: 5, latencyAvg: 10, latencyP95: 20, latencyMax: 30, ...fields };
}

function result(at: number, status: CheckResult['status'], latencyMs: number | null): CheckResult {
  return { checkId: 1, at, status, latencyMs, errorClass: null, message: null };
}

function summary(fields: Partial<CheckSummary>): CheckSummary {
  return {
    id: 1,
    name: 'API',
    kind: 'http',
    config: { url: 'https://api.example.com/health' },
    intervalMs: 60_000,
    warning: [],
    critical: [],
    runbook: null,
    enabled: true,
    alert: null,
    createdAt: 0,
    updatedAt: 0,
    last: null,
    recent: [],
    availability24h: null,
    ...fields,
  };
}

describe('slotsFor', () => {
  it('lays out every hour of 24 h, oldest first, with gaps where no bucket is', () => {
    const current = Date.UTC(2026, 0, 15, 12);
    const slots = slotsFor('24h', NOW, [rollup(current - 3 * HOUR, HOUR), rollup(current - HOUR, HOUR, { critical: 2 })]);
    expect(slots).toHaveLength(24);
    expect(slots[0]?.start).toBe(Date.UTC(2026, 0, 14, 13));
    expect(slots.at(-1)?.start).toBe(current);
    expect(slots.map((slot) => (slot.bucket ? worstStatus(slot.bucket) : null)).slice(-4)).toEqual(['up', null, 'critical', null]);
  });

  it('marks only the bucket that holds "now" as still filling', () => {
    const current = Date.UTC(2026, 0, 15, 12);
    const slots = slotsFor('24h', NOW, [rollup(current - HOUR, HOUR), rollup(current, HOUR, { critical: 1 })]);
    expect(slots.at(-1)).toMatchObject({ start: current, partial: true, bucket: { critical: 1 } });
    expect(slots.at(-2)).toMatchObject({ start: current - HOUR, partial: false });
  });

  it('uses daily buckets for 30 d', () => {
    const slots = slotsFor('30d', NOW, [rollup(Date.UTC(2026, 0, 10), DAY)]);
    expect(slots).toHaveLength(30);
    expect(slots.filter((slot) => slot.bucket)).toHaveLength(1);
    expect(slotsFor('7d', NOW, [])).toHaveLength(7 * 24);
  });
});

describe('bucket and heartbeat helpers', () => {
  it('names the worst status of a bucket', () => {
    expect(worstStatus({ up: 5, warning: 1, critical: 0, unknown: 3 })).toBe('warning');
    expect(worstStatus({ up: 5, warning: 0, critical: 0, unknown: 1 })).toBe('unknown');
    expect(worstStatus({ up: 0, warning: 0, critical: 0, unknown: 0 })).toBeNull();
    expect(worstStatus(null)).toBeNull();
  });

  it('draws the heartbeat oldest to newest, now at the right', () => {
    expect(heartbeatCells(['c', 'b', 'a'], 5)).toEqual([null, null, 'a', 'b', 'c']);
    expect(heartbeatCells(['d', 'c', 'b', 'a'], 3)).toEqual(['b', 'c', 'd']);
  });

  it('breaks a line at missing values and keeps a lone point visible', () => {
    const path = linePath([10, 20, null, 5, null], (i) => i * 10, (v) => 100 - v, 4);
    expect(path).toBe('M 0 90 L 10 80 M 28 95 h 4');
    expect(linePath([null, null], (i) => i, (v) => v, 1)).toBe('');
  });

  it('rounds an axis top up to 1, 2 or 5 × 10ⁿ', () => {
    expect([0, 7, 10, 11, 180, 240, 999].map(niceCeiling)).toEqual([1, 10, 10, 20, 200, 500, 1000]);
  });
});

describe('formatting', () => {
  it('shows availability with one decimal, rounded down, and a dash when unknown', () => {
    expect(formatAvailability(1)).toBe('100.0%');
    expect(formatAvailability(0.9999)).toBe('99.9%');
    expect(formatAvailability(0.995)).toBe('99.5%');
    expect(formatAvailability(0)).toBe('0.0%');
    expect(formatAvailability(null)).toBe('—');
  });

  it('shows latency in a readable unit', () => {
    expect([null, 0, 6.54, 240.4, 1250, 12_500].map(formatLatency)).toEqual(['—', '<1 ms', '6.5 ms', '240 ms', '1.25 s', '12.5 s']);
  });

  it('names intervals, kinds and targets', () => {
    expect([5_000, 60_000, 300_000, 7_200_000].map(formatInterval)).toEqual(['every 5 s', 'every 60 s', 'every 5 min', 'every 2 h']);
    expect([kindLabel('http'), kindLabel('prometheus-targets')]).toEqual(['HTTP', 'Prometheus targets']);
    expect(checkTarget({ host: 'db', port: 5432 })).toBe('db:5432');
    expect(checkTarget({ name: 'example.com', recordType: 'MX' })).toBe('example.com (MX)');
  });
});

describe('list filters', () => {
  const up = summary({ id: 1, name: 'Web', last: result(1, 'up', 5) });
  const down = summary({ id: 2, name: 'Payments', kind: 'tcp', config: { host: 'pay.internal', port: 443 }, last: result(1, 'critical', null) });
  const fresh = summary({ id: 3, name: 'New one' });

  it('filters by status, "Not up" meaning warning, critical or unknown', () => {
    expect([up, down, fresh].filter((check) => matchesStatus(check, 'problems')).map((check) => check.id)).toEqual([2]);
    expect(countByFilter([up, down, fresh])).toMatchObject({ all: 3, problems: 1, up: 1, critical: 1, never: 1 });
  });

  it('searches name, kind and address, every word', () => {
    expect(matchesQuery(down, 'pay tcp')).toBe(true);
    expect(matchesQuery(up, 'api.example')).toBe(true);
    expect(matchesQuery(up, 'web tcp')).toBe(false);
    expect(matchesQuery(up, '  ')).toBe(true);
  });

  it('sorts problems first, then by name', () => {
    expect([up, fresh, down].sort(bySeverityThenName).map((check) => check.id)).toEqual([2, 3, 1]);
  });
});

describe('check routes', () => {
  it('reads the view from the hash and writes it back', () => {
    expect(checkRouteFromHash('#/checks')).toEqual({ view: 'list' });
    expect(checkRouteFromHash('#/checks/new')).toEqual({ view: 'new' });
    expect(checkRouteFromHash('#/checks/12')).toEqual({ view: 'detail', id: 12 });
    expect(checkRouteFromHash('#/checks/12/edit')).toEqual({ view: 'edit', id: 12 });
    for (const hash of ['#/checks/0', '#/checks/abc', '#/checks/12/nope', '#/checks/-1']) expect(checkRouteFromHash(hash)).toEqual({ view: 'list' });
    expect(checkHref({ view: 'edit', id: 3 })).toBe('#/checks/3/edit');
  });
});
