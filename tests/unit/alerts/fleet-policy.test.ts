import { describe, expect, it } from 'vitest';
import { createFleet, stepFleet } from '../../../electron/core/common/alerts/fleet.ts';
import type { FleetEffect, FleetEvent, FleetNotification, FleetOptions, FleetState } from '../../../electron/core/common/alerts/fleet-types.ts';
import { snoozedUntil } from '../../../electron/core/common/alerts/snooze.ts';
import type { MaintenanceWindow } from '../../../electron/core/common/alerts/maintenance.ts';
import type { AlertPolicy } from '../../../electron/core/common/alerts/types.ts';
import type { CheckStatus, ErrorClass } from '../../../electron/core/common/checks/outcome.ts';
import { HOUR, MINUTE, SECOND, T0 } from './fleet-harness.ts';

/** A fleet driven by hand, one event at a time, on fake time (ms since T0). */
function fleet(checks: number, options: Partial<FleetOptions> = {}, policy: Partial<AlertPolicy> = {}) {
  let state: FleetState = createFleet(options);
  const effects: FleetEffect[] = [];
  const send = (event: FleetEvent) => {
    const step = stepFleet(state, event);
    state = step.state;
    effects.push(...step.effects);
  };
  for (let checkId = 1; checkId <= checks; checkId += 1) send({ type: 'configure', checkId, host: `h${checkId}`, intervalMs: 30 * SECOND, policy });
  return {
    send,
    effects,
    get state() {
      return state;
    },
    result(checkId: number, offsetMs: number, status: CheckStatus, errorClass: ErrorClass | null = status === 'up' ? null : 'http_status') {
      send({ type: 'results', results: [{ checkId, at: T0 + offsetMs, status, errorClass }] });
    },
    tick(offsetMs: number) {
      send({ type: 'tick', now: T0 + offsetMs });
    },
    notifications(): FleetNotification[] {
      return effects.flatMap((effect) => (effect.type === 'notify' ? [effect.notification] : []));
    },
  };
}

/** Fire check `checkId` at `offsetMs` with a one-result policy. */
const IMMEDIATE: Partial<AlertPolicy> = { failures: 1, forMs: 0 };

describe('fleet policy', () => {
  it('groups alerts that start within groupWait into one notification naming every check', () => {
    const f = fleet(5, {}, IMMEDIATE);
    for (let checkId = 1; checkId <= 5; checkId += 1) f.result(checkId, checkId * 5 * SECOND, 'critical');
    f.tick(34 * SECOND);
    expect(f.notifications()).toHaveLength(0);
    f.tick(35 * SECOND);
    expect(f.notifications()).toHaveLength(1);
    expect(f.notifications()[0]).toMatchObject({ kind: 'alerts', severity: 'critical', checkIds: [1, 2, 3, 4, 5], at: T0 + 35 * SECOND });
  });

  it('sends at most 3 notifications a minute and folds the rest into one "N more" summary', () => {
    const f = fleet(6, { groupWaitMs: SECOND }, IMMEDIATE);
    for (let second = 0; second <= 120; second += 1) {
      if (second % 10 === 0 && second / 10 + 1 <= 6) f.result(second / 10 + 1, second * SECOND, 'warning');
      f.tick(second * SECOND);
    }
    const sent = f.notifications();
    expect(sent.map((notification) => notification.kind)).toEqual(['alerts', 'alerts', 'alerts', 'summary']);
    expect(sent[3]?.checkIds).toEqual([4, 5, 6]);
    for (const notification of sent) {
      const inMinute = sent.filter((other) => other.at > notification.at - MINUTE && other.at <= notification.at);
      expect(inMinute.length).toBeLessThanOrEqual(3);
    }
  });

  it('sends at most 10 notifications an hour', () => {
    const f = fleet(20, {}, IMMEDIATE);
    for (let second = 0; second <= 2 * 3600; second += 5) {
      const checkId = second / 40 + 1;
      if (Number.isInteger(checkId) && checkId <= 20) f.result(checkId, second * SECOND, 'warning');
      f.tick(second * SECOND);
    }
    const sent = f.notifications();
    expect(sent.filter((notification) => notification.at < T0 + HOUR)).toHaveLength(10);
    expect(sent.at(-1)?.kind).toBe('summary');
    expect(new Set(sent.flatMap((notification) => notification.checkIds)).size).toBe(20);
  });

  it('goes offline once when the OS says so: no per-check notifications, network failures unknown', () => {
    const f = fleet(10, {}, IMMEDIATE);
    f.send({ type: 'online', online: false, at: T0 });
    for (let second = 0; second < 600; second += 30) {
      for (let checkId = 1; checkId <= 10; checkId += 1) f.result(checkId, second * SECOND, 'critical', checkId === 1 ? 'http_status' : 'timeout');
      f.tick(second * SECOND + 1);
    }
    expect(f.notifications().map((notification) => notification.kind)).toEqual(['offline']);
    expect(f.state.offline).toEqual({ since: T0, reason: 'os' });
    expect(f.state.checks.get(2)?.alert.phase).toBe('ok');
    // The OS is back, but the latest results still fail at network level: still offline.
    f.send({ type: 'online', online: true, at: T0 + 600 * SECOND });
    expect(f.state.offline?.reason).toBe('network-errors');
    for (let checkId = 1; checkId <= 10; checkId += 1) f.result(checkId, 610 * SECOND, 'up');
    expect(f.state.offline).toBeNull();
    expect(f.notifications()).toHaveLength(1);
    const connectivity = f.effects.flatMap((effect) => (effect.type === 'connectivity' ? [effect.online] : []));
    expect(connectivity).toEqual([false, true]);
  });

  it('does not call network failures on fewer than 3 hosts an outage of ours', () => {
    const f = fleet(4, {}, IMMEDIATE);
    // Checks 1 and 2 share a host: two hosts fail at network level.
    f.send({ type: 'configure', checkId: 2, host: 'h1', intervalMs: 30 * SECOND, policy: IMMEDIATE });
    f.result(1, 0, 'critical', 'dns');
    f.result(2, SECOND, 'critical', 'dns');
    f.result(3, 2 * SECOND, 'critical', 'connect');
    f.tick(40 * SECOND);
    expect(f.state.offline).toBeNull();
    expect(f.notifications()).toHaveLength(1);
    expect(f.notifications()[0]?.checkIds).toEqual([1, 2, 3]);
  });

  it('acknowledging through the fleet stops reminders and records who', () => {
    const f = fleet(1, {}, IMMEDIATE);
    f.result(1, 0, 'critical');
    f.tick(30 * SECOND);
    f.send({ type: 'acknowledge', checkId: 1, by: 'sam', at: T0 + MINUTE });
    for (let minute = 2; minute < 120; minute += 1) f.tick(minute * MINUTE);
    expect(f.notifications()).toHaveLength(1);
    const acknowledged = { checkId: 1, kind: 'acknowledged', at: T0 + MINUTE, severity: 'critical', by: 'sam' };
    expect(f.effects).toContainEqual({ type: 'record', record: acknowledged });
  });

  it('passes the escalation webhook effect through', () => {
    const f = fleet(1, {}, { ...IMMEDIATE, escalateAfterMs: 10 * MINUTE });
    f.result(1, 0, 'critical');
    for (let minute = 1; minute <= 12; minute += 1) f.tick(minute * MINUTE);
    const escalations = f.effects.filter((effect) => effect.type === 'escalate');
    expect(escalations).toEqual([{ type: 'escalate', checkId: 1, severity: 'critical', at: T0 + 10 * MINUTE }]);
  });
});

