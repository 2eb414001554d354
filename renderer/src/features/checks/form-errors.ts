/**
 * The core answers a bad check with one message naming every field at fault:
 * `checks.create: check.intervalMs: must be at least 5 seconds (5000)`, or
 * `config.url: must be an http or https URL; critical[0] at 9: expected an operator …`.
 * The form shows each part next to its own input; what names no input goes on top.
 */

/** Form-level field keys: `name`, `intervalMs`, `warning`, …, and `config.<path>`. */
export type FieldKey = string;

export interface FormErrors {
  readonly fields: Readonly<Record<FieldKey, readonly string[]>>;
  readonly general: readonly string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/** Where each sent condition came from in its textarea (blank lines are not sent). */
export interface ConditionLines {
  readonly warning: readonly number[];
  readonly critical: readonly number[];
}

const CHANNEL_PREFIX = /^checks\.[A-Za-z]+: /;
/** A part starts a new error when it names a field; anything else continues the previous one. */
const FIELD_START = /^(?:check\.|config[.:]|kind:|name:|(?:warning|critical)\[\d+\])/;
const CONDITION = /^(warning|critical)\[(\d+)\](?: at (\d+))?: ([\s\S]*)$/;

/** Split on "; " where the next part names a field: a reason may itself contain "; ". */
export function splitCoreMessage(message: string): string[] {
  const parts: string[] = [];
  for (const piece of message.replace(CHANNEL_PREFIX, '').split('; ')) {
    if (parts.length > 0 && !FIELD_START.test(piece)) parts[parts.length - 1] += `; ${piece}`;
    else parts.push(piece);
  }
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** `config.headers.X-Y: reason` → the longest known path, and what is left of it. */
function locateConfig(path: string, reason: string, known: ReadonlySet<FieldKey>): { key: FieldKey; text: string } | null {
  let candidate = `config.${path}`;
  for (;;) {
    if (known.has(candidate)) {
      const rest = `config.${path}`.slice(candidate.length + 1);
      return { key: candidate, text: rest ? `${rest}: ${reason}` : reason };
    }
    const dot = candidate.lastIndexOf('.');
    if (dot <= 'config'.length) return null;
    candidate = candidate.slice(0, dot);
  }
}

function locate(part: string, known: ReadonlySet<FieldKey>, lines: ConditionLines): { key: FieldKey; text: string } | null {
  const condition = CONDITION.exec(part);
  if (condition) {
    const [, tier = 'critical', index = '0', column, reason = ''] = condition;
    const line = lines[tier as keyof ConditionLines][Number(index)] ?? Number(index) + 1;
    return { key: tier, text: `Line ${line}${column ? `, column ${column}` : ''}: ${reason}` };
  }
  const colon = part.indexOf(': ');
  if (colon === -1) return null;
  const path = part.slice(0, colon).replace(/^check\./, '');
  const reason = part.slice(colon + 2);
  if (path.startsWith('config.')) return locateConfig(path.slice('config.'.length), reason, known);
  return known.has(path) ? { key: path, text: reason } : null;
}

/** Every part of the core's message, under the field it names, or general. */
export function mapCoreErrors(message: string, known: ReadonlySet<FieldKey>, lines: ConditionLines): FormErrors {
  const fields: Record<FieldKey, string[]> = {};
  const general: string[] = [];
  for (const part of splitCoreMessage(message)) {
    const found = locate(part, known, lines);
    if (found) (fields[found.key] ??= []).push(found.text);
    else general.push(part);
  }
  return { fields, general };
}

/** The first field with an error, in the order the form shows them, to move focus to. */
export function firstErrorField(errors: FormErrors, order: readonly FieldKey[]): FieldKey | null {
  return order.find((key) => (errors.fields[key]?.length ?? 0) > 0) ?? null;
}
