import { describe, expect, it } from 'vitest';
import { buildInput, conditionLines, fieldId, fieldOrder, initialFormState } from '../../../renderer/src/features/checks/check-input.ts';
import { firstErrorField, mapCoreErrors, splitCoreMessage } from '../../../renderer/src/features/checks/form-errors.ts';
import { fieldsFromSchema } from '../../../renderer/src/features/checks/schema-fields.ts';

const FIELDS = fieldsFromSchema({
  type: 'object',
  properties: {
    url: { type: 'string' },
    headers: { type: 'object', additionalProperties: { type: 'string' } },
    expectBody: { type: 'object', properties: { keyword: { type: 'string' }, regex: { type: 'string' } } },
    timeoutMs: { type: 'integer', default: 10_000 },
  },
  required: ['url'],
});
const KNOWN = new Set(fieldOrder(FIELDS));
const NO_BLANKS = { warning: [1, 2, 3], critical: [1, 2, 3] };

describe('splitCoreMessage', () => {
  it('drops the channel and splits where the next part names a field', () => {
    expect(splitCoreMessage('checks.test: check.name: must not be empty; check.intervalMs: must be at least 5 seconds (5000)')).toEqual([
      'check.name: must not be empty',
      'check.intervalMs: must be at least 5 seconds (5000)',
    ]);
  });

  it('keeps a reason that itself contains "; " whole', () => {
    expect(
      splitCoreMessage('config.url: must not contain a user name or password; put credentials in secretHeaders; critical[0] at 9: expected an operator'),
    ).toEqual(['config.url: must not contain a user name or password; put credentials in secretHeaders', 'critical[0] at 9: expected an operator']);
  });
});

describe('mapCoreErrors', () => {
  it('puts each part next to its field', () => {
    const message =
      'config.url: must be an http or https URL; config.headers.Bad Name: must be a header name (letters, digits and - only); ' +
      'config.expectBody: needs exactly one of keyword or regex; config.expectBody.regex: must be a valid regular expression; ' +
      "warning[1] at 1: expected an operator (==, !=, <, <=, >, >=) after x; critical[0] at 9: expected an operator after [STATUS], found '=' — did you mean ==?";
    const errors = mapCoreErrors(message, KNOWN, { warning: [1, 4], critical: [2] });
    expect(errors.general).toEqual([]);
    expect(errors.fields).toEqual({
      'config.url': ['must be an http or https URL'],
      'config.headers': ['Bad Name: must be a header name (letters, digits and - only)'],
      'config.expectBody': ['needs exactly one of keyword or regex'],
      'config.expectBody.regex': ['must be a valid regular expression'],
      // Line numbers are the textarea's: blank lines were not sent.
      warning: ['Line 4, column 1: expected an operator (==, !=, <, <=, >, >=) after x'],
      critical: ["Line 2, column 9: expected an operator after [STATUS], found '=' — did you mean ==?"],
    });
  });

  it('maps the contract’s own check.<field> messages, and a kind error', () => {
    const errors = mapCoreErrors(
      'checks.create: check.name: must not be empty; check.intervalMs: must be at least 5 seconds (5000); kind: must be one of http, tcp',
      KNOWN,
      NO_BLANKS,
    );
    expect(errors.fields).toEqual({ name: ['must not be empty'], intervalMs: ['must be at least 5 seconds (5000)'], kind: ['must be one of http, tcp'] });
  });

  it('puts what names no field on top', () => {
    const unreachable = 'The core is not reachable (browser mode server stopped?).';
    expect(mapCoreErrors(unreachable, KNOWN, NO_BLANKS)).toEqual({ fields: {}, general: [unreachable] });
    const errors = mapCoreErrors('config.nope: is not a known field; config: must be an object', KNOWN, NO_BLANKS);
    expect(errors.general).toEqual(['config.nope: is not a known field', 'config: must be an object']);
  });

  it('finds the first field with an error in the order the form shows them', () => {
    const errors = mapCoreErrors('critical[0] at 1: bad; config.timeoutMs: must be at least 100 ms', KNOWN, NO_BLANKS);
    expect(firstErrorField(errors, fieldOrder(FIELDS))).toBe('config.timeoutMs');
    expect(fieldId('config.expectBody.regex')).toBe('check-field-config-expectBody-regex');
  });
});

describe('buildInput', () => {
  const kinds = [{ kind: 'http', summary: 'web', config: { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] } }];

  it('turns the form into a check: seconds to ms, one condition per line, blank runbook to null', () => {
    const state = {
      ...initialFormState(kinds, null),
      name: 'API',
      intervalSeconds: '7.5',
      critical: '[STATUS] == 200\n\n  [RESPONSE_TIME] < 500  \n',
      runbook: '  ',
      config: { url: 'http://127.0.0.1:8080/' },
    };
    const built = buildInput(state, fieldsFromSchema(kinds[0]!.config));
    expect(built).toEqual({
      ok: true,
      input: {
        name: 'API',
        kind: 'http',
        config: { url: 'http://127.0.0.1:8080/' },
        intervalMs: 7_500,
        warning: [],
        critical: ['[STATUS] == 200', '[RESPONSE_TIME] < 500'],
        runbook: null,
        enabled: true,
        alert: null,
      },
      lines: { warning: [], critical: [1, 3] },
    });
  });

  it('starts a new check at 60 seconds, enabled, of the first kind', () => {
    expect(initialFormState(kinds, null)).toMatchObject({ kind: 'http', intervalSeconds: '60', enabled: true, name: '' });
  });

  it('refuses an empty interval without asking the core', () => {
    const built = buildInput({ ...initialFormState(kinds, null), intervalSeconds: ' ' }, []);
    expect(built.ok).toBe(false);
    if (!built.ok) expect(Object.keys(built.errors.fields)).toEqual(['intervalMs']);
  });

  it('numbers condition lines as the textarea shows them', () => {
    expect(conditionLines('\na\n \nb')).toEqual({ conditions: ['a', 'b'], lineNumbers: [2, 4] });
  });
});
