/**
 * Pure helpers for the alerts inbox: grouping, snooze presets, runbook links, labels.
 * No React and no `window`, so they are unit-tested under plain Node.
 */
import type { AlertView, RecordKind, Severity } from '../../../../electron/shared/contract.ts';

/** The snooze channel's bounds (minutes), as the contract checks them. */
export const SNOOZE_MIN_MINUTES = 1;
export const SNOOZE_MAX_MINUTES = 7 * 24 * 60;
/** "Until tomorrow" means until the start of the next working morning. */
export const MORNING_HOUR = 8;

export interface InboxGroups {
  readonly firing: AlertView[];
  readonly acknowledged: AlertView[];
  readonly pending: AlertView[];
}

/** The core sends active alerts worst first; the inbox keeps that order inside each group. */
export function groupAlerts(active: readonly AlertView[]): InboxGroups {
  return {
    firing: active.filter((alert) => alert.phase === 'firing'),
    acknowledged: active.filter((alert) => alert.phase === 'acknowledged'),
    pending: active.filter((alert) => alert.phase === 'pending'),
  };
}

/** What the nav badge counts: alerts that fired and are not resolved (pending ones have not paged anyone). */
export function activeCount(active: readonly AlertView[]): number {
  return active.filter((alert) => alert.phase !== 'pending').length;
}

/** Minutes from `now` to tomorrow at 08:00 local time (the day after `now`'s date). */
export function minutesUntilTomorrowMorning(now: number): number {
  const morning = new Date(now);
  morning.setDate(morning.getDate() + 1);
  morning.setHours(MORNING_HOUR, 0, 0, 0);
  return Math.max(SNOOZE_MIN_MINUTES, Math.min(SNOOZE_MAX_MINUTES, Math.ceil((morning.getTime() - now) / 60_000)));
}

/** A typed number of minutes, or why it cannot be used (shown next to the field). */
export function parseSnoozeMinutes(text: string): { ok: true; minutes: number } | { ok: false; error: string } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: 'Enter a whole number of minutes.' };
  const minutes = Number(trimmed);
  if (minutes < SNOOZE_MIN_MINUTES) return { ok: false, error: 'Must be at least 1 minute.' };
  if (minutes > SNOOZE_MAX_MINUTES) return { ok: false, error: `Must be at most ${SNOOZE_MAX_MINUTES} minutes (7 days).` };
  return { ok: true, minutes };
}

export type RunbookLink =
  | { readonly kind: 'external'; readonly href: string }
  | { readonly kind: 'runbook'; readonly id: number; readonly href: string }
  | { readonly kind: 'text'; readonly text: string };

/**
 * A check's runbook: an https URL opens outside the app (target=_blank goes through the
 * shell's external-link rules), a number is an imported runbook in the Runbooks
 * section, anything else is shown as written and not followed.
 */
export function runbookLink(runbook: string | null): RunbookLink | null {
  const text = runbook?.trim() ?? '';
  if (text === '') return null;
  if (/^[1-9]\d{0,14}$/.test(text)) return { kind: 'runbook', id: Number(text), href: `#/runbooks/${text}` };
  try {
    const url = new URL(text);
    if (url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '') return { kind: 'external', href: url.href };
  } catch {
    // Not a URL: shown as text below.
  }
  return { kind: 'text', text };
}

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { warning: 'Warning', critical: 'Critical' };

export const RECORD_LABELS: Readonly<Record<RecordKind, string>> = {
  pending: 'Failing (pending)',
  firing: 'Fired',
  'severity-raised': 'Severity raised',
  acknowledged: 'Acknowledged',
  reminded: 'Reminded (not acknowledged)',
  escalated: 'Escalated',
  resolved: 'Resolved',
  'flapping-started': 'Started flapping',
  'flapping-stopped': 'Stopped flapping',
};

/** A check named somewhere (a history line, an active alert). */
export interface NamedCheck {
  readonly checkId: number;
  readonly checkName: string;
}

/** The checks the history can be filtered by: every one named in `sources`, by name, once each. */
export function historyCheckOptions(sources: readonly NamedCheck[]): NamedCheck[] {
  const names = new Map<number, string>();
  for (const entry of sources) if (!names.has(entry.checkId)) names.set(entry.checkId, entry.checkName);
  return [...names].map(([checkId, checkName]) => ({ checkId, checkName })).sort((a, b) => a.checkName.localeCompare(b.checkName) || a.checkId - b.checkId);
}
