import { describe, expect, it } from 'vitest';
import { fleetHarness, healthy, HOUR, MINUTE, SECOND, T0, type Behaviour } from './fleet-harness.ts';

const networkDown: Behaviour = () => ({ status: 'critical', errorClass: 'connect' });
const http500: Behaviour = () => ({ status: 'critical', errorClass: 'http_status' });

describe("the issue's figures", () => {
  it('1,000 checks failing with network errors send at most 1 notification in 10 minutes', () => {
    const h = fleetHarness({ checks: 1000, hosts: 40 });
    h.run(MINUTE, healthy);
    h.run(10 * MINUTE, networkDown);
    const sent = h.notifications();
    expect(sent.length).toBeLessThanOrEqual(1);
    expect(sent.map((notification) => notification.kind)).toEqual(['offline']);
    expect(h.state.offline?.reason).toBe('network-errors');
  });

  it('1,000 checks failing with HTTP 500 send at most 3 notifications in 10 minutes, naming every check', () => {
    const h = fleetHarness({ checks: 1000, hosts: 40 });
    h.run(MINUTE, healthy);
    h.run(10 * MINUTE, http500);
    const sent = h.notifications();
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent.length).toBeLessThanOrEqual(3);
    const named = new Set(sent.flatMap((notification) => notification.checkIds));
    expect(named.size).toBe(1000);
    expect(h.state.offline).toBeNull();
  });

  it('flapping on every check for 1 hour sends at most 2 notifications', () => {
    const h = fleetHarness({ checks: 1000, hosts: 40 });
    const flapping: Behaviour = (_, offsetMs) =>
      Math.floor(offsetMs / (30 * SECOND)) % 2 === 0 ? { status: 'critical', errorClass: 'http_status' } : { status: 'up', errorClass: null };
    h.run(HOUR, flapping);
    const sent = h.notifications();
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent.length).toBeLessThanOrEqual(2);
    expect(sent.flatMap((notification) => notification.notices).every((notice) => notice.kind === 'flapping')).toBe(true);
    expect([...h.state.checks.values()].every((check) => check.alert.flapping)).toBe(true);
  });

  it('sleep 2 h then resume with 50 endpoints down: 0 down notifications within the grace period', () => {
    const h = fleetHarness({ checks: 50, hosts: 50 });
    h.run(5 * MINUTE, healthy);
    h.sleep(2 * HOUR);
    h.send({ type: 'resumed', at: h.now });
    const resumedAt = h.now;
    h.run(2 * MINUTE, http500);
    // Grace is max(2 × 30 s, 60 s) = 60 s.
    expect(h.notifications(resumedAt, resumedAt + MINUTE)).toHaveLength(0);
    // Afterwards a real outage is still reported, once, as one group.
    h.run(3 * MINUTE, http500);
    const after = h.notifications(resumedAt);
    expect(after).toHaveLength(1);
    expect(after[0]?.checkIds).toHaveLength(50);
  });

  it('a resume reported as a TimeAnomaly also gets the grace period', () => {
    const h = fleetHarness({ checks: 50, hosts: 50 });
    h.run(5 * MINUTE, healthy);
    h.sleep(2 * HOUR);
    const resumedAt = h.now;
    h.send({ type: 'time-anomaly', anomaly: { kind: 'wall-jump', wallDeltaMs: 2 * HOUR, monotonicDeltaMs: 0, at: resumedAt } });
    h.run(2 * MINUTE, http500);
    expect(h.notifications(resumedAt, resumedAt + MINUTE)).toHaveLength(0);
  });

  for (const shift of [HOUR, -HOUR]) {
    it(`a clock jump of ${shift > 0 ? '+' : '-'}1 h sends no spurious notifications`, () => {
      const h = fleetHarness({ checks: 20, hosts: 20 });
      h.run(MINUTE, healthy);
      // Check 1 fires (critical, unacknowledged) and is announced.
      h.run(150 * SECOND, (checkId) => (checkId === 1 ? http500(checkId, 0) : healthy(checkId, 0)));
      expect(h.notifications()).toHaveLength(1);
      // Check 2 fails twice: pending.
      h.run(45 * SECOND, (checkId) => (checkId <= 2 ? http500(checkId, 0) : healthy(checkId, 0)));
      expect(h.state.checks.get(2)?.alert.phase).toBe('pending');
      h.jumpClock(shift);
      const jumpedAt = h.now;
      h.send({ type: 'time-anomaly', anomaly: { kind: 'wall-jump', wallDeltaMs: shift, monotonicDeltaMs: 0, at: jumpedAt } });
      // Check 2 fails once more across the jump (a third failure "spanning" an hour),
      // then recovers; check 1 stays down, its reminder not yet due.
      h.run(30 * SECOND, (checkId) => (checkId <= 2 ? http500(checkId, 0) : healthy(checkId, 0)));
      h.run(90 * SECOND, (checkId) => (checkId === 1 ? http500(checkId, 0) : healthy(checkId, 0)));
      // Still only the one notification from before the jump.
      expect(h.notifications()).toHaveLength(1);
      expect(h.notifications().every((notification) => notification.at < T0 + 5 * MINUTE)).toBe(true);
      expect(h.state.checks.get(2)?.alert.phase).toBe('ok');
    });
  }

  it('keeps the time an unacknowledged reminder had left across a clock jump', () => {
    const h = fleetHarness({ checks: 3, hosts: 3 });
    h.run(2 * MINUTE, http500);
    const first = h.notifications();
    expect(first).toHaveLength(1);
    h.jumpClock(HOUR);
    h.send({ type: 'time-anomaly', anomaly: { kind: 'wall-jump', wallDeltaMs: HOUR, monotonicDeltaMs: 0, at: h.now } });
    h.run(10 * MINUTE, http500);
    const reminders = h.notifications().slice(1);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.urgency).toBe('escalated');
    // Fired around T0 + 60–90 s; the 5 min deadline lands 1 h later on the new clock.
    expect(reminders[0]?.at).toBeGreaterThan(T0 + HOUR + 6 * MINUTE);
  });
});
