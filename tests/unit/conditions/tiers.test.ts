import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJsonCache, evaluateConditions, evaluateTiers } from '../../../electron/core/common/conditions/index.ts';
import { body, parsed } from './helpers.ts';

const tiers = {
  warning: [parsed('[RESPONSE_TIME] < 2000')],
  critical: [parsed('[RESPONSE_TIME] < 5000'), parsed('[STATUS] == 200')],
};

describe('evaluateTiers', () => {
  it('is up when every condition holds', () => {
    expect(evaluateTiers(tiers, { STATUS: 200, RESPONSE_TIME: 1500 })).toEqual({ status: 'up', failed: [] });
  });

  it('is warning when only a warning condition fails', () => {
    expect(evaluateTiers(tiers, { STATUS: 200, RESPONSE_TIME: 3000 })).toEqual({
      status: 'warning',
      failed: [{ tier: 'warning', description: '[RESPONSE_TIME] (3000) < 2000' }],
    });
  });

  it('is critical when a critical condition fails, listing critical failures first', () => {
    expect(evaluateTiers(tiers, { STATUS: 200, RESPONSE_TIME: 6000 })).toEqual({
      status: 'critical',
      failed: [
        { tier: 'critical', description: '[RESPONSE_TIME] (6000) < 5000' },
        { tier: 'warning', description: '[RESPONSE_TIME] (6000) < 2000' },
      ],
    });
  });

  it('is critical for a critical failure even when warnings hold', () => {
    const verdict = evaluateTiers(tiers, { STATUS: 503, RESPONSE_TIME: 10 });
    expect(verdict.status).toBe('critical');
    expect(verdict.failed).toEqual([{ tier: 'critical', description: '[STATUS] (503) == 200' }]);
  });

  it('treats missing values as failures of their tier', () => {
    expect(evaluateTiers({ warning: [parsed('[cpu_percent] < 80')], critical: [] }, {})).toEqual({
      status: 'warning',
      failed: [{ tier: 'warning', description: '[cpu_percent] (no value) < 80' }],
    });
  });

  it('is up with no conditions at all', () => {
    expect(evaluateTiers({ warning: [], critical: [] }, {}).status).toBe('up');
  });
});

describe('BODY is parsed once per batch', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('parses the same body once across conditions and tiers', () => {
    const spy = vi.spyOn(JSON, 'parse');
    const values = body({ status: 'UP', items: [1, 2], errors: [] });
    const verdict = evaluateTiers(
      {
        warning: [parsed('len([BODY].items) < 5'), parsed('has([BODY].errors) == true')],
        critical: [parsed('[BODY].status == UP'), parsed('[BODY].missing != x')],
      },
      values,
    );
    expect(verdict.status).toBe('critical');
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('tries a body that is not JSON only once', () => {
    const spy = vi.spyOn(JSON, 'parse');
    const results = evaluateConditions([parsed('[BODY].a == 1'), parsed('[BODY].b == 2'), parsed('has([BODY].c) == false')], { BODY: '<html>' });
    expect(results.map((result) => result.passed)).toEqual([false, false, true]);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('does not parse at all when no condition needs a path', () => {
    const spy = vi.spyOn(JSON, 'parse');
    evaluateConditions([parsed('[STATUS] == 200'), parsed('[BODY] == pat(*ok*)')], { STATUS: 200, BODY: '{"ok":1}' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('reparses when a shared cache sees a different body', () => {
    const cache = createJsonCache();
    const condition = [parsed('[BODY].n == 1')];
    expect(evaluateConditions(condition, body({ n: 1 }), cache)[0]?.passed).toBe(true);
    expect(evaluateConditions(condition, body({ n: 2 }), cache)[0]?.passed).toBe(false);
  });
});
