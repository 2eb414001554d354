import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectPageErrors, expect, test } from './fixtures.ts';

/** A service for the check to watch: answers "ok" on 127.0.0.1, on a port the OS picks. */
async function startTarget(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_request, response) => response.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/health`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test('a check is tried, saved, run, followed live in the list and deleted', async ({ page, app }) => {
  const errors = collectPageErrors(page);
  const target = await startTarget();
  try {
    await page.goto(app.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Checks' }).click();
    await expect(page.getByRole('heading', { name: 'Checks', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'New check' }).click();
    await expect(page.getByRole('heading', { name: 'New check', level: 1 })).toBeVisible();

    await page.getByLabel('Name', { exact: true }).fill('Local API');
    await page.getByLabel('Kind').selectOption('http');
    await page.getByLabel('Interval (seconds)').fill('5');

    // Bad input: each reason from the core lands next to its own field.
    await page.getByLabel('URL').fill('ftp://x');
    await page.getByLabel('Critical conditions').fill('[STATUS] = 200');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByLabel('URL')).toHaveAccessibleDescription(/must be an http or https URL/);
    await expect(page.getByLabel('URL')).toBeFocused();
    await expect(page.getByLabel('Critical conditions')).toHaveAccessibleDescription(/Line 1, column 9: expected an operator .*did you mean ==\?/);
    await expect(page).toHaveURL(/#\/checks\/new$/);

    await page.getByLabel('URL').fill(target.url);
    await expect(page.getByLabel('URL')).not.toHaveAccessibleDescription(/must be/);
    await page.getByLabel('Critical conditions').fill('[STATUS] == 200');

    await page.getByRole('button', { name: 'Test now' }).click();
    const outcome = page.getByRole('region', { name: 'Test result' });
    await expect(outcome).toContainText('Up');
    await expect(outcome).toContainText(/\[STATUS\]\s*200/);
    await expect(outcome).toContainText(/\[RESPONSE_TIME\]/);

    // Alerting: blank boxes show the defaults; a refused threshold is named next to its box.
    const failAfter = page.getByLabel('Fail after (results)');
    await expect(failAfter).toHaveAttribute('placeholder', '3');
    await failAfter.fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(failAfter).toHaveAccessibleDescription(/must be a whole number of results from 1 to 100/);
    await expect(failAfter).toBeFocused();
    await failAfter.fill('2');

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: 'Local API', level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/#\/checks\/\d+$/);
    await expect(page.getByText(target.url)).toBeVisible();
    await expect(page.getByText('Fires after 2 failing results over at least 60 s; resolves after 2 good results.')).toBeVisible();

    await page.getByRole('button', { name: 'Run now' }).click();
    await expect(page.getByText(/^Ran at .+: Up, /)).toBeVisible();
    const results = page.getByRole('table', { name: /Recent results/ });
    await expect(results.getByRole('row').nth(1)).toContainText('Up');
    await page.getByRole('tab', { name: '7 d' }).click();
    await expect(page.getByRole('tab', { name: '7 d' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel').getByRole('img')).toHaveAccessibleName(/Latency over the last 7 d/);

    await page.getByRole('navigation').getByRole('link', { name: 'Checks' }).click();
    const row = page.getByRole('row', { name: /Local API/ });
    await expect(row).toContainText('Up');
    await expect(row).toContainText(/(\d+(\.\d)? ms|<1 ms)/);
    await expect(row).toContainText('100.0%');

    // The scheduler runs it every 5 s; the row follows without a reload.
    const beats = async () => Number(/Last (\d+) results/.exec((await row.getByRole('img').getAttribute('aria-label')) ?? '')?.[1] ?? 0);
    const before = await beats();
    await expect.poll(beats, { timeout: 8_000 }).toBeGreaterThan(before);

    await row.getByRole('link', { name: 'Local API' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(page).toHaveURL(/#\/checks$/);
    await expect(page.getByRole('heading', { name: 'No checks yet' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Local API/ })).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await target.close();
  }
});
