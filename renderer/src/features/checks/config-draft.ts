import type { ConfigField } from './schema-fields.ts';

/**
 * What the config part of the form holds while the user types: text as typed (a number
 * field may be half-written), and the config the core gets only when they test or save.
 */
export interface KeyValue {
  readonly name: string;
  readonly value: string;
}

export type DraftValue = string | boolean | readonly KeyValue[] | ConfigDraft;

export interface ConfigDraft {
  readonly [key: string]: DraftValue;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored value as the form shows it; absent values show the default the core would apply. */
function initialValue(field: ConfigField, stored: unknown): DraftValue {
  switch (field.type) {
    case 'text':
    case 'select':
      return typeof stored === 'string' ? stored : (field.default ?? '');
    case 'number':
      return typeof stored === 'number' ? String(stored) : field.default !== null ? String(field.default) : '';
    case 'boolean':
      return typeof stored === 'boolean' ? stored : field.default;
    case 'map':
      return Object.entries(isRecord(stored) ? stored : field.default).map(([name, value]) => ({ name, value: String(value) }));
    case 'list':
      return (Array.isArray(stored) ? stored.map(String) : field.default).join('\n');
    case 'choices': {
      const chosen: readonly unknown[] = Array.isArray(stored) ? stored : field.default;
      return Object.fromEntries(field.options.map((option) => [option, chosen.includes(option)]));
    }
    case 'group':
      return draftFor(field.fields, isRecord(stored) ? stored : undefined);
    case 'json':
      return JSON.stringify(stored ?? field.default) ?? '';
  }
}

/**
 * The form's starting values: a stored config (edit) or nothing (new), with the schema's
 * defaults wherever a value is absent. Values the schema does not describe are dropped.
 */
export function draftFor(fields: readonly ConfigField[], config?: Readonly<Record<string, unknown>>): ConfigDraft {
  return Object.fromEntries(fields.map((field) => [field.key, initialValue(field, config?.[field.key])]));
}

/** A draft value that means "something was entered": booleans alone do not count. */
function hasContent(value: DraftValue | undefined): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'boolean' || value === undefined) return false;
  if (Array.isArray(value)) return value.some((entry: KeyValue) => entry.name.trim() !== '' || entry.value !== '');
  return Object.values(value).some(hasContent);
}

function configValue(field: ConfigField, value: DraftValue | undefined): unknown {
  switch (field.type) {
    case 'text':
    case 'select':
      return typeof value === 'string' && value !== '' ? value : undefined;
    case 'number': {
      if (typeof value !== 'string' || value.trim() === '') return undefined;
      const number = Number(value);
      // Sent as typed when it is not a number, so the core's message names the field.
      return Number.isFinite(number) ? number : value;
    }
    case 'boolean':
      return value === true;
    case 'map': {
      if (!Array.isArray(value)) return undefined;
      const entries = (value as readonly KeyValue[]).filter((entry) => entry.name.trim() !== '' || entry.value !== '');
      return entries.length > 0 ? Object.fromEntries(entries.map((entry) => [entry.name.trim(), entry.value])) : undefined;
    }
    case 'list': {
      if (typeof value !== 'string') return undefined;
      const items = value
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      return items.length > 0 ? items : undefined;
    }
    case 'choices': {
      // None ticked is sent as none, so the core says one is needed instead of quietly using its default.
      const chosen = typeof value === 'object' && !Array.isArray(value) ? (value as ConfigDraft) : {};
      return field.options.filter((option) => chosen[option] === true);
    }
    case 'group': {
      if (typeof value !== 'object' || Array.isArray(value) || (!field.required && !hasContent(value as ConfigDraft))) return undefined;
      return configFrom(field.fields, value as ConfigDraft);
    }
    case 'json': {
      if (typeof value !== 'string' || value.trim() === '') return undefined;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return value;
      }
    }
  }
}

/** The config to send: empty fields are left out, so the core applies its defaults or says "is required". */
export function configFrom(fields: readonly ConfigField[], draft: ConfigDraft): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const field of fields) {
    const value = configValue(field, draft[field.key]);
    if (value !== undefined) config[field.key] = value;
  }
  return config;
}

/** Switching kind keeps what was typed into fields both kinds have (a TCP host becomes the TLS host). */
export function carryOver(fromFields: readonly ConfigField[], from: ConfigDraft, toFields: readonly ConfigField[]): ConfigDraft {
  const fresh = draftFor(toFields);
  const before = new Map(fromFields.map((field) => [field.key, field.type]));
  return Object.fromEntries(
    toFields.map((field) => {
      const value = from[field.key];
      const keep = before.get(field.key) === field.type && field.type !== 'group' && value !== undefined && hasContent(value);
      return [field.key, keep ? value : fresh[field.key]];
    }),
  ) as ConfigDraft;
}

/** A copy of `draft` with the value at `path` (keys from the root) replaced. */
export function setDraftValue(draft: ConfigDraft, path: readonly string[], value: DraftValue): ConfigDraft {
  const [head, ...rest] = path;
  if (head === undefined) return draft;
  if (rest.length === 0) return { ...draft, [head]: value };
  const child = draft[head];
  const nested = typeof child === 'object' && !Array.isArray(child) ? (child as ConfigDraft) : {};
  return { ...draft, [head]: setDraftValue(nested, rest, value) };
}
