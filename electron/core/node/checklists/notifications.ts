/** What the notification centre shows when a checklist run comes due or runs over. */
import type { DesktopNotification, Logger, NotifierPort } from '../../common/ports.ts';
import type { StoredRun } from './runs-repository.ts';

export function runNotification(run: StoredRun, which: 'due' | 'overdue'): DesktopNotification {
  const open = run.items.filter((item) => item.state === 'open').length;
  const budget = run.budgetMinutes === null ? '' : `, about ${run.budgetMinutes} min`;
  return {
    // One id per run and kind, so a shell that replaces by id never hides the other.
    id: `checklist-run-${run.id}-${which}`,
    title: which === 'due' ? `Checklist due: ${run.title}` : `Checklist overdue: ${run.title}`,
    body: which === 'due' ? `${open} item${open === 1 ? '' : 's'} to do${budget}.` : `${open} item${open === 1 ? '' : 's'} still open.`,
    urgency: 'normal',
    sound: false,
    actions: [],
    checkIds: [],
  };
}

/** Without a notification centre (tests, a headless serve), the notification is logged, not lost. */
export function loggingNotifier(logger: Logger): NotifierPort {
  return { show: (notification) => logger.info(`Notification: ${notification.title}: ${notification.body}`) };
}
