import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckResult, CheckSummary } from '../../../electron/shared/contract.ts';
import { FakeClock } from '../../helpers/fake-clock.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { createHttpCheck, overview, runFor, startEndpoint, startHarness, value, type Endpoint, type Harness } from './alerts-harness.ts';

let endpoint: Endpoint;
let harness: Harness;

beforeEach(async () => {
  endpoint = await startEndpoint();
});

/** Failing (or, with `up`, good) results per check, as the engine reports them. */
function countResults(h: Harness, up = false): Map<number, number> {
  const counts = new Map<number, number>();
  h.core.onEvent((name, payload) => {
    const result = payload as CheckResult;
    if (name === 'onDidCompleteCheck' && (result.status === 'up') === up) counts.set(result.checkId, (counts.get(result.checkId) ?? 0) + 1);
  });
  return counts;
}

/** Move on a second at a time until `check` has `count` results in `counts`. */
async function untilCount(h: Harness, counts: Map<number, number>, checkId: number, count: number): Promise<void> {
  for (let step = 0; (counts.get(checkId) ?? 0) < count; step += 1) {
    if (step > 100) throw new Error(`check ${checkId} never reached ${count} results`);
    await runFor(h, 1_000, 1_000);
  }
}

async function phaseOf(h: Harness, checkId: number): Promise<string> {
  return (await overview(h.core)).active.find((alert) => alert.checkId === checkId)?.phase ?? 'ok';
}

describe('a check’s own alert policy', () => {
  it('fails after 1 result over 0 s: fires on the first failure, while a default check is only pending', async () => {
    harness = await startHarness(tempDir());
    const failures = countResults(harness);
    const successes = countResults(harness, true);
    const quick = await createHttpCheck(harness.core, 'Quick', endpoint.url, { alert: { failures: 1, forSeconds: 0, successes: 1 } });
    const usual = await createHttpCheck(harness.core, 'Usual', endpoint.url);
    expect(quick.alert).toEqual({ failures: 1, forSeconds: 0, successes: 1 });
    expect(usual.alert).toBeNull();
    await runFor(harness, 40_000);

    endpoint.status = 503;
    await untilCount(harness, failures, quick.id, 1);
    expect(failures.get(quick.id)).toBe(1);
    expect(await phaseOf(harness, quick.id)).toBe('firing');
    await untilCount(harness, failures, usual.id, 1);
    expect(await phaseOf(harness, usual.id)).toBe('pending');

    // The fleet's 30 s grouping wait still applies before the notification goes out.
    expect(harness.notifier.shown).toEqual([]);
    await runFor(harness, 40_000);
    expect(harness.notifier.titles()).toEqual(['Quick is down']);

    // One good result resolves it (successes 1); the default check never fired.
    endpoint.status = 200;
    const before = successes.get(quick.id) ?? 0;
    await untilCount(harness, successes, quick.id, before + 1);
    expect(await phaseOf(harness, quick.id)).toBe('ok');
    // The recovery waits out its own group (30 s, closed on the next 5 s tick).
    await runFor(harness, 40_000);
    expect(harness.notifier.titles()).toEqual(['Quick is down', 'Quick recovered']);
  });

  it('fails after 5 results: still pending after 3 and 4 failures, fires on the 5th', async () => {
    harness = await startHarness(tempDir());
    const failures = countResults(harness);
    const five = await createHttpCheck(harness.core, 'Five', endpoint.url, { alert: { failures: 5, forSeconds: 0 } });
    const three = await createHttpCheck(harness.core, 'Three', endpoint.url, { alert: { failures: 3, forSeconds: 0 } });
    await runFor(harness, 40_000);

    endpoint.status = 503;
    await untilCount(harness, failures, five.id, 3);
    await untilCount(harness, failures, three.id, 3);
    expect(await phaseOf(harness, three.id)).toBe('firing');
    expect(await phaseOf(harness, five.id)).toBe('pending');
    await untilCount(harness, failures, five.id, 4);
    expect(await phaseOf(harness, five.id)).toBe('pending');
    await untilCount(harness, failures, five.id, 5);
    expect(await phaseOf(harness, five.id)).toBe('firing');
  });

  it('survives a restart, and follows an update (including back to the defaults)', async () => {
    const dataDir = tempDir();
    const clock = new FakeClock();
    harness = await startHarness(dataDir, clock);
    const { id } = await createHttpCheck(harness.core, 'Payments API', endpoint.url, { alert: { failures: 1, forSeconds: 0, successes: null } });
    harness.core.close();

    harness = await startHarness(dataDir, clock);
    let failures = countResults(harness);
    const reopened = value<CheckSummary>(await harness.core.invoke('checks.get', { id }));
    expect(reopened.alert).toEqual({ failures: 1, forSeconds: 0, successes: null });
    endpoint.status = 503;
    await untilCount(harness, failures, id, 1);
    expect(await phaseOf(harness, id)).toBe('firing');
    endpoint.status = 200;
    // Two good results (the default successes) resolve it.
    await runFor(harness, 45_000);
    expect(await phaseOf(harness, id)).toBe('ok');

    // Back to the defaults, live: one failure must no longer fire (the old threshold must not stick).
    const { last: _last, recent: _recent, availability24h: _a, id: _id, createdAt: _c, updatedAt: _u, ...input } = reopened;
    value(await harness.core.invoke('checks.update', { id, check: { ...input, alert: null } }));
    endpoint.status = 503;
    await untilCount(harness, failures, id, 2);
    expect(await phaseOf(harness, id)).toBe('pending');
    endpoint.status = 200;
    await runFor(harness, 45_000);

    harness.core.close();
    harness = await startHarness(dataDir, clock);
    failures = countResults(harness);
    expect(value<CheckSummary>(await harness.core.invoke('checks.get', { id })).alert).toBeNull();

    // …and an update without a restart re-configures the live alert at once.
    value(await harness.core.invoke('checks.update', { id, check: { ...input, alert: { failures: 2, forSeconds: 0, successes: null } } }));
    endpoint.status = 503;
    await untilCount(harness, failures, id, 1);
    expect(await phaseOf(harness, id)).toBe('pending');
    await untilCount(harness, failures, id, 2);
    expect(await phaseOf(harness, id)).toBe('firing');
  });

  it('refuses out-of-range thresholds with bad_request naming the field', async () => {
    harness = await startHarness(tempDir());
    const check = { name: 'API', kind: 'http', config: { url: endpoint.url } };
    const results = 'must be a whole number of results from 1 to 100';
    const seconds = 'must be a whole number of seconds from 0 to 86400';
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ failures: 0 }, `check.alert.failures: ${results}`],
      [{ failures: 101 }, `check.alert.failures: ${results}`],
      [{ forSeconds: -1 }, `check.alert.forSeconds: ${seconds}`],
      [{ forSeconds: 86_401 }, `check.alert.forSeconds: ${seconds}`],
      [{ forSeconds: 1.5 }, `check.alert.forSeconds: ${seconds}`],
      [{ successes: '2' }, `check.alert.successes: ${results}`],
      [{ for: 60 }, 'check.alert: '],
    ];
    for (const [alert, message] of cases) {
      const result = await harness.core.invoke('checks.create', { check: { ...check, alert } } as never);
      expect(result, JSON.stringify(alert)).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringContaining(message) } });
    }
    expect(value<CheckSummary[]>(await harness.core.invoke('checks.list', {}))).toEqual([]);
  });
});
