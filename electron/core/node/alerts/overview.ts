import type { FleetCheck, FleetState } from '../../common/alerts/fleet-types.ts';
import { snoozedUntil } from '../../common/alerts/snooze.ts';
import type { AlertHistoryEntry, AlertsOverview, AlertView, TrayState } from '../../common/alerts/views.ts';
import { clockTime, type CheckFacts } from './format-notification.ts';

const PHASE_RANK = { firing: 3, acknowledged: 2, pending: 1 } as const;
const SEVERITY_RANK = { critical: 2, warning: 1 } as const;

/** Local midnight before `now`, in the machine's zone: where "today" starts for the inbox. */
export function localMidnight(now: number): number {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** The next local midnight after `now`: where "today" turns over (23 or 25 hours away across a DST change). */
export function nextLocalMidnight(now: number): number {
  const date = new Date(now);
  date.setHours(24, 0, 0, 0);
  return date.getTime();
}

function view(check: FleetCheck, facts: CheckFacts, fleet: FleetState, now: number): AlertView | null {
  const { alert } = check;
  if (alert.phase === 'ok') return null;
  const since = alert.phase === 'pending' ? alert.failSince : alert.firedAt;
  return {
    checkId: alert.checkId,
    checkName: facts.name,
    phase: alert.phase,
    severity: alert.phase === 'pending' ? alert.streakSeverity : alert.severity,
    since: since ?? now,
    message: facts.message,
    acknowledged: alert.acknowledged,
    flapping: alert.flapping,
    snoozedUntil: snoozedUntil(fleet, alert.checkId, now),
    runbook: facts.runbook,
  };
}

function byWorst(a: AlertView, b: AlertView): number {
  return (
    PHASE_RANK[b.phase] - PHASE_RANK[a.phase] ||
    (b.severity ? SEVERITY_RANK[b.severity] : 0) - (a.severity ? SEVERITY_RANK[a.severity] : 0) ||
    a.since - b.since ||
    a.checkId - b.checkId
  );
}

/** "2 critical, 1 warning (1 acknowledged)", "You're offline since 03:12", "All clear"; then any snooze. */
function summarize(active: readonly AlertView[], fleet: FleetState, snoozedAll: number | null, now: number): string {
  const live = active.filter((alert) => alert.phase !== 'pending');
  const critical = live.filter((alert) => alert.severity === 'critical').length;
  const warning = live.filter((alert) => alert.severity === 'warning').length;
  const acknowledged = live.filter((alert) => alert.phase === 'acknowledged').length;
  const parts: string[] = [];
  if (fleet.offline) parts.push(`You're offline since ${clockTime(fleet.offline.since)}`);
  const counts = [critical > 0 ? `${critical} critical` : '', warning > 0 ? `${warning} warning` : ''].filter(Boolean).join(', ');
  if (counts) parts.push(acknowledged > 0 ? `${counts} (${acknowledged} acknowledged)` : counts);
  if (snoozedAll !== null) parts.push(`Snoozed until ${clockTime(snoozedAll)}`);
  const snoozedChecks = [...fleet.checks.values()].filter((check) => check.snoozedUntil !== null && check.snoozedUntil > now).length;
  if (snoozedAll === null && snoozedChecks > 0) parts.push(`${snoozedChecks} check${snoozedChecks === 1 ? '' : 's'} snoozed`);
  return parts.length > 0 ? parts.join('; ') : 'All clear';
}

function trayState(active: readonly AlertView[], fleet: FleetState, snoozedAll: number | null): TrayState {
  // Offline first: while offline the other colours cannot be trusted.
  if (fleet.offline) return 'offline';
  const live = active.filter((alert) => alert.phase !== 'pending');
  if (live.some((alert) => alert.severity === 'critical')) return 'critical';
  if (live.some((alert) => alert.severity === 'warning')) return 'warning';
  return snoozedAll !== null ? 'snoozed' : 'ok';
}

/** Everything the inbox and the tray show, from the fleet state. */
export function buildOverview(
  fleet: FleetState,
  facts: (checkId: number) => CheckFacts,
  resolvedToday: AlertHistoryEntry[],
  now: number,
): AlertsOverview {
  const active: AlertView[] = [];
  for (const check of fleet.checks.values()) {
    const alert = view(check, facts(check.alert.checkId), fleet, now);
    if (alert) active.push(alert);
  }
  active.sort(byWorst);
  const snoozedAll = fleet.snoozedAllUntil !== null && fleet.snoozedAllUntil > now ? fleet.snoozedAllUntil : null;
  return {
    tray: trayState(active, fleet, snoozedAll),
    summary: summarize(active, fleet, snoozedAll, now),
    offline: fleet.offline,
    snoozedAllUntil: snoozedAll,
    active,
    resolvedToday,
  };
}
