import type { FleetNotification } from '../../common/alerts/fleet-types.ts';
import type { Notice } from '../../common/alerts/types.ts';
import type { DesktopNotification, NotificationAction } from '../../common/ports.ts';

/** What the formatter needs to know about a check to name it and say what it found. */
export interface CheckFacts {
  readonly name: string;
  /** The latest failing result's message ("HTTP 500 from …", "cpu_percent (97) < 90"). */
  readonly message: string | null;
  /** When its failures began or its alert fired, for "since 03:12". */
  readonly since: number | null;
  readonly runbook: string | null;
}

/** Lines in a grouped notification's body before "and N more". */
const BODY_LINES = 5;
/** Names in a title before "and N more": a title is one line on every OS. */
const TITLE_NAMES = 3;

/** "03:12" in the machine's own zone: what a person glancing at a notification reads. */
export function clockTime(at: number): string {
  return new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

function names(checkIds: readonly number[], facts: (id: number) => CheckFacts): string {
  const shown = checkIds.slice(0, TITLE_NAMES).map((id) => facts(id).name);
  const rest = checkIds.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** One check's line: what happened, since when, and what it measured. */
function line(notice: Notice, check: CheckFacts): string {
  const since = check.since === null ? '' : ` since ${clockTime(check.since)}`;
  const found = check.message ? `: ${check.message}` : '';
  switch (notice.kind) {
    case 'firing':
      return `${check.name} ${notice.severity ?? 'failing'}${since}${found}`;
    case 'severity-raised':
      return `${check.name} now ${notice.severity ?? 'worse'}${since}${found}`;
    case 'reminder':
      return `${check.name} still ${notice.severity ?? 'failing'}${since}, not acknowledged${found}`;
    case 'resolved':
      return `${check.name} recovered at ${clockTime(notice.at)}`;
    case 'flapping':
      return `${check.name} keeps going up and down; it will say nothing more until it settles`;
    default:
      return assertNever(notice.kind);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled notice kind: ${String(value)}`);
}

/** The title for one check: what broke, in a few words. */
function singleTitle(notice: Notice, name: string): string {
  switch (notice.kind) {
    case 'firing':
      return notice.severity === 'critical' ? `${name} is down` : `${name}: warning`;
    case 'severity-raised':
      return `${name} is now ${notice.severity ?? 'worse'}`;
    case 'reminder':
      return `Still ${notice.severity ?? 'failing'}: ${name}`;
    case 'resolved':
      return `${name} recovered`;
    case 'flapping':
      return `${name} is flapping`;
    default:
      return assertNever(notice.kind);
  }
}

function groupTitle(notification: FleetNotification, facts: (id: number) => CheckFacts): string {
  const bad = notification.notices.filter((notice) => notice.kind !== 'resolved');
  const badIds = [...new Set(bad.map((notice) => notice.checkId))];
  const goodIds = notification.checkIds.filter((id) => !badIds.includes(id));
  if (badIds.length === 0) return `Recovered: ${names(goodIds, facts)}`;
  const failing = `${badIds.length} failing: ${names(badIds, facts)}`;
  return goodIds.length > 0 ? `${failing} (${goodIds.length} recovered)` : failing;
}

let sequence = 0;

/**
 * A fleet notification as the OS shows it. Title: what broke (check names); body: since
 * when and what was measured, one line per check. Critical and escalated reminders are
 * 'critical' urgency (escalated ones always with sound: nobody answered the first);
 * recoveries are 'low'.
 */
export function formatNotification(notification: FleetNotification, facts: (id: number) => CheckFacts, sound: boolean): DesktopNotification {
  sequence += 1;
  const id = `alerts-${notification.at}-${sequence}`;
  if (notification.kind === 'offline') {
    return {
      id,
      title: "You're offline",
      body: 'Checks that need the network are paused and recorded as unknown. No alerts for them until the connection is back.',
      urgency: 'normal',
      sound: false,
      actions: [],
      checkIds: [],
    };
  }
  const latest = new Map<number, Notice>();
  for (const notice of notification.notices) latest.set(notice.checkId, notice);
  const notices = [...latest.values()];
  const lines = notices.slice(0, BODY_LINES).map((notice) => line(notice, facts(notice.checkId)));
  if (notices.length > BODY_LINES) lines.push(`and ${notices.length - BODY_LINES} more`);
  const only = notices.length === 1 ? notices[0] : undefined;
  let title = only ? singleTitle(only, facts(only.checkId).name) : groupTitle(notification, facts);
  if (notification.kind === 'summary') title = `${notification.checkIds.length} more: ${title}`;
  const allResolved = notices.every((notice) => notice.kind === 'resolved');
  const escalated = notification.urgency === 'escalated';
  const critical = notification.severity === 'critical' && !allResolved;
  const actions: NotificationAction[] = [];
  if (!allResolved) actions.push('acknowledge');
  if (notices.some((notice) => notice.kind !== 'resolved' && facts(notice.checkId).runbook)) actions.push('open-runbook');
  return {
    id,
    title,
    body: lines.join('\n'),
    urgency: escalated || critical ? 'critical' : allResolved ? 'low' : 'normal',
    sound: escalated || (critical && sound),
    actions,
    checkIds: notification.checkIds,
  };
}
