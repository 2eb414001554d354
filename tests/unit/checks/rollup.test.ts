import { describe, expect, it } from 'vitest';
import { availability, bucketStart, HOUR_MS, percentile, rollUp } from '../../../electron/core/common/checks/rollup.ts';

describe('rollup math', () => {
  it('aligns buckets to UTC hours and days', () => {
    const at = Date.UTC(2026, 10, 22, 3, 17, 45, 123);
    expect(bucketStart(at, HOUR_MS)).toBe(Date.UTC(2026, 10, 22, 3));
    expect(bucketStart(at, 24 * HOUR_MS)).toBe(Date.UTC(2026, 10, 22));
  });

  it('takes the nearest-rank percentile', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNull();
  });

  it('counts statuses and summarises latency, ignoring results without one', () => {
    const r = rollUp(
      [
        { status: 'up', latencyMs: 10 },
        { status: 'up', latencyMs: 30 },
        { status: 'warning', latencyMs: 20 },
        { status: 'critical', latencyMs: null },
        { status: 'unknown', latencyMs: null },
      ],
      0,
      HOUR_MS,
    );
    expect(r).toMatchObject({ up: 2, warning: 1, critical: 1, unknown: 1, latencyMin: 10, latencyAvg: 20, latencyP95: 30, latencyMax: 30 });
  });

  it('counts warning as available and leaves unknown out', () => {
    expect(availability({ up: 2, warning: 1, critical: 1, unknown: 50 })).toBe(0.75);
    expect(availability({ up: 0, warning: 0, critical: 0, unknown: 3 })).toBeNull();
  });
});