describe('results that finish out of order', () => {
  // Results are stamped when their run started; a slow run's result lands after quicker,
  // later-stamped ones. The fleet's time must not go back for it.
  it('keeps the newest time seen when an older-stamped result arrives', () => {
    const f = fleet(2);
    f.result(1, 20 * SECOND, 'up');
    f.result(2, 12 * SECOND, 'up');
    expect(f.state.now).toBe(T0 + 20 * SECOND);
  });

  it('still goes offline once when network failures arrive out of start order', () => {
    const f = fleet(4, {}, IMMEDIATE);
    for (const [checkId, offset] of [[1, 0], [2, 0], [3, 0], [4, 0]] as const) f.result(checkId, offset, 'up');
    for (const [checkId, offset] of [[2, 31], [1, 30.5], [4, 33], [3, 32]] as const) f.result(checkId, offset * SECOND, 'critical', 'connect');
    expect(f.state.offline).toMatchObject({ reason: 'network-errors' });
    expect(f.notifications().map((notification) => notification.kind)).toEqual(['offline']);
  });
});

describe('snooze', () => {
  it('silences one check until its time, exposes snoozed-until, then tells what fired meanwhile', () => {
    const f = fleet(2, {}, IMMEDIATE);
    f.send({ type: 'snooze', checkId: 1, until: T0 + 20 * MINUTE, at: T0 });
    expect(snoozedUntil(f.state, 1, T0)).toBe(T0 + 20 * MINUTE);
    expect(snoozedUntil(f.state, 2, T0)).toBeNull();
    f.result(1, MINUTE, 'warning');
    for (let minute = 2; minute < 20; minute += 1) f.tick(minute * MINUTE);
    expect(f.notifications()).toHaveLength(0);
    f.tick(20 * MINUTE);
    f.tick(21 * MINUTE);
    expect(snoozedUntil(f.state, 1, T0 + 21 * MINUTE)).toBeNull();
    expect(f.notifications()).toHaveLength(1);
    expect(f.notifications()[0]).toMatchObject({ kind: 'alerts', checkIds: [1] });
  });

  it('silences everything, escalations included, and resumes by itself', () => {
    const f = fleet(3, {}, { ...IMMEDIATE, escalateAfterMs: 5 * MINUTE });
    f.send({ type: 'snooze', checkId: null, until: T0 + HOUR, at: T0 });
    for (let checkId = 1; checkId <= 3; checkId += 1) f.result(checkId, checkId * SECOND, 'critical');
    for (let minute = 1; minute < 60; minute += 1) f.tick(minute * MINUTE);
    expect(f.notifications()).toHaveLength(0);
    expect(f.effects.some((effect) => effect.type === 'escalate')).toBe(false);
    expect(snoozedUntil(f.state, 2, T0 + 30 * MINUTE)).toBe(T0 + HOUR);
    f.tick(HOUR);
    f.tick(HOUR + MINUTE);
    expect(f.notifications()).toHaveLength(1);
    expect(f.notifications()[0]?.checkIds).toEqual([1, 2, 3]);
  });
});

