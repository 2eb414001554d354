import { describe, expect, it } from 'vitest';
import { shortTime, trayModel, type TrayMenuEntry } from '../../../electron/main/tray-model.ts';
import type { AlertsOverview, AlertView } from '../../../electron/shared/contract.ts';

const alert = (checkId: number, phase: AlertView['phase'], severity: AlertView['severity']): AlertView => ({
  checkId,
  checkName: `check ${checkId}`,
  phase,
  severity,
  since: 0,
  message: null,
  acknowledged: phase === 'acknowledged' ? { by: 'ana', at: 1 } : null,
  flapping: false,
  snoozedUntil: null,
  runbook: null,
});

const overview = (patch: Partial<AlertsOverview>): AlertsOverview => ({
  tray: 'ok',
  summary: 'All clear',
  offline: null,
  snoozedAllUntil: null,
  active: [],
  resolvedToday: [],
  ...patch,
});

const labels = (menu: readonly TrayMenuEntry[]) => menu.map((entry) => (entry.type === 'item' ? entry.label : '---'));
const time = (ms: number) => `T${ms}`;

describe('trayModel', () => {
  it('shows the worst state, the summary as tooltip and first line, and counts what to acknowledge', () => {
    const model = trayModel(
      { overview: overview({ tray: 'critical', summary: '1 critical, 1 warning', active: [alert(1, 'firing', 'critical'), alert(2, 'acknowledged', 'warning'), alert(3, 'pending', null)] }) },
      time,
    );
    expect(model.status).toBe('critical');
    expect(model.tooltip).toBe('On-Call Companion — 1 critical, 1 warning');
    expect(labels(model.menu)).toEqual(['1 critical, 1 warning', '---', 'Open alerts (2)', 'Acknowledge all (1)', 'Snooze all for 1 hour', '---', 'Quit']);
    expect(model.menu[0]).toMatchObject({ enabled: false });
    expect(model.menu.find((entry) => entry.type === 'item' && entry.command === 'acknowledge-all')).toMatchObject({ enabled: true });
  });

  it('offers nothing to acknowledge when nothing fires, and resume while snoozed', () => {
    const model = trayModel({ overview: overview({ tray: 'snoozed', summary: 'Snoozed until T5', snoozedAllUntil: 5 }) }, time);
    expect(model.status).toBe('snoozed');
    expect(model.menu.find((entry) => entry.type === 'item' && entry.command === 'acknowledge-all')).toMatchObject({ enabled: false });
    expect(model.menu.find((entry) => entry.type === 'item' && entry.command === 'resume')).toMatchObject({ label: 'Resume alerts (snoozed until T5)' });
  });

  it('passes offline through', () => {
    expect(trayModel({ overview: overview({ tray: 'offline', summary: "You're offline", offline: { since: 1, reason: 'os' } }) }, time).status).toBe('offline');
  });

  it('says why there is no overview instead of claiming all is well', () => {
    const model = trayModel({ problem: 'alerts.overview is not available in this version yet.' }, time);
    expect(model.tooltip).toBe('On-Call Companion — Alerts unavailable: alerts.overview is not available in this version yet.');
    expect(labels(model.menu)).toEqual(['Alerts unavailable: alerts.overview is not available in this version yet.', '---', 'Open alerts', '---', 'Quit']);
  });
});

describe('shortTime', () => {
  it('adds the weekday when the time is not today', () => {
    const now = new Date(2026, 11, 7, 3, 0).getTime();
    expect(shortTime(new Date(2026, 11, 7, 4, 30).getTime(), now)).toMatch(/04:30|4:30/);
    expect(shortTime(new Date(2026, 11, 8, 8, 0).getTime(), now)).toMatch(/^\D+.*0?8:00/);
  });
});
