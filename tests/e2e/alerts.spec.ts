import type { Page } from '@playwright/test';
import { callCore, httpCheck, startSwitchableTarget } from './alerts-helpers.ts';
import { collectPageErrors, expect, test } from './fixtures.ts';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Sections' });

test('a failing check becomes an alert in the inbox, live, and is acknowledged from it', async ({ page, app }) => {
  // The first run comes within one 5 s interval, and it fires two runs later.
  test.setTimeout(60_000);
  const errors = collectPageErrors(page);
  const target = await startSwitchableTarget();
  try {
    target.set('down');
    // Fires on the 3rd failing result with no time span (runs every 5 s): pending stays on
    // screen for about 10 s, long enough to be seen before it fires; the defaults
    // (3 over ≥ 60 s) are proven with a fake clock in tests/integration/alerts.
    const alert = { failures: 3, forSeconds: 0, successes: 1 };
    await callCore(app.url, 'checks.create', { check: httpCheck('Local API', target.url, { runbook: 'https://wiki.example.com/runbooks/local-api', alert }) });

    await page.goto(app.url);
    await nav(page).getByRole('link', { name: 'Alerts' }).click();
    await expect(page.getByRole('heading', { name: 'Alerts', level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/#\/alerts$/);

    // Failing but not yet firing: shown as pending, nobody paged.
    const pending = page.getByRole('region', { name: /^Pending/ });
    await expect(pending.getByRole('article', { name: 'Local API' })).toBeVisible({ timeout: 15_000 });

    const firing = page.getByRole('region', { name: /^Firing/ });
    const card = firing.getByRole('article', { name: 'Local API' });
    await expect(card).toBeVisible({ timeout: 20_000 });
    await expect(card).toContainText('Critical');
    await expect(card).toContainText('Firing since');
    await expect(card.getByRole('link', { name: 'Open runbook for Local API' })).toHaveAttribute('href', 'https://wiki.example.com/runbooks/local-api');
    await expect(nav(page).getByRole('link', { name: /Alerts/ })).toContainText('1');

    await card.getByRole('button', { name: 'Acknowledge Local API' }).click();
    const acknowledged = page.getByRole('region', { name: /^Acknowledged/ }).getByRole('article', { name: 'Local API' });
    await expect(acknowledged).toBeVisible();
    await expect(acknowledged).toContainText(/Acknowledged by you at/);
    await expect(firing).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Acknowledge all' })).toBeDisabled();

    // The history has it on the record, filterable by check and severity.
    await page.getByRole('link', { name: 'History' }).click();
    await expect(page).toHaveURL(/#\/alerts\/history$/);
    const rows = page.getByRole('table', { name: /Alert history/ }).getByRole('row');
    await expect(rows.filter({ hasText: 'Acknowledged' })).toContainText('you');
    await page.getByLabel('Severity').selectOption('warning');
    await expect(page.getByText('No alert history matches.')).toBeVisible();
    await page.getByLabel('Severity').selectOption('critical');
    await page.getByLabel('Check').selectOption({ label: 'Local API' });
    await expect(rows.filter({ hasText: 'Fired' })).toHaveCount(1);
    expect(errors).toEqual([]);
  } finally {
    await target.close();
  }
});

test('maintenance windows are added, refused with the reason next to the schedule, edited and deleted', async ({ page, app }) => {
  const errors = collectPageErrors(page);
  await page.goto(`${app.url}#/alerts/maintenance`);
  await expect(page.getByRole('heading', { name: 'Alerts', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New maintenance window' }).click();
  await page.getByLabel('Title').fill('Database patching');
  await page.getByLabel('Schedule').fill('Someday 02:00–06:00');
  await page.getByRole('button', { name: 'Add window' }).click();
  const schedule = page.getByLabel('Schedule');
  await expect(schedule).toHaveAttribute('aria-invalid', 'true');
  await expect(schedule).toHaveAccessibleDescription(/\S/);
  await expect(schedule).toBeFocused();

  await schedule.fill('Sunday 02:00–06:00 America/New_York');
  await page.getByRole('button', { name: 'Add window' }).click();
  const row = page.getByRole('row', { name: /Database patching/ });
  await expect(row).toContainText('Sunday 02:00–06:00 America/New_York');
  await expect(row).toContainText('Every check');

  await row.getByRole('button', { name: 'Edit Database patching' }).click();
  await page.getByLabel('Schedule').fill('Wednesday 22:00–02:00');
  await page.getByRole('button', { name: 'Save window' }).click();
  await expect(row).toContainText('Wednesday 22:00–02:00');

  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: 'Delete Database patching' }).click();
  await expect(page.getByText('No maintenance windows yet.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('snoozing everything shows until when, and resumes', async ({ page, app }) => {
  await page.goto(`${app.url}#/alerts`);
  await expect(page.getByText('No active alerts.', { exact: false })).toBeVisible();
  await page.getByLabel('Snooze all alerts').click();
  await page.getByRole('button', { name: '1 hour' }).click();
  await expect(page.getByText(/All notifications are snoozed until/)).toBeVisible();
  await page.getByRole('button', { name: 'Resume now' }).click();
  await expect(page.getByText(/All notifications are snoozed until/)).toHaveCount(0);
});
