import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { collectPageErrors, expect, test } from './fixtures.ts';

const SECTIONS = ['Dashboard', 'Alerts', 'Checks', 'Runbooks', 'Checklists', 'Incidents', 'Contacts', 'Handover', 'Reports', 'Settings'] as const;

const nav = (page: Page) => page.getByRole('navigation');

test('walks every section of the app, served by the real core', async ({ page, app }) => {
  const errors = collectPageErrors(page);
  await page.goto(app.url);

  // The dashboard shows what the core answered: this run's own data folder.
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(page.getByText(app.dataDir)).toBeVisible();

  for (const section of SECTIONS) {
    await nav(page).getByRole('link', { name: section }).click();
    await expect(page.getByRole('heading', { name: section, level: 1 })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: section })).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveURL(new RegExp(`#/${section.toLowerCase()}$`));
  }
  expect(errors).toEqual([]);
});

test('every section that is not built yet says what will be there', async ({ page, app }) => {
  await page.goto(app.url);
  for (const section of ['Runbooks', 'Checklists', 'Incidents', 'Contacts', 'Handover', 'Reports']) {
    await nav(page).getByRole('link', { name: section }).click();
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { name: section, level: 1 })).toBeVisible();
    // A real sentence about the section, not a placeholder.
    const text = (await main.innerText()).replace(section, '');
    expect(text.length, `${section} empty state`).toBeGreaterThan(60);
    expect(text).not.toMatch(/TODO|lorem|coming soon/i);
  }
});

test('a changed setting is kept across a reload and a restart of the core', async ({ page, app }) => {
  await page.goto(app.url);
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

  // A new server process on the same data folder: the value came from disk, not the tab.
  const restarted = await app.restart();
  await page.goto(`${restarted.url}#/settings`);
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the theme follows the OS until the user picks one', async ({ page, app }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(app.url);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  expect(dark).not.toBe(light);

  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  expect(await background()).toBe(dark); // chosen dark wins over the light OS
});

test('a backup taken from the window lands, verified, in the data folder', async ({ page, app }) => {
  await page.goto(`${app.url}#/settings`);
  await page.getByRole('button', { name: 'Back up now' }).click();
  const backups = join(app.dataDir, 'backups');
  await expect.poll(() => (existsSync(backups) ? readdirSync(backups) : [])).toEqual([expect.stringMatching(/^oncall-\d{8}T\d{9}Z\.sqlite$/)]);
  const [fileName] = readdirSync(backups);
  await expect(page.getByText(fileName!)).toBeVisible();
});

test('the keyboard reaches every section', async ({ page, app }) => {
  await page.goto(app.url);
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('heading', { name: 'Checklists', level: 1 })).toBeVisible();
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'Alerts', level: 1 })).toBeVisible();
  await page.keyboard.press('Alt+0');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  await nav(page).getByRole('link', { name: 'Checklists' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(nav(page).getByRole('link', { name: 'Incidents' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Incidents', level: 1 })).toBeVisible();
});

test('the token leaves the address bar but the tab keeps working', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  expect(page.url()).not.toContain('token=');
  await page.reload();
  await expect(page.getByText(app.dataDir)).toBeVisible();
});

test('without the token the window says how to get in', async ({ page, app }) => {
  await page.goto(app.url.replace(/\?token=.*$/, ''));
  await expect(page.getByText(/token/i).first()).toBeVisible();
});
