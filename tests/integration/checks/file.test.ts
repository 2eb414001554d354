import { mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckRunContext } from '../../../electron/core/common/checks/check-type.ts';
import { createFileCheck, fileCheck } from '../../../electron/core/node/checks/file.ts';
import { forgetFileHistory } from '../../../electron/core/node/checks/file-history.ts';
import { parseCheckConfig } from '../../../electron/core/node/checks/parse-config.ts';
import { checkContext } from '../../helpers/check-context.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** The core's clock for every run: file ages are read against it, not against Date.now(). */
const NOW = Date.UTC(2026, 10, 22, 3, 0, 0);
const MINUTE = 60_000;

function context(signal?: AbortSignal): CheckRunContext {
  return { ...checkContext({ signal }), now: () => NOW };
}

/** Writes `bytes` bytes at `path` (folders included), modified `minutesAgo` before NOW. */
function file(path: string, bytes: number, minutesAgo: number): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, Buffer.alloc(bytes, 0x61));
  const at = (NOW - minutesAgo * MINUTE) / 1000;
  utimesSync(path, at, at);
  return path;
}

function run(config: Record<string, unknown>, check = fileCheck, signal?: AbortSignal) {
  return check.run(check.config.parse(config), context(signal));
}

beforeEach(() => forgetFileHistory());

