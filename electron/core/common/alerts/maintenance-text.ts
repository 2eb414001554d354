import { fail, ok, type Result } from '../result.ts';
import type { MaintenanceWindow } from './maintenance.ts';
import { maintenanceWindowSchema } from './schema.ts';
import type { LocalDate, LocalTime } from './time-zone.ts';

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;

/** `Sunday`, `sun`, `Sun.`: a weekday number, or null. */
function weekdayOf(word: string): number | null {
  const name = word.toLowerCase().replace(/\.$/, '');
  if (name.length < 3) return null;
  const index = DAY_NAMES.findIndex((day) => day.startsWith(name));
  return index === -1 ? null : index;
}

/** `Mon,Wed`, `Mon-Fri`, `Sat and Sun` → weekday numbers; null if any part is not a day. */
function weekdays(text: string): number[] | null {
  const days = new Set<number>();
  for (const part of text.split(/\s*(?:,|\band\b)\s*/i).filter(Boolean)) {
    const [from, to, extra] = part.split('-').map((word) => weekdayOf(word.trim()));
    if (from === undefined || from === null || extra !== undefined || to === null) return null;
    // A range wraps past Saturday: "Fri-Mon" is Friday to Monday.
    const span = to === undefined ? 0 : (to - from + 7) % 7;
    for (let step = 0; step <= span; step += 1) days.add((from + step) % 7);
  }
  return days.size > 0 ? [...days].sort((a, b) => a - b) : null;
}

function date(text: string): LocalDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

type When = Pick<MaintenanceWindow, 'kind'> & Record<string, unknown>;

/** The part before the times: which days the window is on. */
function when(text: string): When | null {
  const lower = text.trim().toLowerCase();
  if (lower === 'daily' || lower === 'every day') return { kind: 'weekly', days: [0, 1, 2, 3, 4, 5, 6] };
  const monthly = /^(?:monthly on )?day (\d{1,2})$/.exec(lower);
  if (monthly) return { kind: 'monthly', dayOfMonth: Number(monthly[1]) };
  const every = /^every (\d+) days from (\S+)$/.exec(lower);
  if (every) return { kind: 'every-days', everyDays: Number(every[1]), from: date(every[2] ?? '') };
  const once = date(lower);
  if (once) return { kind: 'once', date: once };
  const days = weekdays(text);
  return days ? { kind: 'weekly', days } : null;
}

/**
 * Read a maintenance window as a person writes it: "Sunday 02:00–06:00 America/New_York",
 * "Wednesday 22:00–02:00" (crosses midnight), "Mon-Fri 12:00-12:30", "daily 03:00-03:15",
 * "day 1 00:00-02:00", "every 3 days from 2026-01-01 04:00-05:00", "2026-12-24 18:00-20:00".
 * Without a zone the window is in `defaultZone`. An end at or before the start is on the
 * next day; the window lasts the minutes between the two wall times.
 */
export function parseMaintenanceWindow(text: string, defaultZone: string): Result<MaintenanceWindow> {
  const match = /^(.+?)\s+(\d{1,2}):(\d{2})\s*(?:[-–—]|to)\s*(\d{1,2}):(\d{2})(?:\s+(\S+))?\s*$/i.exec(text.trim());
  if (!match) return fail('bad_request', 'maintenance window: write days then times, e.g. "Sunday 02:00–06:00 America/New_York"');
  const days = when(match[1] ?? '');
  if (!days) return fail('bad_request', `maintenance window: "${match[1]}" is not a day, a list of days, "daily", "day N" or a date`);
  const start: LocalTime = { hour: Number(match[2]), minute: Number(match[3]) };
  const startMinutes = start.hour * 60 + start.minute;
  const endMinutes = Number(match[4]) * 60 + Number(match[5]);
  const minutes = endMinutes > startMinutes ? endMinutes - startMinutes : endMinutes + DAY_MINUTES - startMinutes;
  const parsed = maintenanceWindowSchema.safeParse({ ...days, start, durationMs: minutes * MINUTE_MS, timeZone: match[6] ?? defaultZone });
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return fail('bad_request', `maintenance window: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is not valid'}`.trim());
}
