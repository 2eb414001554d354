import { isAbsolute, join, parse } from 'node:path';
import { compileGlob, matchGlob, type Glob } from '../../common/conditions/glob.ts';

/** One path segment of a pattern below its base folder. */
export type GlobSegment =
  /** `**`: any number of folders, none included. */
  | { readonly kind: 'folders' }
  | { readonly kind: 'name'; readonly glob: Glob; readonly dot: boolean };

/** A pattern such as `/var/backups/db-*.sql.gz`: base `/var/backups` and the segments below it. */
export interface FileGlob {
  /** The folder the search starts in and never leaves: the pattern's wildcard-free start. */
  readonly base: string;
  readonly segments: readonly GlobSegment[];
}

const WILDCARD = /[*?[\\]/;

/**
 * Parses an absolute file pattern: `*` matches any run of characters within one name,
 * `?` one character, `**` as a whole segment any number of folders, and (from the
 * condition language's globs, whose matcher this reuses per segment) `[a-z]` classes.
 * Like a shell, wildcards skip names that start with a dot unless the pattern's segment
 * does: rsync and many backup tools write in-progress copies as `.name.XXXXXX`.
 * On Windows both `\` and `/` separate folders, so `\` cannot escape there.
 */
export function parseFileGlob(pattern: string): { ok: true; glob: FileGlob } | { ok: false; reason: string } {
  if (!isAbsolute(pattern)) return { ok: false, reason: 'must be an absolute path such as /var/backups/db-*.sql.gz' };
  const root = parse(pattern).root;
  const parts = pattern.slice(root.length).split(process.platform === 'win32' ? /[\\/]+/ : /\/+/);
  if (parts.some((part) => part === '.' || part === '..')) return { ok: false, reason: 'must not contain . or .. folders' };
  if (parts[parts.length - 1] === '') return { ok: false, reason: 'must name files, not end with a folder separator' };
  const firstWild = parts.findIndex((part) => WILDCARD.test(part));
  // Without wildcards the file's own folder is the base and its name the one segment.
  const split = firstWild === -1 ? parts.length - 1 : firstWild;
  const segments: GlobSegment[] = [];
  for (const part of parts.slice(split)) {
    if (part === '**') {
      // `**/**` means the same as `**`; collapsing keeps the walk from visiting folders twice.
      if (segments[segments.length - 1]?.kind !== 'folders') segments.push({ kind: 'folders' });
      continue;
    }
    const compiled = compileGlob(part);
    if (!compiled.ok) return { ok: false, reason: `has a bad wildcard in "${part}": ${compiled.reason}` };
    segments.push({ kind: 'name', glob: compiled.glob, dot: part.startsWith('.') });
  }
  return { ok: true, glob: { base: join(root, ...parts.slice(0, split)), segments } };
}

/** Whether a folder entry's name matches a name segment. */
export function matchesName(segment: Extract<GlobSegment, { kind: 'name' }>, name: string): boolean {
  if (name.startsWith('.') && !segment.dot) return false;
  return matchGlob(segment.glob, name);
}