describe('maintenance in the fleet', () => {
  it('results inside a window do not alert; the same failures after it do', () => {
    // T0 is Sunday 2026-11-22 03:00 UTC; the window is that Sunday 03:00–04:00 UTC.
    const window: MaintenanceWindow = { kind: 'weekly', days: [0], start: { hour: 3, minute: 0 }, durationMs: HOUR, timeZone: 'UTC' };
    const f = fleet(0);
    f.send({ type: 'configure', checkId: 1, host: 'h1', intervalMs: 30 * SECOND, maintenance: [window] });
    for (let second = 0; second < 3600; second += 30) {
      f.result(1, second * SECOND, 'critical');
      f.tick(second * SECOND + 1);
    }
    expect(f.notifications()).toHaveLength(0);
    expect(f.state.checks.get(1)?.alert.phase).toBe('ok');
    for (let second = 3600; second < 3600 + 180; second += 30) {
      f.result(1, second * SECOND, 'critical');
      f.tick(second * SECOND + 1);
    }
    expect(f.notifications()).toHaveLength(1);
  });

  it('holds back reminders of an alert that was already firing when the window began', () => {
    const window: MaintenanceWindow = {
      kind: 'once',
      date: { year: 2026, month: 11, day: 22 },
      start: { hour: 3, minute: 2 },
      durationMs: HOUR,
      timeZone: 'UTC',
    };
    const f = fleet(0);
    f.send({ type: 'configure', checkId: 1, host: 'h1', intervalMs: 30 * SECOND, policy: IMMEDIATE, maintenance: [window] });
    f.result(1, 0, 'critical');
    for (let minute = 1; minute < 62; minute += 1) f.tick(minute * MINUTE);
    expect(f.notifications()).toHaveLength(1);
  });
});


describe('what the user missed', () => {
  it('an alert that fired while offline is told once the laptop is back online', () => {
    const f = fleet(1, {}, IMMEDIATE);
    f.send({ type: 'online', online: false, at: T0 });
    // A service on this machine answers 500 even offline.
    f.result(1, 10 * SECOND, 'critical', 'http_status');
    for (let second = 20; second <= 120; second += 10) f.tick(second * SECOND);
    expect(f.notifications().map((notification) => notification.kind)).toEqual(['offline']);
    f.send({ type: 'online', online: true, at: T0 + 121 * SECOND });
    for (let second = 122; second <= 200; second += 2) f.tick(second * SECOND);
    const sent = f.notifications();
    expect(sent.map((notification) => notification.kind)).toEqual(['offline', 'alerts']);
    expect(sent[1]?.notices).toEqual([{ checkId: 1, kind: 'firing', severity: 'critical', urgency: 'normal', at: T0 + 122 * SECOND }]);
  });

  it('a recovery while offline is told once back online', () => {
    const f = fleet(1, {}, IMMEDIATE);
    f.result(1, 0, 'critical');
    f.tick(30 * SECOND);
    f.send({ type: 'online', online: false, at: T0 + 40 * SECOND });
    f.result(1, 50 * SECOND, 'up');
    f.result(1, 80 * SECOND, 'up');
    f.tick(90 * SECOND);
    expect(f.state.checks.get(1)?.alert.phase).toBe('ok');
    f.send({ type: 'online', online: true, at: T0 + 100 * SECOND });
    f.tick(100 * SECOND);
    f.tick(130 * SECOND);
    const kinds = f.notifications().flatMap((notification) => notification.notices.map((notice) => notice.kind));
    expect(kinds).toEqual(['firing', 'resolved']);
  });

  it('an alert that fired and resolved inside a snooze is never mentioned', () => {
    const f = fleet(1, {}, IMMEDIATE);
    f.send({ type: 'snooze', checkId: 1, until: T0 + 10 * MINUTE, at: T0 });
    f.result(1, MINUTE, 'critical');
    f.result(1, 2 * MINUTE, 'up');
    f.result(1, 3 * MINUTE, 'up');
    for (let minute = 4; minute <= 30; minute += 1) f.tick(minute * MINUTE);
    expect(f.notifications()).toHaveLength(0);
    expect(f.state.checks.get(1)?.snoozedUntil).toBeNull();
  });
});
