import type { FoundFile } from './file-scan.ts';

/**
 * Sizes of the files each file check found newest on earlier runs, keyed by the
 * check's pattern. In memory only: the engine starts with it empty after every
 * restart, so a pattern that matches a single file (a backup overwritten in place)
 * needs a few runs with new files before the median rule can apply. Patterns that match
 * a rotation (`db-*.sql.gz`) do not wait: the older files in the folder are the history.
 */
const seen = new Map<string, FoundFile[]>();

/** Patterns remembered at most; the least recently used one is forgotten first. */
const MAX_PATTERNS = 500;
/** Files remembered per pattern at most, whatever `history` a config asks for. */
const MAX_FILES = 100;

/** The same file at the same modification: a check running every minute sees one backup many times. */
function sameVersion(a: FoundFile, b: FoundFile): boolean {
  return a.path === b.path && a.mtimeMs === b.mtimeMs;
}

/**
 * Sizes of up to `count` earlier files, newest first: the older matches of this run
 * and the files earlier runs found newest, without `newest` itself and each file
 * version once. Then remembers `newest` for the runs to come.
 */
export function previousSizes(pattern: string, newest: FoundFile, olderMatches: readonly FoundFile[], count: number): number[] {
  const remembered = seen.get(pattern) ?? [];
  const earlier: FoundFile[] = [];
  for (const file of [...olderMatches, ...remembered].sort((a, b) => b.mtimeMs - a.mtimeMs)) {
    if (sameVersion(file, newest) || earlier.some((other) => sameVersion(other, file))) continue;
    earlier.push(file);
  }
  remember(pattern, newest, remembered);
  return earlier.slice(0, count).map((file) => file.size);
}

function remember(pattern: string, newest: FoundFile, remembered: readonly FoundFile[]): void {
  // A file still being written keeps its name and may keep its time: the latest size wins.
  const files = [newest, ...remembered.filter((file) => !sameVersion(file, newest))].slice(0, MAX_FILES);
  seen.delete(pattern);
  seen.set(pattern, files);
  if (seen.size > MAX_PATTERNS) seen.delete(seen.keys().next().value as string);
}

/** The middle size, or the mean of the two middle ones. */
export function median(sizes: readonly number[]): number {
  const sorted = [...sizes].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Forgets every pattern's history (tests). */
export function forgetFileHistory(): void {
  seen.clear();
}
