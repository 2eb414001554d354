/**
 * `npm run import -- <file-or-folder> [--data-dir DIR] [--dry-run] [--json]`:
 * the runbook importer for scripts and for previewing a team's manuals. It goes through
 * createCore and the contract's `runbooks.import` channel, exactly as the window does,
 * so it validates and stores the same way.
 *
 * Exit codes: 0 the import ran (files that failed are listed in the report),
 * 1 it could not run (no such path, database refused), 2 bad arguments.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, createCore, defaultDataDir, type Core } from '../core/index.ts';
import type { ImportReport } from '../shared/contract.ts';

const PACKAGE_JSON = new URL('../../package.json', import.meta.url);
const USAGE = 'Usage: npm run import -- <file-or-folder> [--data-dir DIR] [--dry-run] [--json]';

interface Options {
  readonly path: string;
  readonly dataDir: string;
  readonly dryRun: boolean;
  readonly json: boolean;
}

function fail(code: 1 | 2, message: string): never {
  process.stderr.write(`On-Call Companion import: ${message}\n`);
  process.exit(code);
}

function readOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { 'data-dir': { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    fail(2, `${(error as Error).message}. ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    fail(2, `${positionals.length === 0 ? 'name the Markdown file or folder to import' : `one file or folder at a time, not ${positionals.length}`}. ${USAGE}`);
  }
  const dataDir = values['data-dir'];
  if (dataDir !== undefined && dataDir.trim() === '') fail(2, `--data-dir must name a folder. ${USAGE}`);
  // `npm run` starts scripts in the project folder; paths are meant from where the user typed them.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  return {
    path: resolve(cwd, positionals[0] as string),
    dataDir: dataDir === undefined ? defaultDataDir() : resolve(cwd, dataDir),
    dryRun: values['dry-run'],
    json: values.json,
  };
}

/** Without --json: a few lines a person can read. */
function summary(report: ImportReport, dryRun: boolean): string {
  const lines = [`${dryRun ? 'Would import' : 'Imported'} ${report.runbooks.length} runbook(s) from ${report.root} in ${report.durationMs} ms.`];
  for (const file of report.runbooks) {
    lines.push(`  ${file.status.padEnd(9)} ${file.title} (${file.sourcePath})`);
    for (const procedure of file.procedures) {
      lines.push(`      procedure ${procedure.title} [${procedure.priority ?? 'no priority'}, ${procedure.timeboxMinutes ?? '–'} min, ${procedure.stepCount} steps]`);
    }
    for (const checklist of file.checklists) {
      lines.push(`      checklist ${checklist.title} [${checklist.recurrence}, ${checklist.budgetMinutes ?? '–'} min, ${checklist.itemCount} items]`);
    }
    for (const warning of file.warnings) lines.push(`      warning: ${warning}`);
  }
  const contactRows = report.contacts.reduce((sum, table) => sum + table.rows.length, 0);
  lines.push(`${contactRows} contact(s) in ${report.contacts.length} table(s).`);
  if (report.failed.length > 0) lines.push(`${report.failed.length} file(s) failed:`, ...report.failed.map((entry) => `  ${entry.path}: ${entry.reason}`));
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const version = (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;
  // Progress and warnings go to stderr: stdout is the report alone, for scripts.
  const logger = { info: () => {}, warn: (message: string) => process.stderr.write(`${message}\n`), error: (message: string) => process.stderr.write(`${message}\n`) };
  let core: Core;
  try {
    core = await createCore({ dataDir: options.dataDir, mode: 'browser', version, logger });
  } catch (error) {
    fail(1, error instanceof AppError ? error.message : `could not start: ${(error as Error).stack ?? String(error)}`);
  }
  const result = await core.invoke('runbooks.import', { path: options.path, dryRun: options.dryRun });
  core.close();
  if (!result.ok) fail(1, result.error.message);
  const report = result.value as ImportReport;
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : summary(report, options.dryRun));
}

await main();
