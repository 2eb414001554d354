/**
 * What the tray shows for an alerts overview: icon, tooltip and menu, as plain data.
 * Pure (no `electron` import) so it is unit-tested under plain Node; tray.ts renders it.
 */
import type { AlertsOverview, TrayState } from '../shared/contract.ts';

/** What a menu item does; main carries it out through the core's contract channels. */
export type TrayCommand = 'open-alerts' | 'acknowledge-all' | 'snooze-hour' | 'resume' | 'quit';

export type TrayMenuEntry =
  | { readonly type: 'separator' }
  | { readonly type: 'item'; readonly label: string; readonly enabled: boolean; readonly command?: TrayCommand };

export interface TrayModel {
  readonly status: TrayState;
  readonly tooltip: string;
  readonly menu: readonly TrayMenuEntry[];
}

export const APP_NAME = 'On-Call Companion';

/** Where the tray's information comes from: an overview, or why there is none (yet). */
export type TraySource = { readonly overview: AlertsOverview } | { readonly problem: string };

const item = (label: string, command?: TrayCommand, enabled = true): TrayMenuEntry => ({ type: 'item', label, enabled, ...(command ? { command } : {}) });
const separator: TrayMenuEntry = { type: 'separator' };

/**
 * Without an overview (the alerts core unavailable, or not answered yet) the icon stays
 * 'ok' and the text says why: there is no 'unknown' icon, and claiming 'offline' would
 * be a lie about the network.
 */
export function trayModel(source: TraySource, formatTime: (ms: number) => string): TrayModel {
  if (!('overview' in source)) {
    const line = `Alerts unavailable: ${source.problem}`;
    return {
      status: 'ok',
      tooltip: `${APP_NAME} — ${line}`,
      menu: [item(line, undefined, false), separator, item('Open alerts', 'open-alerts'), separator, item('Quit', 'quit')],
    };
  }
  const { overview } = source;
  const firing = overview.active.filter((alert) => alert.phase === 'firing').length;
  const active = overview.active.filter((alert) => alert.phase !== 'pending').length;
  const snooze =
    overview.snoozedAllUntil === null
      ? item('Snooze all for 1 hour', 'snooze-hour')
      : item(`Resume alerts (snoozed until ${formatTime(overview.snoozedAllUntil)})`, 'resume');
  return {
    status: overview.tray,
    tooltip: `${APP_NAME} — ${overview.summary}`,
    // Many Linux desktops show no tooltips, so the summary is also the menu's first line.
    menu: [
      item(overview.summary, undefined, false),
      separator,
      item(active > 0 ? `Open alerts (${active})` : 'Open alerts', 'open-alerts'),
      item(firing > 0 ? `Acknowledge all (${firing})` : 'Acknowledge all', 'acknowledge-all', firing > 0),
      snooze,
      separator,
      item('Quit', 'quit'),
    ],
  };
}

const sameDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const otherDay = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });

/** "04:30" today, "Tue 04:30" on another day: a snooze until tomorrow must not read as today. */
export function shortTime(ms: number, now: number): string {
  return new Date(ms).toDateString() === new Date(now).toDateString() ? sameDay.format(ms) : otherDay.format(ms);
}
