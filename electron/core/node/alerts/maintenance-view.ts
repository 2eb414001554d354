import { occurrenceAt, type MaintenanceWindow } from '../../common/alerts/maintenance.ts';
import { addDays, localParts, localToUtc, type LocalDate } from '../../common/alerts/time-zone.ts';
import type { MaintenanceEntry } from '../../common/alerts/views.ts';
import type { StoredMaintenance } from './maintenance-store.ts';

/** every-days windows repeat at most every 366 days, so a year and a bit finds any next one. */
const LOOKAHEAD_DAYS = 400;

/**
 * The occurrence running at `now`, or else the next one to start; null when there is
 * none ahead (a one-off window in the past). Tries each local date's start time in the
 * window's own zone, so DST days are handled by the same code that decides membership.
 */
export function nextOccurrence(window: MaintenanceWindow, now: number): { start: number; end: number } | null {
  const current = occurrenceAt(window, now);
  if (current) return { start: current.start, end: current.end };
  let date: LocalDate = localParts(now, window.timeZone);
  for (let day = 0; day <= LOOKAHEAD_DAYS; day += 1, date = addDays(date, 1)) {
    const start = localToUtc(date, window.start, window.timeZone);
    if (start < now) continue;
    const span = occurrenceAt(window, start);
    if (span && span.start === start) return { start, end: span.end };
  }
  return null;
}

export function toMaintenanceEntry(stored: StoredMaintenance, now: number): MaintenanceEntry {
  const next = nextOccurrence(stored.window, now);
  return {
    id: stored.id,
    title: stored.title,
    schedule: stored.schedule,
    checkIds: stored.checkIds,
    next,
    activeNow: next !== null && next.start <= now && now < next.end,
  };
}

/** The windows that apply to one check: those for every check and those naming it. */
export function windowsFor(checkId: number, all: readonly StoredMaintenance[]): MaintenanceWindow[] {
  return all.filter((entry) => entry.checkIds === null || entry.checkIds.includes(checkId)).map((entry) => entry.window);
}

/** The title of the window `checkId` is in at `at`, for the stored result's message. */
export function maintenanceTitleAt(checkId: number, all: readonly StoredMaintenance[], at: number): string | null {
  for (const entry of all) {
    if ((entry.checkIds === null || entry.checkIds.includes(checkId)) && occurrenceAt(entry.window, at)) return entry.title;
  }
  return null;
}
