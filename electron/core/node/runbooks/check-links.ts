import { basename } from 'node:path';

export interface LinkableCheck {
  readonly id: number;
  readonly name: string;
  /** The check's `runbook` field: a title, a file path or a URL. */
  readonly runbook: string | null;
}

/**
 * Checks a runbook belongs to: named in its front matter `checks:`, or whose `runbook`
 * field names it (its title, its file, or a URL ending in its file name, as an
 * Alertmanager `runbook_url` into the team's git repository does).
 */
export function linkedCheckIds(
  runbook: { id: number; title: string; sourcePath: string | null; frontMatterChecks: readonly string[] },
  checks: readonly LinkableCheck[],
): number[] {
  const named = new Set(runbook.frontMatterChecks.map((name) => name.trim().toLowerCase()));
  const file = runbook.sourcePath === null ? null : basename(runbook.sourcePath).toLowerCase();
  const title = runbook.title.trim().toLowerCase();
  const ids: number[] = [];
  for (const check of checks) {
    if (named.has(check.name.trim().toLowerCase()) || (check.runbook !== null && pointsAt(check.runbook, runbook.id, title, file))) ids.push(check.id);
  }
  return ids;
}

function pointsAt(reference: string, id: number, title: string, file: string | null): boolean {
  const value = reference.trim().toLowerCase();
  if (value === '') return false;
  if (value === title || value === `runbook:${id}` || value === `#runbooks/${id}`) return true;
  if (file === null) return false;
  const path = value.replace(/[?#].*$/, '');
  return path === file || path.endsWith(`/${file}`);
}
