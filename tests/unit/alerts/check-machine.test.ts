import { describe, expect, it } from 'vitest';
import { createCheckAlert, stepCheckAlert } from '../../../electron/core/common/alerts/check-machine.ts';
import {
  DEFAULT_POLICY,
  type AlertPolicy,
  type CheckAlertEffect,
  type CheckAlertEvent,
  type CheckAlertState,
  type Notice,
} from '../../../electron/core/common/alerts/types.ts';
import type { CheckStatus } from '../../../electron/core/common/checks/outcome.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const T0 = Date.UTC(2026, 10, 22, 3, 0, 0);

/** Drives one check's machine through events and keeps every effect. */
function machine(policy: Partial<AlertPolicy> = {}) {
  let state: CheckAlertState = createCheckAlert(7, { ...DEFAULT_POLICY, ...policy });
  const effects: CheckAlertEffect[] = [];
  const send = (event: CheckAlertEvent) => {
    const step = stepCheckAlert(state, event);
    state = step.state;
    effects.push(...step.effects);
  };
  return {
    get state() {
      return state;
    },
    effects,
    send,
    result: (offsetMs: number, status: CheckStatus) => send({ type: 'result', result: { at: T0 + offsetMs, status } }),
    tick: (offsetMs: number) => send({ type: 'tick', now: T0 + offsetMs }),
    notices: (): Notice[] => effects.flatMap((effect) => (effect.type === 'notify' ? [effect.notice] : [])),
    records: () => effects.flatMap((effect) => (effect.type === 'record' ? [effect.record] : [])),
  };
}

/** Three critical results 30 s apart: fires at 60 s. */
function fired(policy: Partial<AlertPolicy> = {}, status: CheckStatus = 'critical') {
  const m = machine(policy);
  for (const offset of [0, 30, 60]) m.result(offset * SECOND, status);
  return m;
}