describe('file config', () => {
  it('names the field and the reason for bad input', () => {
    const message = (config: unknown) => {
      const parsed = parseCheckConfig(fileCheck, config);
      return parsed.ok ? 'ok' : parsed.message;
    };
    expect(message({})).toBe('path: is required');
    expect(message({ path: 'backups/db-*.gz' })).toBe('path: must be an absolute path such as /var/backups/db-*.sql.gz');
    expect(message({ path: '/var/backups/../etc/*' })).toBe('path: must not contain . or .. folders');
    expect(message({ path: '/var/backups/' })).toBe('path: must name files, not end with a folder separator');
    expect(message({ path: '/var/backups/db-[.gz' })).toMatch(/^path: has a bad wildcard in "db-\[\.gz": unclosed \[/);
    expect(message({ path: '/x/*', maxAgeMinutes: {} })).toBe('maxAgeMinutes: needs warning, critical or both');
    expect(message({ path: '/x/*', maxAgeMinutes: { warning: 100, critical: 50 } })).toBe('maxAgeMinutes.critical: must not be less than warning');
    expect(message({ path: '/x/*', maxAgeMinutes: { warning: 0, critical: 50 } })).toBe('maxAgeMinutes.warning: must be at least 1 minute');
    expect(message({ path: '/x/*', minRatioToMedian: 2 })).toBe('minRatioToMedian: must be a number from 0 to 1');
    expect(message({ path: '/x/*', history: 0 })).toBe('history: must be 1–100');
    expect(message({ path: '/x/*', minSizeBytes: -1 })).toBe('minSizeBytes: must be 0 or more');
    expect(fileCheck.config.parse({ path: '/var/backups/db-*.sql.gz' })).toEqual({
      path: '/var/backups/db-*.sql.gz',
      minSizeBytes: 1,
      minRatioToMedian: 0.5,
      history: 7,
      timeoutMs: 10_000,
    });
  });
});

describe('file check', () => {
  it('judges the newest match by modification time and reports its values', async () => {
    const dir = tempDir();
    file(join(dir, 'db-1.sql.gz'), 2000, 3 * 1440);
    file(join(dir, 'db-2.sql.gz'), 2100, 2 * 1440);
    const newest = file(join(dir, 'db-0.sql.gz'), 2048, 300);
    file(join(dir, 'notes.txt'), 10, 1);
    const outcome = await run({ path: join(dir, 'db-*.sql.gz'), maxAgeMinutes: { warning: 1560, critical: 2880 } });
    expect(outcome).toMatchObject({
      status: 'up',
      message: `${newest}: 2 KiB, 5 h old`,
      values: { file: newest, size_bytes: 2048, age_minutes: 300, median_size_bytes: null, files_matched: 3 },
    });
    expect(outcome.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('says when nothing matches, and why when the folder is missing', async () => {
    const dir = tempDir();
    file(join(dir, 'db.sql'), 10, 1);
    expect(await run({ path: join(dir, 'db-*.sql.gz') })).toMatchObject({
      status: 'critical',
      errorClass: 'condition',
      message: `No file matches ${join(dir, 'db-*.sql.gz')}`,
      values: { file: null, size_bytes: null, files_matched: 0 },
    });
    expect(await run({ path: join(dir, 'gone', '*.gz') })).toMatchObject({
      status: 'critical',
      message: `No file matches ${join(dir, 'gone', '*.gz')} (${join(dir, 'gone')} does not exist)`,
    });
  });

  it('warns, then goes critical, as the newest file ages', async () => {
    const dir = tempDir();
    const path = file(join(dir, 'backup.tar'), 100, 1600);
    const maxAgeMinutes = { warning: 1560, critical: 2880 };
    expect(await run({ path, maxAgeMinutes })).toMatchObject({ status: 'warning', errorClass: 'condition', message: `${path}: 27 h old (warning above 26 h)` });
    file(path, 100, 3 * 1440);
    expect(await run({ path, maxAgeMinutes })).toMatchObject({ status: 'critical', message: `${path}: 3 days old (critical above 48 h)` });
    file(path, 100, 3 * 1440);
    expect(await run({ path, maxAgeMinutes: { warning: 60 } })).toMatchObject({ status: 'warning', values: { age_minutes: 4320 } });
  });

  it('calls an empty or too small file critical', async () => {
    const dir = tempDir();
    const empty = file(join(dir, 'empty.gz'), 0, 5);
    expect(await run({ path: empty })).toMatchObject({ status: 'critical', errorClass: 'condition', message: `${empty}: empty (0 bytes)` });
    const small = file(join(dir, 'small.gz'), 500, 5);
    expect(await run({ path: small, minSizeBytes: 1024 })).toMatchObject({ status: 'critical', message: `${small}: 500 bytes (critical below 1 KiB)` });
    expect(await run({ path: empty, minSizeBytes: 0 })).toMatchObject({ status: 'up' });
  });

  it('compares the newest size with the median of the files before it in the folder', async () => {
    const dir = tempDir();
    [1000, 1100, 900, 1050].forEach((size, index) => file(join(dir, `db-${index}.gz`), size, (5 - index) * 1440));
    const shrunk = file(join(dir, 'db-9.gz'), 400, 10);
    expect(await run({ path: join(dir, 'db-*.gz') })).toMatchObject({
      status: 'critical',
      errorClass: 'condition',
      message: `${shrunk}: 400 bytes, less than 0.5 × the median 1 KiB of the 4 before it`,
      values: { size_bytes: 400, median_size_bytes: 1025 },
    });
    file(shrunk, 990, 10);
    expect(await run({ path: join(dir, 'db-*.gz') })).toMatchObject({ status: 'up', message: `${shrunk}: 990 bytes, 10 min old, median 1 KiB` });
    expect(await run({ path: join(dir, 'db-*.gz'), history: 2 })).toMatchObject({ values: { median_size_bytes: 975 } });
  });

  it('remembers sizes across runs for a file overwritten in place', async () => {
    const dir = tempDir();
    const path = join(dir, 'nightly.dump');
    const config = { path, history: 3 };
    for (const [day, size] of [1000, 1200, 1100].entries()) {
      file(path, size, (4 - day) * 1440);
      expect(await run(config)).toMatchObject({ status: 'up', values: { median_size_bytes: null } });
    }
    // The same file version seen again is not counted twice.
    expect(await run(config)).toMatchObject({ values: { median_size_bytes: null } });
    file(path, 100, 10);
    expect(await run(config)).toMatchObject({
      status: 'critical',
      message: `${path}: 100 bytes, less than 0.5 × the median 1.1 KiB of the 3 before it`,
      values: { median_size_bytes: 1100 },
    });
  });

  it('matches ? and ** and skips names that start with a dot', async () => {
    const dir = tempDir();
    file(join(dir, 'a', 'b', 'db-7.gz'), 10, 30);
    const deep = file(join(dir, 'x', 'db-8.gz'), 10, 20);
    file(join(dir, '.partial', 'db-9.gz'), 10, 1);
    file(join(dir, 'x', '.db-9.gz'), 10, 1);
    file(join(dir, 'db-10.gz'), 10, 2);
    expect(await run({ path: join(dir, '**', 'db-?.gz') })).toMatchObject({ values: { file: deep, files_matched: 2 } });
    expect(await run({ path: join(dir, '**', 'db-*.gz') })).toMatchObject({ values: { file: join(dir, 'db-10.gz'), files_matched: 3 } });
    expect(await run({ path: join(dir, '*', '.db-*.gz') })).toMatchObject({ values: { file: join(dir, 'x', '.db-9.gz') } });
    expect(await run({ path: join(dir, '**') })).toMatchObject({ values: { files_matched: 3 } });
  });

  it('never follows a link out of its base folder', async () => {
    const outside = tempDir();
    const base = tempDir();
    file(join(outside, 'secret.gz'), 10, 1);
    mkdirSync(join(outside, 'more'));
    file(join(outside, 'more', 'also.gz'), 10, 1);
    const real = file(join(base, 'real.gz'), 10, 60);
    symlinkSync(join(outside, 'secret.gz'), join(base, 'escape.gz'));
    symlinkSync(outside, join(base, 'linked-dir'));
    symlinkSync(real, join(base, 'inside.gz'));
    symlinkSync(base, join(base, 'loop'));
    const outcome = await run({ path: join(base, '**', '*.gz') });
    expect(outcome).toMatchObject({ status: 'up', values: { files_matched: 2 } });
    expect([join(base, 'real.gz'), join(base, 'inside.gz')]).toContain(outcome.values['file']);
    // A named folder may be a link inside the base (loop), not one leading out of it (linked-dir).
    expect(await run({ path: join(base, '*', '*.gz') })).toMatchObject({ values: { files_matched: 2 } });
    // Links in the part the user wrote out are the user's choice (/var -> /private/var on macOS).
    expect(await run({ path: join(base, 'linked-dir', '*.gz') })).toMatchObject({ values: { file: join(base, 'linked-dir', 'secret.gz') } });
  });

  it('stops at its limit of folder entries and says so', async () => {
    const dir = tempDir();
    for (let index = 0; index < 30; index += 1) file(join(dir, `f-${String(index).padStart(2, '0')}.log`), 10, 100 - index);
    const small = createFileCheck({ maxEntries: 10 });
    const capped = await run({ path: join(dir, '*.log') }, small);
    expect(capped).toMatchObject({ status: 'warning', errorClass: 'config', values: { files_matched: 10 } });
    expect(capped.message).toMatch(/: the search stopped after 10 entries, so a newer file may exist \(narrow the pattern\)$/);
    expect(await run({ path: join(dir, '*.txt') }, small)).toMatchObject({
      status: 'critical',
      message: `No file matches ${join(dir, '*.txt')} in the first 10 entries (the search stops there)`,
    });
  });

  it('ends at the deadline', async () => {
    const dir = tempDir();
    file(join(dir, 'a.gz'), 10, 1);
    const controller = new AbortController();
    controller.abort();
    expect(await run({ path: join(dir, '*.gz') }, fileCheck, controller.signal)).toMatchObject({ status: 'critical', errorClass: 'timeout', latencyMs: null });
  });
});
