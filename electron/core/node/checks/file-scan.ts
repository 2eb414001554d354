import type { Dir, Dirent } from 'node:fs';
import { lstat, opendir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { matchesName, type FileGlob, type GlobSegment } from './file-glob.ts';

/** A regular file that matched. */
export interface FoundFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** What one search found, and whether it could look everywhere it should have. */
export interface ScanResult {
  /** The newest matches, newest first, at most `keep` of them. */
  readonly newest: readonly FoundFile[];
  readonly matched: number;
  /** Folder entries looked at. */
  readonly scanned: number;
  /** The search stopped at `maxEntries`: a newer match may exist beyond it. */
  readonly capped: boolean;
  readonly aborted: boolean;
  /** Why the base folder could not be searched, when it could not. */
  readonly problem: string | null;
}

/** How many newest files to keep, when to stop, and how far to look. */
export interface ScanOptions {
  readonly keep: number;
  readonly signal: AbortSignal;
  readonly maxEntries?: number;
}

/** Enough for any sane backup folder; beyond it a pattern is too broad to search every run. */
export const MAX_ENTRIES = 100_000;

/** A folder still to read, and the index of the pattern segment its entries must match. */
interface Visit {
  readonly dir: string;
  readonly index: number;
}

/**
 * Finds the files matching `glob` below its base folder, keeping the newest by
 * modification time. Symbolic links are followed only when their target lies inside
 * the base folder (a link to /etc is not part of a backup folder), and `**` never
 * descends through a linked folder, so a link cycle cannot make the walk endless.
 */
export async function scanFiles(glob: FileGlob, options: ScanOptions): Promise<ScanResult> {
  const maxEntries = options.maxEntries ?? MAX_ENTRIES;
  const newest: FoundFile[] = [];
  let matched = 0;
  let scanned = 0;
  let capped = false;
  const result = (problem: string | null = null): ScanResult => ({ newest, matched, scanned, capped, aborted: options.signal.aborted, problem });

  let realBase: string;
  try {
    realBase = await realpath(glob.base);
    if (!(await stat(realBase)).isDirectory()) return result(`${glob.base} is not a folder`);
  } catch (error) {
    return result(describeFsError(error, glob.base));
  }
  const inside = (path: string): boolean => path === realBase || path.startsWith(realBase.endsWith(sep) ? realBase : realBase + sep);

  const keep = (file: FoundFile): void => {
    matched += 1;
    const at = newest.findIndex((other) => file.mtimeMs > other.mtimeMs);
    newest.splice(at === -1 ? newest.length : at, 0, file);
    if (newest.length > options.keep) newest.length = options.keep;
  };

  /** What an entry is, links resolved when they stay inside the base. */
  const typeOf = async (entry: Dirent, path: string): Promise<{ kind: 'file'; file: FoundFile } | { kind: 'dir'; linked: boolean } | null> => {
    try {
      if (entry.isDirectory()) return { kind: 'dir', linked: false };
      if (entry.isFile()) {
        const info = await lstat(path);
        return { kind: 'file', file: { path, size: info.size, mtimeMs: info.mtimeMs } };
      }
      if (!entry.isSymbolicLink() || !inside(await realpath(path))) return null;
      const info = await stat(path);
      if (info.isDirectory()) return { kind: 'dir', linked: true };
      return info.isFile() ? { kind: 'file', file: { path, size: info.size, mtimeMs: info.mtimeMs } } : null;
    } catch {
      // Deleted between listing and looking, or a dangling link: not a match.
      return null;
    }
  };

  const segments = glob.segments;
  const queue: Visit[] = [{ dir: glob.base, index: 0 }];
  const queued = new Set<string>();

  /** An entry that matched segment `index`: a file ends the pattern, a folder continues it. */
  const matchedSegment = async (entry: Dirent, path: string, index: number): Promise<void> => {
    const last = index === segments.length - 1;
    const type = await typeOf(entry, path);
    if (type?.kind === 'file' && last) keep(type.file);
    if (type?.kind === 'dir' && !last) visit({ dir: path, index: index + 1 });
  };

  const visit = (next: Visit): void => {
    // Two `**` in one pattern can reach the same folder by two routes.
    const key = `${next.index}\0${next.dir}`;
    if (queued.has(key)) return;
    queued.add(key);
    queue.push(next);
  };

  while (queue.length > 0) {
    const { dir, index } = queue.pop()!;
    const segment = segments[index] as GlobSegment;
    let handle: Dir;
    try {
      handle = await opendir(dir);
    } catch {
      // A folder below the base that cannot be read holds no match we could judge.
      continue;
    }
    for await (const entry of handle) {
      if (options.signal.aborted) return result();
      if (scanned >= maxEntries) {
        capped = true;
        return result();
      }
      scanned += 1;
      const path = join(dir, entry.name);
      if (segment.kind === 'name') {
        if (matchesName(segment, entry.name)) await matchedSegment(entry, path, index);
        continue;
      }
      if (entry.name.startsWith('.')) continue;
      // `**` matches no folder at all (this entry against the next segment) or one more (descend).
      const following = segments[index + 1];
      if (following?.kind === 'name' && matchesName(following, entry.name)) await matchedSegment(entry, path, index + 1);
      if (following === undefined) {
        const type = await typeOf(entry, path);
        if (type?.kind === 'file') keep(type.file);
        if (type?.kind === 'dir' && !type.linked) visit({ dir: path, index });
      } else if (entry.isDirectory()) {
        visit({ dir: path, index });
      }
    }
  }
  return result();
}

/** "/var/backups does not exist", "cannot read /var/backups (permission denied)". */
function describeFsError(error: unknown, path: string): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return `${path} does not exist`;
    case 'ENOTDIR':
      return `${path} is not a folder`;
    case 'EACCES':
    case 'EPERM':
      return `cannot read ${path} (permission denied)`;
    default:
      return `cannot read ${path} (${code || (error instanceof Error ? error.message : String(error))})`;
  }
}
