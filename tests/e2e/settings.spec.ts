import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

test('a secret is saved by name, its value never shown again, and deleted', async ({ page, app }) => {
  await page.goto(`${app.url}#/settings`);
  const secrets = page.getByRole('region', { name: 'Secrets' });
  await expect(secrets.getByText(/stored unencrypted, in a file only your user account can read/)).toBeVisible();

  await secrets.getByLabel('Secret name').fill('grafana-token');
  await secrets.getByLabel('Secret value').fill('glsa_TOPSECRET');
  await secrets.getByRole('button', { name: 'Save secret' }).click();
  await expect(secrets.getByRole('listitem').filter({ hasText: 'grafana-token' })).toBeVisible();
  await expect(secrets.getByLabel('Secret value')).toHaveValue('');
  expect(await page.content()).not.toContain('glsa_TOPSECRET');
  expect(existsSync(join(app.dataDir, 'secrets.json'))).toBe(true);

  await secrets.getByLabel('Secret name').fill('../etc/passwd');
  await secrets.getByLabel('Secret value').fill('x');
  await secrets.getByRole('button', { name: 'Save secret' }).click();
  await expect(secrets.getByRole('alert')).toContainText('name: must be 1–64');

  await secrets.getByRole('button', { name: 'Delete secret grafana-token' }).click();
  await secrets.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(secrets.getByText('No secrets yet.')).toBeVisible();
});

test('check history retention is kept within bounds and saved', async ({ page, app }) => {
  await page.goto(`${app.url}#/settings`);
  const history = page.getByRole('region', { name: 'Check history' });
  const raw = history.getByLabel('Every result, for (hours)');
  await expect(raw).toHaveValue('48');

  await raw.fill('2');
  await raw.press('Enter');
  await expect(history.getByText('must be at least 6 hours')).toBeVisible();

  await raw.fill('24');
  await raw.press('Enter');
  await expect(history.getByText('must be at least 6 hours')).toBeHidden();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Check history' }).getByLabel('Every result, for (hours)')).toHaveValue('24');
});

test('alerting settings: a webhook must be http(s), escalation stays within bounds, sound toggles; all survive a reload', async ({ page, app }) => {
  await page.goto(`${app.url}#/settings`);
  const alerting = page.getByRole('region', { name: 'Alerting' });
  const webhook = alerting.getByLabel('Escalation webhook');
  await expect(webhook).toHaveValue('');

  await webhook.fill('ftp://hooks.example.com/x');
  await webhook.press('Enter');
  await expect(webhook).toHaveAccessibleDescription(/Escalation webhook: must be an http or https address/);
  await expect(webhook).toHaveValue('ftp://hooks.example.com/x');
  await webhook.fill('https://hooks.example.com/services/T0/B0/x');
  await webhook.press('Enter');
  await expect(alerting.getByText('Saved')).toBeVisible();
  await expect(webhook).not.toHaveAccessibleDescription(/must be/);

  const after = alerting.getByLabel('Escalate after (minutes)');
  await expect(after).toHaveValue('15');
  await after.fill('0');
  await after.press('Enter');
  await expect(after).toHaveAccessibleDescription(/must be at least 1 minute/);
  await after.fill('30');
  await after.press('Enter');
  await expect(after).not.toHaveAccessibleDescription(/must be/);

  const sound = alerting.getByLabel('Sound for critical alerts');
  await expect(sound).toBeChecked();
  await sound.uncheck();
  await expect(sound).not.toBeChecked();

  await page.reload();
  const reloaded = page.getByRole('region', { name: 'Alerting' });
  await expect(reloaded.getByLabel('Escalation webhook')).toHaveValue('https://hooks.example.com/services/T0/B0/x');
  await expect(reloaded.getByLabel('Escalate after (minutes)')).toHaveValue('30');
  await expect(reloaded.getByLabel('Sound for critical alerts')).not.toBeChecked();
});
