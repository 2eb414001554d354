import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../electron/core/common/checks/summary.ts';
import type { CheckStatus } from '../../../electron/core/common/checks/outcome.ts';
import { Heartbeat } from '../../../electron/core/node/engine/heartbeat.ts';

const STATUSES: CheckStatus[] = ['up', 'warning', 'critical', 'unknown'];
const result = (at: number): CheckResult => ({ checkId: 1, at, status: STATUSES[at % 4]!, latencyMs: at, errorClass: null, message: `run ${at}` });

describe('Heartbeat', () => {
  it('keeps the newest results, newest first, and the last one in full', () => {
    const heartbeat = new Heartbeat(3);
    expect(heartbeat.recent()).toEqual([]);
    expect(heartbeat.last).toBeNull();
    for (let at = 1; at <= 5; at += 1) heartbeat.push(result(at));
    expect(heartbeat.recent()).toEqual([
      { at: 5, status: 'warning' },
      { at: 4, status: 'up' },
      { at: 3, status: 'unknown' },
    ]);
    expect(heartbeat.last).toEqual(result(5));
  });

  it('starts from stored results given newest first, keeping as many as fit', () => {
    const heartbeat = new Heartbeat(2, [result(9), result(8), result(7)]);
    expect(heartbeat.recent()).toEqual([
      { at: 9, status: 'warning' },
      { at: 8, status: 'up' },
    ]);
    expect(heartbeat.last?.at).toBe(9);
    heartbeat.push(result(10));
    expect(heartbeat.recent().map((entry) => entry.at)).toEqual([10, 9]);
  });

  it('keeps wall-clock times exactly', () => {
    const at = Date.UTC(2026, 11, 7, 4, 40, 12, 345);
    const heartbeat = new Heartbeat(30);
    heartbeat.push(result(at));
    expect(heartbeat.recent()[0]?.at).toBe(at);
  });
});
