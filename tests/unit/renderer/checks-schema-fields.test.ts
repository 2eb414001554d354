import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CHECK_TYPES } from '../../../electron/core/node/checks/registry.ts';
import { carryOver, configFrom, draftFor, setDraftValue, type ConfigDraft } from '../../../renderer/src/features/checks/config-draft.ts';
import { FORM_LABELS, kindFields } from '../../../renderer/src/features/checks/check-input.ts';
import { fieldPaths, fieldsFromSchema, humanize, type ConfigField } from '../../../renderer/src/features/checks/schema-fields.ts';

/** Each kind's schema exactly as checks.kinds sends it (handlers/checks.ts). */
function kindInfo(kind: string) {
  const type = CHECK_TYPES.find((entry) => entry.kind === kind);
  if (!type) throw new Error(`no ${kind} check type`);
  return { kind, summary: type.summary, config: z.toJSONSchema(type.config, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown> };
}

function byKey(fields: readonly ConfigField[], key: string): ConfigField {
  const field = fields.find((entry) => entry.key === key);
  if (!field) throw new Error(`no field ${key}`);
  return field;
}

describe('humanize', () => {
  it('turns property names into labels', () => {
    expect(humanize('expectedStatus')).toBe('Expected status');
    expect(humanize('url')).toBe('URL');
    expect(humanize('timeoutMs')).toBe('Timeout (ms)');
    expect(humanize('secretHeaders')).toBe('Secret headers');
    expect(humanize('minSizeBytes')).toBe('Min size (bytes)');
    expect(humanize('warningPercent')).toBe('Warning (%)');
    expect(humanize('DNS_RCODE')).toBe('DNS rcode');
    expect(humanize('ms')).toBe('Ms');
  });
});

describe('fieldsFromSchema', () => {
  const http = kindFields(kindInfo('http'));

  it('gives each JSON Schema shape its own control', () => {
    expect(byKey(http, 'url')).toMatchObject({ type: 'text', label: 'URL', required: true, description: 'The http:// or https:// address to request' });
    expect(byKey(http, 'method')).toMatchObject({ type: 'select', default: 'GET', required: false });
    expect(byKey(http, 'method').type === 'select' && byKey(http, 'method')).toMatchObject({ options: expect.arrayContaining(['GET', 'POST']) });
    expect(byKey(http, 'timeoutMs')).toMatchObject({ type: 'number', integer: true, min: 100, max: 120_000, default: 10_000, label: 'Timeout (ms)' });
    expect(byKey(http, 'followRedirects')).toMatchObject({ type: 'boolean', default: true });
    expect(byKey(http, 'headers')).toMatchObject({ type: 'map', default: {} });
    expect(byKey(http, 'secretHeaders')).toMatchObject({ type: 'map', label: 'Secret headers' });
    expect(byKey(http, 'body')).toMatchObject({ type: 'text', multiline: true });
  });

  it('makes a fieldset of a nested object, with dotted paths for errors', () => {
    const group = byKey(http, 'expectBody');
    expect(group.type).toBe('group');
    if (group.type !== 'group') return;
    expect(group.fields.map((field) => field.path)).toEqual(['expectBody.keyword', 'expectBody.regex', 'expectBody.negate', 'expectBody.ignoreCase']);
    expect(fieldPaths(http)).toContain('expectBody.regex');
  });

  it('prefers a title, and renames a field whose label the form already uses', () => {
    const fields = fieldsFromSchema(
      { type: 'object', properties: { name: { type: 'string' }, port: { type: 'integer', title: 'Port number' } }, required: ['name'] },
      { reserved: FORM_LABELS, prefix: 'DNS' },
    );
    expect(fields.map((field) => field.label)).toEqual(['DNS name', 'Port number']);
    expect(byKey(kindFields(kindInfo('dns')), 'name').label).toBe('DNS name');
  });

  it('reads nullable fields, string lists and fixed choices', () => {
    const fields = fieldsFromSchema({
      type: 'object',
      properties: {
        note: { anyOf: [{ type: 'string' }, { type: 'null' }], description: 'A note' },
        args: { type: 'array', items: { type: 'string' }, default: ['-v'] },
        metrics: { type: 'array', items: { type: 'string', enum: ['cpu', 'disk'] }, default: ['cpu'] },
        weird: { type: 'array', items: { type: 'object' } },
      },
    });
    expect(fields.map((field) => [field.key, field.type])).toEqual([
      ['note', 'text'],
      ['args', 'list'],
      ['metrics', 'choices'],
      ['weird', 'json'],
    ]);
    expect(byKey(fields, 'note').description).toBe('A note');
  });

  it('handles every kind the core has, with a label on every field', () => {
    for (const type of CHECK_TYPES) {
      const fields = kindFields(kindInfo(type.kind));
      expect(fields.length, type.kind).toBeGreaterThan(0);
      for (const field of fields) expect(field.label, `${type.kind}.${field.key}`).not.toBe('');
    }
  });
});

describe('config drafts', () => {
  const http = kindFields(kindInfo('http'));

  it('fills a new form with the defaults and sends only what was entered', () => {
    const draft = draftFor(http);
    expect(draft['method']).toBe('GET');
    expect(draft['timeoutMs']).toBe('10000');
    expect(draft['followRedirects']).toBe(true);
    expect(draft['headers']).toEqual([]);
    const filled = setDraftValue(draft, ['url'], 'https://example.com/health');
    expect(configFrom(http, filled)).toEqual({ url: 'https://example.com/health', method: 'GET', expectedStatus: '200-399', timeoutMs: 10_000, followRedirects: true });
  });

  it('sends a nested group only when something in it was entered', () => {
    const draft = setDraftValue(draftFor(http), ['expectBody', 'negate'], true);
    expect(configFrom(http, draft)['expectBody']).toBeUndefined();
    const keyword = setDraftValue(draft, ['expectBody', 'keyword'], 'error');
    expect(configFrom(http, keyword)['expectBody']).toEqual({ keyword: 'error', negate: true, ignoreCase: false });
  });

  it('turns key/value rows into an object, skipping empty rows', () => {
    const draft = setDraftValue(draftFor(http), ['headers'], [
      { name: ' Accept ', value: 'application/json' },
      { name: '', value: '' },
    ]);
    expect(configFrom(http, draft)['headers']).toEqual({ Accept: 'application/json' });
  });

  it('round-trips a stored config, and the core accepts what the form sends', () => {
    const stored = { url: 'https://example.com/', method: 'POST', body: '{}', headers: { 'X-A': '1' }, expectBody: { regex: 'ok', negate: false, ignoreCase: true } };
    const sent = configFrom(http, draftFor(http, stored));
    expect(sent).toMatchObject(stored);
    const type = CHECK_TYPES.find((entry) => entry.kind === 'http');
    expect(type?.config.safeParse(sent).success).toBe(true);
  });

  it('sends a number that is not one as typed, so the core can name the field', () => {
    const draft: ConfigDraft = setDraftValue(draftFor(http), ['timeoutMs'], '12e');
    expect(configFrom(http, draft)['timeoutMs']).toBe('12e');
    expect(configFrom(http, setDraftValue(draft, ['timeoutMs'], ''))['timeoutMs']).toBeUndefined();
  });

  it('keeps lists one per line and fixed choices as ticked', () => {
    const fields = fieldsFromSchema({
      type: 'object',
      properties: {
        args: { type: 'array', items: { type: 'string' } },
        metrics: { type: 'array', items: { type: 'string', enum: ['cpu', 'memory', 'disk'] }, default: ['cpu', 'disk'] },
      },
    });
    const draft = draftFor(fields);
    expect(draft['metrics']).toEqual({ cpu: true, memory: false, disk: true });
    const edited = setDraftValue(setDraftValue(draft, ['args'], '-w\n\n 80 '), ['metrics', 'cpu'], false);
    expect(configFrom(fields, edited)).toEqual({ args: ['-w', '80'], metrics: ['disk'] });
  });

  it('keeps what both kinds share when the kind changes', () => {
    const tcp = kindFields(kindInfo('tcp'));
    const tls = kindFields(kindInfo('tls'));
    const typed = setDraftValue(setDraftValue(draftFor(tcp), ['host'], 'db.internal'), ['port'], '5432');
    const switched = carryOver(tcp, typed, tls);
    expect(switched['host']).toBe('db.internal');
    expect(switched['port']).toBe('5432');
    expect(switched['warningDays']).toBe('14');
  });
});
