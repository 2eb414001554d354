import { createFleet, stepFleet } from '../../../electron/core/common/alerts/fleet.ts';
import type {
  FleetEffect,
  FleetEvent,
  FleetNotification,
  FleetOptions,
  FleetResult,
  FleetState,
} from '../../../electron/core/common/alerts/fleet-types.ts';
import type { AlertPolicy } from '../../../electron/core/common/alerts/types.ts';
import type { CheckStatus, ErrorClass } from '../../../electron/core/common/checks/outcome.ts';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const T0 = Date.UTC(2026, 10, 22, 3, 0, 0);

/** What a check reports at a given time (fake time, ms since T0). */
export type Behaviour = (checkId: number, offsetMs: number) => { status: CheckStatus; errorClass: ErrorClass | null };

export const healthy: Behaviour = () => ({ status: 'up', errorClass: null });

export interface FleetSetup {
  readonly checks: number;
  /** Checks are spread round-robin over this many hosts. */
  readonly hosts?: number;
  readonly intervalMs?: number;
  readonly policy?: Partial<AlertPolicy>;
  readonly options?: Partial<FleetOptions>;
}

/**
 * A fleet on fake time: checks run every interval with phases spread evenly over the
 * first interval; `run` advances second by second, sending one batch of the results due
 * in that second and a tick, and keeps every effect with its fake time.
 */
export function fleetHarness(setup: FleetSetup) {
  const intervalMs = setup.intervalMs ?? 30 * SECOND;
  let state: FleetState = createFleet(setup.options);
  const effects: FleetEffect[] = [];
  const send = (event: FleetEvent) => {
    const step = stepFleet(state, event);
    state = step.state;
    effects.push(...step.effects);
  };
  for (let checkId = 1; checkId <= setup.checks; checkId += 1) {
    const host = `host-${checkId % (setup.hosts ?? setup.checks)}.example`;
    send(setup.policy ? { type: 'configure', checkId, host, intervalMs, policy: setup.policy } : { type: 'configure', checkId, host, intervalMs });
  }
  const phase = (checkId: number) => Math.floor(((checkId - 1) * intervalMs) / setup.checks);
  /** Wall-clock offset of the fake clock from "real" elapsed time, for clock jumps. */
  let wallShift = 0;
  let elapsed = 0;

  return {
    send,
    effects,
    get state() {
      return state;
    },
    get now() {
      return T0 + elapsed + wallShift;
    },
    /** Run from the current time for `durationMs` with each check behaving as told. */
    run(durationMs: number, behaviour: Behaviour) {
      const end = elapsed + durationMs;
      while (elapsed < end) {
        elapsed += SECOND;
        const results: FleetResult[] = [];
        for (let checkId = 1; checkId <= setup.checks; checkId += 1) {
          const since = (elapsed - phase(checkId)) % intervalMs;
          if (elapsed < phase(checkId) || since >= SECOND) continue;
          const at = T0 + elapsed + wallShift;
          results.push({ checkId, at, ...behaviour(checkId, elapsed) });
        }
        if (results.length > 0) send({ type: 'results', results });
        send({ type: 'tick', now: T0 + elapsed + wallShift });
      }
    },
    /** The machine slept: real time passes with no results, then a resume. */
    sleep(durationMs: number) {
      elapsed += durationMs;
    },
    /** The wall clock is set by `shiftMs` without real time passing. */
    jumpClock(shiftMs: number) {
      wallShift += shiftMs;
    },
    notifications(fromAt = -Infinity, toAt = Infinity): FleetNotification[] {
      return effects.flatMap((effect) =>
        effect.type === 'notify' && effect.notification.at >= fromAt && effect.notification.at <= toAt ? [effect.notification] : [],
      );
    },
  };
}
