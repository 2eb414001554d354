/**
 * The core names the field at fault: `maintenance.create: window.title: must not be
 * empty; window.schedule: …`, or (from the schedule parser) `window.schedule: expected a
 * time like 02:00 …`. The form shows each reason next to its own field.
 */
export type MaintenanceField = 'title' | 'schedule' | 'checkIds';

export interface MaintenanceErrors {
  readonly fields: Partial<Record<MaintenanceField, string[]>>;
  readonly general: string[];
}

const FIELDS: readonly MaintenanceField[] = ['title', 'schedule', 'checkIds'];

export function maintenanceErrors(message: string): MaintenanceErrors {
  const fields: Partial<Record<MaintenanceField, string[]>> = {};
  const general: string[] = [];
  const body = message.replace(/^maintenance\.[A-Za-z]+: /, '');
  // Split only where the next part names a field: a reason may itself contain "; ".
  const parts = body.split(/; (?=window\.)/);
  for (const part of parts) {
    const match = /^window\.([A-Za-z]+)(?:\.\d+)?: ([\s\S]*)$/.exec(part.trim());
    const field = match && FIELDS.find((name) => name === match[1]);
    if (match && field) (fields[field] ??= []).push(match[2] ?? '');
    else if (part.trim() !== '') general.push(part.trim());
  }
  return { fields, general };
}

/** Examples shown under the schedule field, in the forms the core reads. */
export const SCHEDULE_EXAMPLES = [
  'Sunday 02:00–06:00 America/New_York',
  'Wednesday 22:00–02:00',
  'Mon-Fri 12:00-12:30',
  'daily 03:00-03:15',
  'day 1 00:00-02:00',
  'every 3 days from 2026-01-01 04:00-05:00',
  '2026-12-24 18:00-20:00',
] as const;
