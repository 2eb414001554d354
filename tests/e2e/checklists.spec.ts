import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';

/** The browser's local "HH:MM" now, so the routine comes due at once in its own zone. */
function localTimeNow(): string {
  const now = new Date();
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

test('a daily checklist comes due, is completed item by item, and shows as done in history', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Checklists' }).click();
  await expect(page.getByRole('heading', { name: 'Checklists', level: 1 })).toBeVisible();
  await expect(page.getByText('Nothing is due right now.')).toBeVisible();

  await page.getByRole('button', { name: 'New checklist' }).click();
  await expect(page.getByRole('heading', { name: 'New checklist', level: 1 })).toBeVisible();
  const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  await expect(page.getByLabel('Time zone')).toHaveValue(zone);

  await page.getByLabel('Title').fill('Start-of-Shift Sweep');
  await page.getByLabel('At', { exact: true }).fill(await page.evaluate(localTimeNow));
  await page.getByLabel('Time budget (minutes)').fill('10');
  await page.getByLabel('Item 1', { exact: true }).fill('Dashboards green');
  await page.getByRole('button', { name: 'Add item' }).click();
  await page.getByLabel('Item 2', { exact: true }).fill('Read the handover note');

  // Bad input first: the core's reason names the field, and nothing is saved.
  await page.getByLabel('Time zone').fill('Mars/Olympus_Mons');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('recurrence.timeZone: "Mars/Olympus_Mons" is not a known IANA time zone');
  await page.getByLabel('Time zone').fill(zone);
  await page.getByRole('button', { name: 'Save' }).click();

  const run = page.getByRole('region', { name: 'Start-of-Shift Sweep' });
  await expect(run).toBeVisible();
  await expect(run).toContainText('Due');
  await expect(run).toContainText(/\d+:\d\d left of 10 min/);
  await expect(run).toContainText('0 of 2 done');

  // The box follows the core's answer (a click is a request), so click and wait for it.
  await run.getByLabel('Dashboards green', { exact: true }).click();
  await expect(run.getByLabel('Dashboards green', { exact: true })).toBeChecked();
  await expect(run).toContainText('1 of 2 done');
  await run.getByRole('button', { name: 'Note on “Read the handover note”' }).click();
  await run.getByLabel('Note', { exact: true }).fill('nothing handed over');
  await run.getByRole('button', { name: 'Save note' }).click();
  await expect(run).toContainText('Note: nothing handed over');
  await run.getByLabel('Read the handover note', { exact: true }).click();

  await expect(run).toHaveCount(0);
  await expect(page.getByText('Nothing is due right now.')).toBeVisible();
  const history = page.getByRole('table', { name: 'Checklist history, newest first' });
  await expect(history.getByRole('row', { name: /Start-of-Shift Sweep/ })).toContainText('Done');
  await expect(history.getByRole('row', { name: /Start-of-Shift Sweep/ })).toContainText('2 / 0 / 0');
  await expect(page.getByLabel('Completion rate of Start-of-Shift Sweep')).toHaveText('100%');

  // Kept across a restart of the core.
  const again = await app.restart();
  await page.goto(`${again.url.split('#')[0]}#/checklists`);
  await expect(page.getByRole('table', { name: 'Checklist history, newest first' }).getByRole('row', { name: /Start-of-Shift Sweep/ })).toContainText('Done');
});

test('routines found in an ops manual are reviewed, edited and saved as checklists', async ({ page, app }) => {
  const manual = fileURLToPath(new URL('../../../shared/samples/ops-manual.md', import.meta.url));
  await page.goto(`${app.url.split('#')[0]}#/checklists`);
  await page.getByRole('button', { name: 'Import from Markdown' }).click();
  await expect(page.getByRole('heading', { name: 'Import checklists', level: 1 })).toBeVisible();
  await page.getByLabel('Markdown file or folder').fill(manual);
  await page.getByRole('button', { name: 'Find routines' }).click();

  const proposals = page.getByRole('region', { name: /^Proposal \d$/ });
  await expect(proposals).toHaveCount(5);
  const first = page.getByRole('region', { name: 'Proposal 1' });
  await expect(first.getByLabel('Title')).toHaveValue('Start-of-Shift Sweep');
  await expect(first.getByLabel('Time budget (minutes)')).toHaveValue('10');
  await expect(first.getByLabel('At', { exact: true })).toHaveValue('09:00');
  await expect(page.getByRole('region', { name: 'Proposal 5' }).getByLabel('Repeats')).toHaveValue('quarterly');

  // Review: rename one, leave two out.
  await first.getByLabel('Title').fill('Morning sweep');
  await page.getByRole('region', { name: 'Proposal 3' }).getByRole('checkbox', { name: /Include/ }).uncheck();
  await page.getByRole('region', { name: 'Proposal 4' }).getByRole('checkbox', { name: /Include/ }).uncheck();
  await page.getByRole('button', { name: 'Save 3 checklists' }).click();

  const routines = page.getByRole('table', { name: 'Checklist templates' });
  await expect(routines.getByRole('row')).toHaveCount(4);
  await expect(routines.getByRole('row', { name: /Morning sweep/ })).toContainText('Daily at 09:00');
  await expect(routines.getByRole('row', { name: /End-of-Shift Wrap-up/ })).toContainText('Daily at 17:00');
  await expect(routines.getByRole('row', { name: /Failover Exercise/ })).toContainText('Quarterly on the 1st');
  await expect(routines.getByRole('row', { name: /Failover Exercise/ })).toContainText('180 min');
});
