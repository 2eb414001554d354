/**
 * Browser mode with node-notifier, delivering through notify-send to a real dunst
 * (tests/notify/run.ts sets it up). What the desktop received is read from the log
 * dunst's rule writes: urgency, app name and title of every notification.
 */
import { readFileSync } from 'node:fs';
import { callCore, httpCheck, startSwitchableTarget } from '../e2e/alerts-helpers.ts';
import { expect, test } from '../e2e/fixtures.ts';

interface Received {
  readonly urgency: string;
  readonly app: string;
  readonly title: string;
}

function received(): Received[] {
  const log = process.env['NOTIFY_LOG'];
  if (!log) throw new Error('NOTIFY_LOG is not set: run this test with `npm run test:notify`.');
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [urgency = '', app = '', title = ''] = line.split('\t');
      return { urgency, app, title };
    });
}

const ours = () => received().filter((entry) => entry.app === 'On-Call Companion');

test('an endpoint going down notifies once, critically; acknowledged it stays quiet; back up it says so', async ({ page, app }) => {
  const target = await startSwitchableTarget();
  try {
    // Down for real: nothing listens on the port, connections are refused.
    await target.stop();
    // The check's own policy fires on the first failure (the defaults are proven with a fake
    // clock in tests/integration/alerts); the alert is then grouped for 30 s before it goes out.
    await callCore(app.url, 'checks.create', { check: httpCheck('Local API', target.url) });
    await expect.poll(() => ours().length, { timeout: 60_000, intervals: [1_000] }).toBeGreaterThan(0);
    expect(ours()).toEqual([{ urgency: 'CRITICAL', app: 'On-Call Companion', title: 'Local API is down' }]);

    await page.goto(`${app.url}#/alerts`);
    const firing = page.getByRole('region', { name: /^Firing/ }).getByRole('article', { name: 'Local API' });
    await firing.getByRole('button', { name: 'Acknowledge Local API' }).click();
    await expect(page.getByRole('region', { name: /^Acknowledged/ }).getByRole('article', { name: 'Local API' })).toContainText('Acknowledged by you');

    await target.restart();
    // One good result resolves it (successes: 1); the recovery notice is grouped like any other.
    await expect.poll(() => ours().map((entry) => entry.title), { timeout: 60_000, intervals: [1_000] }).toContain('Local API recovered');
    // Exactly one "down" while it kept failing: not one per failing result, nor once per run.
    // (The 5-minute reminder an acknowledgement stops is longer than this test: the fake-clock
    // tests in tests/integration/alerts prove that one.)
    expect(ours().map((entry) => entry.title)).toEqual(['Local API is down', 'Local API recovered']);
    await expect(page.getByRole('region', { name: /^Resolved today/ })).toContainText('Local API');
    await expect(page.getByRole('region', { name: /^Acknowledged/ })).toHaveCount(0);
  } finally {
    await target.close();
  }
});