describe('check alert machine', () => {
  it('a blip (one failure then success) sends 0 notifications', () => {
    const m = machine();
    m.result(0, 'critical');
    expect(m.state.phase).toBe('pending');
    m.result(30 * SECOND, 'up');
    m.result(60 * SECOND, 'up');
    expect(m.state.phase).toBe('ok');
    expect(m.notices()).toHaveLength(0);
  });

  it('3 failures over at least 60 s send exactly 1 notification', () => {
    const m = fired();
    expect(m.state.phase).toBe('firing');
    expect(m.state.severity).toBe('critical');
    expect(m.notices()).toEqual([{ checkId: 7, kind: 'firing', severity: 'critical', urgency: 'normal', at: T0 + MINUTE }]);
  });

  it('does not fire on 3 quick failures that span less than `for`', () => {
    const m = machine();
    for (const offset of [0, 5, 10]) m.result(offset * SECOND, 'critical');
    expect(m.state.phase).toBe('pending');
    m.result(59 * SECOND, 'critical');
    expect(m.state.phase).toBe('pending');
    m.result(60 * SECOND, 'critical');
    expect(m.state.phase).toBe('firing');
    expect(m.notices()).toHaveLength(1);
  });

  it('honours per-check failures and for', () => {
    const m = machine({ failures: 5, forMs: 0 });
    for (let index = 0; index < 4; index += 1) m.result(index * SECOND, 'warning');
    expect(m.state.phase).toBe('pending');
    m.result(4 * SECOND, 'warning');
    expect(m.state.phase).toBe('firing');
    expect(m.state.severity).toBe('warning');
  });

  it("treats 'unknown' as neither failing nor succeeding", () => {
    const m = machine();
    m.result(0, 'critical');
    m.result(30 * SECOND, 'unknown');
    m.result(45 * SECOND, 'critical');
    expect(m.state.failStreak).toBe(2);
    m.result(60 * SECOND, 'critical');
    expect(m.state.phase).toBe('firing');
    m.result(90 * SECOND, 'up');
    m.result(100 * SECOND, 'unknown');
    m.result(120 * SECOND, 'up');
    expect(m.state.phase).toBe('ok');
  });

  it('resolves after `successes` consecutive good results, not before', () => {
    const m = fired({ successes: 3 });
    m.result(90 * SECOND, 'up');
    m.result(120 * SECOND, 'up');
    m.result(150 * SECOND, 'critical');
    m.result(180 * SECOND, 'up');
    m.result(210 * SECOND, 'up');
    expect(m.state.phase).toBe('firing');
    m.result(240 * SECOND, 'up');
    expect(m.state.phase).toBe('ok');
    expect(m.notices().map((notice) => notice.kind)).toEqual(['firing', 'resolved']);
    expect(m.records().map((entry) => entry.kind)).toEqual(['pending', 'firing', 'resolved']);
  });

  it('re-notifies when severity rises from warning to critical, not when it stays', () => {
    const m = fired({}, 'warning');
    m.result(90 * SECOND, 'warning');
    m.result(120 * SECOND, 'critical');
    m.result(150 * SECOND, 'warning');
    expect(m.state.severity).toBe('critical');
    expect(m.notices().map((notice) => [notice.kind, notice.severity])).toEqual([
      ['firing', 'warning'],
      ['severity-raised', 'critical'],
    ]);
  });

  it('acknowledgement stops reminders, keeps checking, records who and when, and clears on recovery', () => {
    const m = fired({ escalateAfterMs: 10 * MINUTE });
    m.send({ type: 'acknowledge', by: 'ana', at: T0 + 2 * MINUTE });
    expect(m.state.phase).toBe('acknowledged');
    expect(m.state.acknowledged).toEqual({ by: 'ana', at: T0 + 2 * MINUTE });
    expect(m.records().at(-1)).toEqual({ checkId: 7, kind: 'acknowledged', at: T0 + 2 * MINUTE, severity: 'critical', by: 'ana' });
    for (let minute = 3; minute <= 60; minute += 1) m.result(minute * MINUTE, 'critical');
    expect(m.notices()).toHaveLength(1);
    expect(m.effects.some((effect) => effect.type === 'escalate')).toBe(false);
    m.result(61 * MINUTE, 'up');
    m.result(62 * MINUTE, 'up');
    expect(m.state.phase).toBe('ok');
    expect(m.state.acknowledged).toBeNull();
    expect(m.notices().map((notice) => notice.kind)).toEqual(['firing', 'resolved']);
  });

  it('ignores an acknowledgement when nothing is firing', () => {
    const m = machine();
    m.send({ type: 'acknowledge', by: 'ana', at: T0 });
    expect(m.state.phase).toBe('ok');
    expect(m.effects).toHaveLength(0);
  });

  it('re-notifies an unacknowledged critical alert at escalated urgency after 5 min, then every 30 min', () => {
    const m = fired();
    m.tick(MINUTE + 5 * MINUTE - 1);
    expect(m.notices()).toHaveLength(1);
    m.tick(MINUTE + 5 * MINUTE);
    expect(m.notices().at(-1)).toMatchObject({ kind: 'reminder', urgency: 'escalated', at: T0 + 6 * MINUTE });
    m.tick(6 * MINUTE + 30 * MINUTE - 1);
    expect(m.notices()).toHaveLength(2);
    m.tick(36 * MINUTE);
    m.tick(66 * MINUTE);
    expect(m.notices().map((notice) => notice.at - T0)).toEqual([MINUTE, 6 * MINUTE, 36 * MINUTE, 66 * MINUTE]);
  });

  it('sends one reminder, not a burst, when time has moved far past several deadlines', () => {
    const m = fired();
    m.tick(5 * 60 * MINUTE);
    expect(m.notices().map((notice) => notice.kind)).toEqual(['firing', 'reminder']);
  });

  it('does not remind for a warning alert', () => {
    const m = fired({}, 'warning');
    m.tick(2 * 60 * MINUTE);
    expect(m.notices()).toHaveLength(1);
  });

  it('asks for the escalation webhook once, after the second deadline, unless acknowledged', () => {
    const m = fired({ escalateAfterMs: 15 * MINUTE });
    m.tick(15 * MINUTE);
    expect(m.effects.some((effect) => effect.type === 'escalate')).toBe(false);
    m.tick(16 * MINUTE);
    m.tick(40 * MINUTE);
    expect(m.effects.filter((effect) => effect.type === 'escalate')).toEqual([
      { type: 'escalate', checkId: 7, severity: 'critical', at: T0 + 16 * MINUTE },
    ]);
  });

  it('a rebase keeps the time a deadline had left and restarts a pending streak', () => {
    const m = fired();
    m.tick(3 * MINUTE);
    m.send({ type: 'rebase', at: T0 + 3 * MINUTE + 60 * MINUTE });
    m.tick(3 * MINUTE + 60 * MINUTE + 2 * MINUTE);
    expect(m.notices()).toHaveLength(1);
    m.tick(3 * MINUTE + 60 * MINUTE + 3 * MINUTE);
    expect(m.notices().map((notice) => notice.kind)).toEqual(['firing', 'reminder']);

    const p = machine();
    p.result(0, 'critical');
    p.result(30 * SECOND, 'critical');
    p.send({ type: 'rebase', at: T0 + 90 * MINUTE });
    expect(p.state.phase).toBe('ok');
    p.result(90 * MINUTE, 'critical');
    expect(p.notices()).toHaveLength(0);
  });
});
