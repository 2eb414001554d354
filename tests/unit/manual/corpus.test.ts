import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseManual, type ManualAnalysis } from '../../../electron/core/common/manual/index.ts';

const CORPORA = fileURLToPath(new URL('../../../../shared/corpora/', import.meta.url));

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && name.includes('/'))
    .map((name) => join(folder, name))
    .sort();
}

// Each corpus is its own manual: paths are relative to its folder, so links are resolved
// (and traversal judged) as they would be after importing that corpus alone.
const results = new Map<string, ManualAnalysis>();
const started = performance.now();
for (const file of markdownFiles(CORPORA)) {
  const [corpus = '', ...rest] = relative(CORPORA, file).split('/');
  results.set(`${corpus}/${rest.join('/')}`, analyseManual(readFileSync(file, 'utf8'), rest.join('/')));
}
const elapsed = performance.now() - started;

function count(select: (analysis: ManualAnalysis) => number, prefix = ''): number {
  let total = 0;
  for (const [path, analysis] of results) if (path.startsWith(prefix)) total += select(analysis);
  return total;
}

describe('the three real corpora', () => {
  it('analyses all 1,003 files and gives each a title', () => {
    expect(results.size).toBe(1_003);
    for (const [path, analysis] of results) expect(analysis.title.trim(), path).not.toBe('');
    console.log(
      `corpus sweep: ${results.size} files in ${Math.round(elapsed)} ms; procedures ${count((a) => a.procedures.length)}, checklists ${count((a) => a.checklists.length)}, ` +
        `links ${count((a) => a.links.length)}, problems ${count((a) => a.problems.length)}`,
    );
  });

  it('recognises the PagerDuty severity vocabulary', () => {
    const severity = results.get('PagerDuty__incident-response-docs/docs/before/severity_levels.md');
    expect(severity?.priorityVocabulary.map((each) => each.label)).toEqual(expect.arrayContaining(['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4', 'SEV-5']));
    expect(count((a) => a.outline.filter((heading) => heading.priorities.some((each) => each.scheme === 'SEV')).length, 'PagerDuty')).toBeGreaterThanOrEqual(2);
  });

  it('finds the GitLab first-5-minutes procedure and the S3/S4 handling procedure', () => {
    const apdex = results.get('mattrussi__gitlab-com-runbooks/docs/patroni/rails-sql-apdex-slow.md');
    expect(apdex?.procedures[0]).toMatchObject({ title: 'Rails SQL Apdex alerts', timeboxMinutes: 5, stepCount: 3 });
    const general = results.get('mattrussi__gitlab-com-runbooks/incidents/general_incidents.md');
    expect(general?.procedures.map((each) => each.priority?.label)).toContain('S3');
  });

  it('finds task-list checklists in the GitLab corpus and keeps nested tasks with their parent', () => {
    expect(count((a) => a.checklists.length, 'mattrussi')).toBeGreaterThanOrEqual(20);
    const rotation = results.get('mattrussi__gitlab-com-runbooks/docs/patroni/postgresql-role-credential-rotation.md');
    const withNotes = rotation?.checklists.flatMap((each) => each.items).filter((item) => item.notes.length > 0) ?? [];
    expect(withNotes.length).toBeGreaterThan(0);
  });

  it('reports the few unclosed fences and no link escaping its corpus', () => {
    const unclosed = count((a) => a.problems.filter((problem) => problem.message.startsWith('code fence')).length);
    expect(unclosed).toBeGreaterThanOrEqual(1);
    expect(unclosed).toBeLessThan(20);
    expect(count((a) => a.links.filter((link) => link.escapesFolder).length)).toBe(0);
    expect(count((a) => a.links.length)).toBeGreaterThan(1_000);
  });
});
