import type { ChecklistRun, ChecklistTemplateView } from '../../../../electron/shared/contract.ts';

type Recurrence = ChecklistTemplateView['recurrence'];

const DAY_NAMES: Readonly<Record<string, string>> = {
  monday: 'Mon',
  tuesday: 'Tue',
  wednesday: 'Wed',
  thursday: 'Thu',
  friday: 'Fri',
  saturday: 'Sat',
  sunday: 'Sun',
};

function ordinal(day: number): string {
  if (day >= 29) return day === 31 ? 'last day' : `${day}th (or last day)`;
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `${day}${suffix}`;
}

/** "Daily at 09:00 (Europe/Berlin)", "Mon, Wed, Fri at 17:00 (UTC)". */
export function describeRecurrence(recurrence: Recurrence): string {
  const at = `at ${recurrence.time} (${recurrence.timeZone})`;
  const days = recurrence.weekdays.map((day) => DAY_NAMES[day] ?? day).join(', ');
  switch (recurrence.kind) {
    case 'daily':
      return `Daily ${at}`;
    case 'weekdays':
      return `${days} ${at}`;
    case 'weekly':
      return `Weekly on ${days || 'Mon'} ${at}`;
    case 'monthly':
      return `Monthly on the ${ordinal(recurrence.dayOfMonth ?? 1)} ${at}`;
    case 'quarterly':
      return `Quarterly on the ${ordinal(recurrence.dayOfMonth ?? 1)} ${at}`;
    case 'every-days':
      return `Every ${recurrence.everyDays ?? 1} days ${at}`;
  }
}

/** "80%" or "—" before any run settled. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** "7:42 left of 10 min", "Overdue by 3:05": the budget counting down while the run is open. */
export function countdown(run: Pick<ChecklistRun, 'dueAt' | 'overdueAt' | 'budgetMinutes'>, now: number): string {
  if (now >= run.overdueAt) return `Overdue by ${clock(now - run.overdueAt)}`;
  const budget = run.budgetMinutes === null ? '' : ` of ${run.budgetMinutes} min`;
  return `${clock(run.overdueAt - now)} left${budget}`;
}

export const RUN_STATUS_LABELS: Readonly<Record<ChecklistRun['status'], string>> = {
  due: 'Due',
  overdue: 'Overdue',
  done: 'Done',
  missed: 'Missed',
};

/** The user's own zone, where the runtime can tell; UTC otherwise. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
