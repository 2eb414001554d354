import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders that are never a team's runbooks, only tooling. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

export interface WalkResult {
  /** Absolute paths of `.md` files, sorted so imports and reports are stable. */
  readonly files: string[];
  readonly failed: Array<{ path: string; reason: string }>;
}

/**
 * Every `.md` file under `root`, following symbolic links but visiting each real folder
 * once, so a link back up the tree (a loop) ends instead of running forever. Iterative,
 * so a very deep tree cannot overflow the stack.
 */
export function findMarkdownFiles(root: string): WalkResult {
  const files: string[] = [];
  const failed: Array<{ path: string; reason: string }> = [];
  const seen = new Set<string>();
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    let real: string;
    let entries;
    try {
      real = realpathSync(dir);
      if (seen.has(real)) continue;
      seen.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      failed.push({ path: dir, reason: `folder cannot be read: ${(error as Error).message}` });
      continue;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          if (entry.name.toLowerCase().endsWith('.md')) failed.push({ path, reason: 'broken symbolic link (its target does not exist)' });
          continue;
        }
      }
      if (isDir) {
        if (!SKIPPED_DIRS.has(entry.name)) pending.push(path);
      } else if (isFile && entry.name.toLowerCase().endsWith('.md')) {
        files.push(path);
      }
    }
  }
  files.sort();
  return { files, failed };
}
