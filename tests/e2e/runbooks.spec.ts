import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { collectPageErrors, expect, test } from './fixtures.ts';

/** The ops manual users write, kept beside the repository (../shared/samples). */
const SAMPLE = fileURLToPath(new URL('../../../shared/samples/ops-manual.md', import.meta.url));

async function importSample(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Runbooks' }).click();
  await expect(page.getByRole('heading', { name: 'Runbooks', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByLabel('File or folder').fill(SAMPLE);

  // A preview saves nothing but shows what would be imported.
  await page.getByRole('button', { name: 'Preview' }).click();
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('Preview: nothing was saved');
  await expect(report).toContainText('Payments Platform');
  await expect(report).toContainText('Checkout Unavailable');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(report).toContainText('Imported');
  await expect(report).toContainText('4 procedures');
}

test('a manual is imported, searched, opened, and a procedure run survives a reload', async ({ page, app }) => {
  const errors = collectPageErrors(page);
  await page.goto(app.url);
  await importSample(page);

  // Search: the snippet highlights the match with <mark>, built without HTML.
  await page.getByRole('link', { name: 'Back to list' }).click();
  await page.getByLabel('Search runbooks').fill('settlement');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.locator('mark').first()).toHaveText(/settlement/i);
  await results.getByRole('link', { name: /Payments Platform/ }).click();

  // The rendered runbook: headings, a code block with its copy button, a table-free safe body.
  const body = page.getByTestId('runbook-view');
  await expect(body.getByRole('heading', { name: 'Checkout Unavailable (P0 - Respond Now)' })).toBeVisible();
  const copy = body.getByRole('button', { name: 'Copy sql code' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await copy.click();
  await expect(body.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('SELECT order_id, count(*) FROM captures');
  // The Electron shell refuses clipboard permissions: the selection-based fallback still copies.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.evaluate(() => navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob(['before'], { type: 'text/plain' }) })]));
  await copy.click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('GROUP BY order_id');
  await expect(body.locator('script')).toHaveCount(0);
  const runbookUrl = page.url();
  expect(runbookUrl).toMatch(/#\/runbooks\/\d+$/);

  // Procedure mode: start, see the timebox and priority, tick two steps.
  const procedures = page.getByRole('region', { name: 'Procedures' });
  await procedures.getByRole('button', { name: 'Run Checkout Unavailable' }).click();
  await expect(page.getByRole('heading', { name: /Checkout Unavailable/, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('P0');
  await expect(page.getByTestId('run-countdown')).toContainText(/\d+:\d\d left/);
  await page.getByRole('checkbox', { name: /Open the gateway dashboard/ }).check();
  await page.getByRole('checkbox', { name: /card network status page/ }).check();
  await expect(page.getByTestId('run-progress')).toHaveText(/^2 of \d+ steps done$/);

  // Reload: the run, its ticks and its clock come back from the core.
  await page.reload();
  await expect(page.getByTestId('run-progress')).toHaveText(/^2 of \d+ steps done$/);
  await expect(page.getByRole('checkbox', { name: /Open the gateway dashboard/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Roll back the last deploy/ })).not.toBeChecked();

  // The list offers to resume it after a reload too.
  await page.goto(runbookUrl.replace(/#.*$/, '#/runbooks'));
  await page.getByRole('link', { name: 'Resume: Checkout Unavailable' }).click();
  await expect(page.getByTestId('run-progress')).toHaveText(/^2 of \d+ steps done$/);

  expect(errors).toEqual([]);
});

test('the command palette finds a runbook from another section and opens it', async ({ page, app }) => {
  await page.goto(app.url);
  await importSample(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();

  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox').fill('Payments');
  await expect(dialog.getByRole('option').first()).toContainText('Payments Platform');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('runbook-view')).toBeVisible();

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('a runbook is written, a stale save is refused with the text kept, and a revision is compared and restored', async ({ page, app, context }) => {
  await page.goto(`${app.url}#/runbooks/new`);
  const editor = page.getByLabel('Markdown');
  await editor.fill('# Disk full\n\n<script>alert(1)</script>\n\n1. Check `df -h` on <host>\n');
  // The preview renders as you type, raw HTML as text.
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Disk full' })).toBeVisible();
  await expect(preview).toContainText('<script>alert(1)</script>');
  await expect(preview).toContainText('on <host>');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Disk full', level: 1 })).toBeVisible();
  const runbookUrl = page.url();

  // Two windows edit the same revision; the second save is refused, its text kept.
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(editor).toHaveValue(/# Disk full/);
  const other = await context.newPage();
  // A new tab needs the token: it is in the URL browser mode printed, not in this tab's address bar.
  await other.goto(`${app.url}${new URL(runbookUrl).hash}/edit`);
  await other.getByLabel('Markdown').fill('# Disk full\n\n1. Check `df -h`\n2. Delete old logs\n');
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(other.getByTestId('runbook-view')).toContainText('Delete old logs');

  await editor.fill('# Disk full\n\n1. Check `df -h`\n2. Rotate logs\n');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Your text is still here');
  await expect(editor).toHaveValue(/Rotate logs/);
  await page.getByRole('button', { name: 'Save my text as the newest revision' }).click();
  await expect(page.getByTestId('runbook-view')).toContainText('Rotate logs');

  // Revisions: the first one differs from now by the lines since changed; restore it.
  await page.getByRole('button', { name: 'Revisions' }).click();
  await expect(page.getByRole('heading', { name: 'Revisions of Disk full', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Compare' }).last().click();
  const diff = page.getByRole('region', { name: /Changes from the chosen revision/ });
  await expect(diff.locator('.diff__line--added')).toContainText(['Rotate logs']);
  await expect(diff.locator('.diff__line--removed').first()).toContainText('<script>');
  await page.getByRole('button', { name: 'Restore this revision' }).last().click();
  await expect(page.getByTestId('runbook-view')).toContainText('<script>alert(1)</script>');
  await expect(page.getByTestId('runbook-view').locator('script')).toHaveCount(0);
});

/** A 1×1 PNG: the smallest real image a runbook can carry. */
const DOT_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

test('relative images show offline and relative links open the other runbook in the app', async ({ page, app }) => {
  const folder = mkdtempSync(join(tmpdir(), 'oncall-runbooks-'));
  try {
    mkdirSync(join(folder, 'img'));
    writeFileSync(join(folder, 'img', 'dot.png'), DOT_PNG);
    writeFileSync(join(folder, 'main.md'), '# Main\n\n![diagram](img/dot.png)\n\n![gone](img/none.png)\n\nSee [the other one](other.md) or [nothing](javascript:alert(1)).\n');
    writeFileSync(join(folder, 'other.md'), '# Other runbook\n\nHello from the other side.\n');
    await page.goto(`${app.url}#/runbooks/import`);
    await page.getByLabel('File or folder').fill(folder);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-report').getByRole('link', { name: 'Main' }).click();

    const body = page.getByTestId('runbook-view');
    const image = body.getByRole('img', { name: 'diagram' });
    await expect(image).toBeVisible();
    // Loaded under the window's CSP (img-src 'self' data:), not blocked.
    expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(1);
    await expect(body.getByRole('img', { name: /missing image: gone/ })).toBeVisible();
    await expect(body.getByText('nothing')).not.toHaveAttribute('href');

    await body.getByRole('link', { name: 'the other one' }).click();
    await expect(page.getByRole('heading', { name: 'Other runbook', level: 1 })).toBeVisible();
    await expect(page.getByTestId('runbook-view')).toContainText('Hello from the other side.');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
