import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../electron/core/common/alerts/types.ts';
import type { CheckSummary } from '../../../electron/shared/contract.ts';
import { ALERT_DEFAULTS, describeAlert, effectiveAlert } from '../../../renderer/src/features/checks/alert-policy.ts';
import { buildInput, fieldOrder, initialFormState } from '../../../renderer/src/features/checks/check-input.ts';
import { firstErrorField, mapCoreErrors } from '../../../renderer/src/features/checks/form-errors.ts';

const kinds = [{ kind: 'http', summary: 'web', config: { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] } }];
const NO_LINES = { warning: [], critical: [] };

function check(alert: CheckSummary['alert']): CheckSummary {
  return {
    id: 7,
    name: 'API',
    kind: 'http',
    config: { url: 'https://api.example.com/health' },
    intervalMs: 30_000,
    warning: [],
    critical: [],
    runbook: null,
    enabled: true,
    alert,
    createdAt: 0,
    updatedAt: 0,
    last: null,
    recent: [],
    availability24h: null,
  };
}

describe('the Alerting fieldset', () => {
  it('shows the core’s own defaults as placeholders (the window cannot import them)', () => {
    expect(ALERT_DEFAULTS).toEqual({ failures: DEFAULT_POLICY.failures, forSeconds: DEFAULT_POLICY.forMs / 1000, successes: DEFAULT_POLICY.successes });
  });

  it('starts blank for a new check and for one on the defaults, filled for one with its own', () => {
    expect(initialFormState(kinds, null).alert).toEqual({ failures: '', forSeconds: '', successes: '' });
    expect(initialFormState(kinds, check(null)).alert).toEqual({ failures: '', forSeconds: '', successes: '' });
    expect(initialFormState(kinds, check({ failures: 1, forSeconds: 0, successes: null })).alert).toEqual({ failures: '1', forSeconds: '0', successes: '' });
  });

  it('sends null when every box is blank, and each typed number (0 included) as it is', () => {
    const base = { ...initialFormState(kinds, null), name: 'API', config: { url: 'http://127.0.0.1/' } };
    const blank = buildInput({ ...base, alert: { failures: ' ', forSeconds: '', successes: '' } }, []);
    expect(blank.ok && blank.input.alert).toBeNull();
    const typed = buildInput({ ...base, alert: { failures: '1', forSeconds: '0', successes: '' } }, []);
    expect(typed.ok && typed.input.alert).toEqual({ failures: 1, forSeconds: 0, successes: null });
    // Out of range is the core's to refuse (it names the field); the form only needs a number.
    const tooMany = buildInput({ ...base, alert: { failures: '500', forSeconds: '', successes: '' } }, []);
    expect(tooMany.ok && tooMany.input.alert).toEqual({ failures: 500, forSeconds: null, successes: null });
  });

  it('names a box that holds no number next to it, together with a bad interval', () => {
    const built = buildInput({ ...initialFormState(kinds, null), intervalSeconds: '', alert: { failures: 'three', forSeconds: '', successes: '' } }, []);
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(Object.keys(built.errors.fields).sort()).toEqual(['alert.failures', 'intervalMs']);
      expect(built.errors.fields['alert.failures']?.[0]).toContain('1–100');
    }
  });

  it('puts the core’s check.alert.* messages next to their box, and focuses the first in form order', () => {
    const order = fieldOrder([]);
    const message =
      'checks.create: check.alert.successes: must be a whole number of results from 1 to 100, or empty for the default; check.alert.forSeconds: must be a whole number of seconds from 0 to 86400, or empty for the default';
    const errors = mapCoreErrors(message, new Set(order), NO_LINES);
    expect(errors).toEqual({
      fields: {
        'alert.successes': ['must be a whole number of results from 1 to 100, or empty for the default'],
        'alert.forSeconds': ['must be a whole number of seconds from 0 to 86400, or empty for the default'],
      },
      general: [],
    });
    expect(firstErrorField(errors, order)).toBe('alert.forSeconds');
  });
});

describe('the effective policy in a check’s details', () => {
  it('spells out the defaults, and a check’s own thresholds over them', () => {
    expect(describeAlert(null)).toBe('Fires after 3 failing results over at least 60 s; resolves after 2 good results.');
    expect(describeAlert({ failures: 1, forSeconds: 0, successes: null })).toBe('Fires after 1 failing result; resolves after 2 good results.');
    expect(effectiveAlert({ failures: null, forSeconds: 120, successes: 1 })).toEqual({
      failures: { value: 3, isDefault: true },
      forSeconds: { value: 120, isDefault: false },
      successes: { value: 1, isDefault: false },
    });
  });
});
