import { describe, expect, it } from 'vitest';
import type { AlertView } from '../../../electron/shared/contract.ts';
import {
  activeCount,
  groupAlerts,
  historyCheckOptions,
  minutesUntilTomorrowMorning,
  parseSnoozeMinutes,
  runbookLink,
} from '../../../renderer/src/features/alerts/alert-format.ts';
import { alertHref, alertRouteFromHash } from '../../../renderer/src/features/alerts/alert-route.ts';
import { maintenanceErrors } from '../../../renderer/src/features/alerts/maintenance-errors.ts';

const alert = (checkId: number, phase: AlertView['phase']): AlertView => ({
  checkId,
  checkName: `check ${checkId}`,
  phase,
  severity: phase === 'pending' ? null : 'critical',
  since: 0,
  message: null,
  acknowledged: null,
  flapping: false,
  snoozedUntil: null,
  runbook: null,
});

describe('alerts inbox helpers', () => {
  it('groups active alerts by phase, keeping the core’s worst-first order', () => {
    const groups = groupAlerts([alert(1, 'firing'), alert(2, 'pending'), alert(3, 'acknowledged'), alert(4, 'firing')]);
    expect(groups.firing.map((entry) => entry.checkId)).toEqual([1, 4]);
    expect(groups.acknowledged.map((entry) => entry.checkId)).toEqual([3]);
    expect(groups.pending.map((entry) => entry.checkId)).toEqual([2]);
  });

  it('counts fired alerts for the badge, not pending ones', () => {
    expect(activeCount([alert(1, 'firing'), alert(2, 'pending'), alert(3, 'acknowledged')])).toBe(2);
    expect(activeCount([])).toBe(0);
  });

  it('snoozes until tomorrow 08:00 local, even at 3am', () => {
    const threeAm = new Date(2026, 11, 7, 3, 0).getTime();
    expect(minutesUntilTomorrowMorning(threeAm)).toBe(29 * 60);
    const evening = new Date(2026, 11, 7, 23, 30).getTime();
    expect(minutesUntilTomorrowMorning(evening)).toBe(8 * 60 + 30);
  });

  it('reads custom minutes within the contract’s bounds, with a reason otherwise', () => {
    expect(parseSnoozeMinutes(' 45 ')).toEqual({ ok: true, minutes: 45 });
    expect(parseSnoozeMinutes('0')).toEqual({ ok: false, error: 'Must be at least 1 minute.' });
    expect(parseSnoozeMinutes('10081')).toMatchObject({ ok: false, error: expect.stringMatching(/at most 10080/) });
    for (const text of ['', '1.5', '-3', 'ten', '1e3']) expect(parseSnoozeMinutes(text).ok).toBe(false);
  });

  it('links https runbooks outside, imported ones to the runbooks section, and shows the rest as text', () => {
    expect(runbookLink('https://wiki.example.com/api')).toEqual({ kind: 'external', href: 'https://wiki.example.com/api' });
    expect(runbookLink('7')).toEqual({ kind: 'runbook', id: 7, href: '#/runbooks/7' });
    expect(runbookLink('javascript:alert(1)')).toEqual({ kind: 'text', text: 'javascript:alert(1)' });
    expect(runbookLink('http://wiki.example.com/api')).toEqual({ kind: 'text', text: 'http://wiki.example.com/api' });
    expect(runbookLink('https://user:pw@evil.example/')).toMatchObject({ kind: 'text' });
    expect(runbookLink(null)).toBeNull();
    expect(runbookLink('  ')).toBeNull();
  });

  it('offers each named check once, by name', () => {
    expect(
      historyCheckOptions([
        { checkId: 2, checkName: 'b' },
        { checkId: 1, checkName: 'a' },
        { checkId: 2, checkName: 'b (old name)' },
      ]),
    ).toEqual([
      { checkId: 1, checkName: 'a' },
      { checkId: 2, checkName: 'b' },
    ]);
  });
});

describe('alerts routes', () => {
  it('reads the view and the alert a notification opened', () => {
    expect(alertRouteFromHash('#/alerts')).toEqual({ view: 'inbox', focus: null });
    expect(alertRouteFromHash('#/alerts/12')).toEqual({ view: 'inbox', focus: 12 });
    expect(alertRouteFromHash('#/alerts/history')).toEqual({ view: 'history' });
    expect(alertRouteFromHash('#/alerts/maintenance')).toEqual({ view: 'maintenance' });
    expect(alertRouteFromHash('#/alerts/nope')).toEqual({ view: 'inbox', focus: null });
    expect(alertHref('history')).toBe('#/alerts/history');
    expect(alertHref('inbox')).toBe('#/alerts');
  });
});

describe('maintenanceErrors', () => {
  it('puts each of the core’s reasons next to its field', () => {
    expect(maintenanceErrors('maintenance.create: window.title: must not be empty; window.schedule: must not be empty')).toEqual({
      fields: { title: ['must not be empty'], schedule: ['must not be empty'] },
      general: [],
    });
    expect(maintenanceErrors('window.schedule: unknown time zone "Mars/Olympus"; try an IANA name')).toEqual({
      fields: { schedule: ['unknown time zone "Mars/Olympus"; try an IANA name'] },
      general: [],
    });
    expect(maintenanceErrors('window.checkIds: there is no check with id 9')).toEqual({ fields: { checkIds: ['there is no check with id 9'] }, general: [] });
    expect(maintenanceErrors('The core is not reachable')).toEqual({ fields: {}, general: ['The core is not reachable'] });
  });
});
