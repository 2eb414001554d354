import type { CheckKindInfo, CheckSummary } from '../../../../electron/shared/contract.ts';
import type { CheckInput } from '../../stores/checks-store.ts';
import { alertDraft, alertFrom, type AlertDraft } from './alert-policy.ts';
import { configFrom, draftFor, type ConfigDraft } from './config-draft.ts';
import type { ConditionLines, FieldKey, FormErrors } from './form-errors.ts';
import { fieldPaths, fieldsFromSchema, type ConfigField } from './schema-fields.ts';
import { kindLabel } from './check-format.ts';

/** What the form holds: text as typed; the check to send is built from it on Test or Save. */
export interface CheckFormState {
  readonly name: string;
  readonly kind: string;
  readonly intervalSeconds: string;
  readonly enabled: boolean;
  readonly runbook: string;
  readonly warning: string;
  readonly critical: string;
  readonly config: ConfigDraft;
  /** Alerting thresholds as typed; blank keeps the default. */
  readonly alert: AlertDraft;
}

export const DEFAULT_INTERVAL_SECONDS = 60;

/** The form's own labels: a config field with the same label is renamed (see schema-fields.ts). */
export const FORM_LABELS: ReadonlySet<string> = new Set(['Name', 'Kind', 'Interval (seconds)', 'Enabled', 'Runbook', 'Critical conditions', 'Warning conditions', 'Fail after (results)', 'Over at least (seconds)', 'Resolve after (good results)']);

export function kindFields(kind: CheckKindInfo | undefined): ConfigField[] {
  return kind ? fieldsFromSchema(kind.config, { reserved: FORM_LABELS, prefix: kindLabel(kind.kind) }) : [];
}

export function initialFormState(kinds: readonly CheckKindInfo[], check: CheckSummary | null): CheckFormState {
  const kind = check?.kind ?? kinds[0]?.kind ?? '';
  const fields = kindFields(kinds.find((entry) => entry.kind === kind));
  return {
    name: check?.name ?? '',
    kind,
    intervalSeconds: String(check ? check.intervalMs / 1000 : DEFAULT_INTERVAL_SECONDS),
    enabled: check?.enabled ?? true,
    runbook: check?.runbook ?? '',
    warning: check?.warning.join('\n') ?? '',
    critical: check?.critical.join('\n') ?? '',
    config: draftFor(fields, check?.config),
    alert: alertDraft(check?.alert),
  };
}

/** The non-blank lines of a textarea, and the line number each came from. */
export function conditionLines(text: string): { readonly conditions: string[]; readonly lineNumbers: number[] } {
  const conditions: string[] = [];
  const lineNumbers: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    conditions.push(line.trim());
    lineNumbers.push(index + 1);
  });
  return { conditions, lineNumbers };
}

export type BuiltInput = { readonly ok: true; readonly input: CheckInput; readonly lines: ConditionLines } | { readonly ok: false; readonly errors: FormErrors };

/** The check to send, or errors the form can name without asking the core. */
export function buildInput(state: CheckFormState, fields: readonly ConfigField[]): BuiltInput {
  const seconds = state.intervalSeconds.trim() === '' ? Number.NaN : Number(state.intervalSeconds);
  const alert = alertFrom(state.alert);
  // Every box the form can judge on its own is named at once, not one per Save.
  const errors: Record<FieldKey, readonly string[]> = alert.ok ? {} : { ...alert.errors };
  if (!Number.isFinite(seconds)) errors['intervalMs'] = ['enter how often to run, in seconds (at least 5)'];
  if (!alert.ok || Object.keys(errors).length > 0) return { ok: false, errors: { fields: errors, general: [] } };
  const warning = conditionLines(state.warning);
  const critical = conditionLines(state.critical);
  return {
    ok: true,
    input: {
      name: state.name,
      kind: state.kind,
      config: configFrom(fields, state.config),
      intervalMs: Math.round(seconds * 1000),
      warning: warning.conditions,
      critical: critical.conditions,
      runbook: state.runbook.trim() === '' ? null : state.runbook.trim(),
      enabled: state.enabled,
      alert: alert.alert,
    },
    lines: { warning: warning.lineNumbers, critical: critical.lineNumbers },
  };
}

/** Field keys in the order the form shows them: errors map onto these, focus goes to the first. */
export function fieldOrder(fields: readonly ConfigField[]): FieldKey[] {
  return ['name', 'kind', ...fieldPaths(fields).map((path) => `config.${path}`), 'critical', 'warning', 'intervalMs', 'enabled', 'runbook', 'alert.failures', 'alert.forSeconds', 'alert.successes'];
}

/** The element id of a field's input, from its key; the form and error focusing share it. */
export function fieldId(key: FieldKey): string {
  return `check-field-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
