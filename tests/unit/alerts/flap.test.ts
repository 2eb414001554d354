import { describe, expect, it } from 'vitest';
import { createCheckAlert, stepCheckAlert } from '../../../electron/core/common/alerts/check-machine.ts';
import { FLAP_HISTORY, nextFlapping, percentStateChange, pushHistory } from '../../../electron/core/common/alerts/flap.ts';
import type { CheckAlertEffect, CheckAlertState } from '../../../electron/core/common/alerts/types.ts';
import type { CheckStatus } from '../../../electron/core/common/checks/outcome.ts';

const T0 = Date.UTC(2026, 10, 22, 3, 0, 0);
const INTERVAL = 30_000;

function run(statuses: readonly CheckStatus[]) {
  let state: CheckAlertState = createCheckAlert(1);
  const effects: CheckAlertEffect[] = [];
  statuses.forEach((status, index) => {
    const step = stepCheckAlert(state, { type: 'result', result: { at: T0 + index * INTERVAL, status } });
    state = step.state;
    effects.push(...step.effects);
  });
  const notices = effects.flatMap((effect) => (effect.type === 'notify' ? [effect.notice] : []));
  return { state, effects, notices };
}

const alternating = (count: number): CheckStatus[] => Array.from({ length: count }, (_, index) => (index % 2 === 0 ? 'critical' : 'up'));

describe('percent state change', () => {
  it('is 0 for a steady history and 100 for one that changes every time', () => {
    expect(percentStateChange(Array<CheckStatus>(FLAP_HISTORY).fill('up'))).toBe(0);
    expect(percentStateChange(alternating(FLAP_HISTORY))).toBeCloseTo(100);
  });

  it('weights changes from 0.75 (oldest) to 1.25 (newest)', () => {
    const newest: CheckStatus[] = [...Array<CheckStatus>(FLAP_HISTORY - 1).fill('up'), 'critical'];
    const oldest: CheckStatus[] = ['critical', ...Array<CheckStatus>(FLAP_HISTORY - 1).fill('up')];
    expect(percentStateChange(newest)).toBeCloseTo((1.25 * 100) / 20);
    expect(percentStateChange(oldest)).toBeCloseTo((0.75 * 100) / 20);
  });

  it('keeps only the last 21 results', () => {
    let history: readonly CheckStatus[] = [];
    for (const status of alternating(50)) history = pushHistory(history, status);
    expect(history).toHaveLength(FLAP_HISTORY);
  });

  it('starts at 20 % and stops only at 5 % or less', () => {
    // Four recent changes: about 24 %, flapping.
    const four: CheckStatus[] = [...Array<CheckStatus>(16).fill('up'), 'critical', 'up', 'critical', 'up', 'up'];
    expect(percentStateChange(four)).toBeGreaterThanOrEqual(20);
    expect(nextFlapping(false, four)).toBe(true);
    // Two changes (about 10 %): not enough to start, too many to stop.
    const two: CheckStatus[] = [...Array<CheckStatus>(18).fill('up'), 'critical', 'up', 'up'];
    expect(nextFlapping(false, two)).toBe(false);
    expect(nextFlapping(true, two)).toBe(true);
    const one: CheckStatus[] = ['up', 'critical', ...Array<CheckStatus>(19).fill('critical')];
    expect(percentStateChange(one)).toBeLessThanOrEqual(5);
    expect(nextFlapping(true, one)).toBe(false);
  });
});

describe('flapping in the check machine', () => {
  it('sends exactly one flapping notice and no per-transition notices', () => {
    const { state, notices } = run(alternating(120));
    expect(state.flapping).toBe(true);
    expect(notices.map((notice) => notice.kind)).toEqual(['flapping']);
  });

  it('when flapping stops on a real outage, says so once', () => {
    const { state, notices, effects } = run([...alternating(20), ...Array<CheckStatus>(30).fill('critical')]);
    expect(state.flapping).toBe(false);
    expect(state.phase).toBe('firing');
    expect(notices.map((notice) => notice.kind)).toEqual(['flapping', 'firing']);
    expect(effects.some((effect) => effect.type === 'record' && effect.record.kind === 'flapping-stopped')).toBe(true);
  });

  it('when flapping stops on health it never announced, says nothing more', () => {
    const { state, notices } = run([...alternating(20), ...Array<CheckStatus>(30).fill('up')]);
    expect(state.flapping).toBe(false);
    expect(state.phase).toBe('ok');
    expect(notices.map((notice) => notice.kind)).toEqual(['flapping']);
  });

  it('when an announced alert recovers while flapping, the end of flapping resolves it', () => {
    const statuses: CheckStatus[] = ['critical', 'critical', 'critical', ...alternating(12), ...Array<CheckStatus>(30).fill('up')];
    const { state, notices } = run(statuses);
    expect(state.phase).toBe('ok');
    expect(notices.map((notice) => notice.kind)).toEqual(['firing', 'flapping', 'resolved']);
  });
});
