/**
 * What the request schema cannot see: whether the time zone exists in this runtime and
 * whether the rule has the fields its kind needs. Each problem names its field the way
 * the dispatcher names schema problems (`template.recurrence.timeZone: …`).
 */
import { isTimeZone } from '../alerts/time-zone.ts';
import type { TemplateDraft } from './types.ts';

export function templateProblems(draft: TemplateDraft, prefix = 'template'): string[] {
  const problems: string[] = [];
  const rule = draft.recurrence;
  const at = `${prefix}.recurrence`;
  if (!isTimeZone(rule.timeZone)) problems.push(`${at}.timeZone: "${rule.timeZone}" is not a known IANA time zone (e.g. Europe/Berlin)`);
  if (rule.kind === 'weekdays' && rule.weekdays.length === 0) problems.push(`${at}.weekdays: choose at least one day`);
  if (rule.kind === 'weekly' && rule.weekdays.length !== 1) problems.push(`${at}.weekdays: choose exactly one day for a weekly routine`);
  if ((rule.kind === 'monthly' || rule.kind === 'quarterly') && rule.dayOfMonth === null) problems.push(`${at}.dayOfMonth: choose a day of the month`);
  if (rule.kind === 'every-days' && rule.everyDays === null) problems.push(`${at}.everyDays: say every how many days`);
  draft.items.forEach((item, index) => {
    if (item.autoTick && item.checkId === null) problems.push(`${prefix}.items.${index}.autoTick: link a check to tick it automatically`);
  });
  return problems;
}
