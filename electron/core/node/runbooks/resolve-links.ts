import { dirname, extname, join, resolve } from 'node:path';
import type { ManualAnalysis } from '../../common/manual/index.ts';
import { decodeTarget } from './images.ts';

/**
 * Relative links of one runbook → the imported runbook each opens (null when the
 * target was not imported). `root` is the folder the runbook was imported from: a
 * leading `/` means it, as in links.ts. Links that climb out of the manual
 * (`../../etc/passwd`) are flagged by the analysis and never looked up.
 */
export function resolveLinks(
  analysis: ManualAnalysis,
  sourcePath: string | null,
  root: string | null,
  lookup: (paths: readonly string[]) => Map<string, number>,
): Record<string, number | null> {
  const links: Record<string, number | null> = {};
  const candidates = new Map<string, string[]>();
  for (const link of analysis.links) {
    if (link.image || Object.hasOwn(links, link.target)) continue;
    links[link.target] = null;
    if (link.escapesFolder || sourcePath === null) continue;
    const relative = decodeTarget(link.target);
    if (relative === '') continue;
    const base = relative.startsWith('/') ? (root ?? dirname(sourcePath)) : dirname(sourcePath);
    const path = resolve(base, relative.replace(/^\/+/, ''));
    // `../db/` and `../db/failover` are how wikis and MkDocs write links to pages.
    const tries = extname(path) === '' ? [path, `${path}.md`, join(path, 'README.md'), join(path, 'index.md')] : [path];
    candidates.set(link.target, tries);
  }
  const found = lookup([...new Set([...candidates.values()].flat())]);
  for (const [target, tries] of candidates) {
    const hit = tries.find((path) => found.has(path));
    if (hit !== undefined) links[target] = found.get(hit) as number;
  }
  return links;
}
