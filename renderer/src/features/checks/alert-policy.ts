import type { CheckAlertPolicy } from '../../../../electron/shared/contract.ts';

/**
 * The app's default thresholds, shown as placeholders and in a check's details. The
 * window may not import the core, so this repeats DEFAULT_POLICY (core/common/alerts);
 * a unit test keeps the two equal.
 */
export const ALERT_DEFAULTS = { failures: 3, forSeconds: 60, successes: 2 } as const;

/** The three inputs as typed; blank keeps the default. */
export interface AlertDraft {
  readonly failures: string;
  readonly forSeconds: string;
  readonly successes: string;
}

export type AlertField = keyof AlertDraft;

export const ALERT_FIELDS: readonly AlertField[] = ['failures', 'forSeconds', 'successes'];

/** What the form should say when a box holds something that is not a number. */
const NOT_A_NUMBER: Readonly<Record<AlertField, string>> = {
  failures: 'enter how many failing results fire the alert (1–100), or leave it blank for the default',
  forSeconds: 'enter how many seconds the failures must span (0–86400), or leave it blank for the default',
  successes: 'enter how many good results resolve the alert (1–100), or leave it blank for the default',
};

export function alertDraft(alert: CheckAlertPolicy | null | undefined): AlertDraft {
  const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return { failures: text(alert?.failures), forSeconds: text(alert?.forSeconds), successes: text(alert?.successes) };
}

export type BuiltAlert =
  | { readonly ok: true; readonly alert: CheckAlertPolicy | null }
  | { readonly ok: false; readonly errors: Readonly<Record<string, readonly string[]>> };

/**
 * The policy to send: null when every box is blank. Only "is it a number" is checked
 * here; ranges and whole numbers are the core's to judge, so its message (naming
 * `check.alert.failures`) lands next to the box like any other field's.
 */
export function alertFrom(draft: AlertDraft): BuiltAlert {
  const errors: Record<string, string[]> = {};
  const values: Record<AlertField, number | null> = { failures: null, forSeconds: null, successes: null };
  for (const field of ALERT_FIELDS) {
    const typed = draft[field].trim();
    if (typed === '') continue;
    const value = Number(typed);
    if (Number.isFinite(value)) values[field] = value;
    else errors[`alert.${field}`] = [NOT_A_NUMBER[field]];
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const alert = values.failures === null && values.forSeconds === null && values.successes === null ? null : values;
  return { ok: true, alert };
}

/** The thresholds in force, each marked when it is the default. */
export function effectiveAlert(alert: CheckAlertPolicy | null | undefined): Record<AlertField, { value: number; isDefault: boolean }> {
  const pick = (field: AlertField) => {
    const own = alert?.[field];
    return own === null || own === undefined ? { value: ALERT_DEFAULTS[field], isDefault: true } : { value: own, isDefault: false };
  };
  return { failures: pick('failures'), forSeconds: pick('forSeconds'), successes: pick('successes') };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "Fires after 3 failing results over at least 60 s; resolves after 2 good results." */
export function describeAlert(alert: CheckAlertPolicy | null | undefined): string {
  const { failures, forSeconds, successes } = effectiveAlert(alert);
  const span = forSeconds.value === 0 ? '' : ` over at least ${forSeconds.value} s`;
  return `Fires after ${plural(failures.value, 'failing result', 'failing results')}${span}; resolves after ${plural(successes.value, 'good result', 'good results')}.`;
}
