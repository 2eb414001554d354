import { closeSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, extname, resolve, sep } from 'node:path';
import { targetFilePath, type ManualAnalysis } from '../../common/manual/index.ts';

/** Bigger images are left out (shown as missing): a runbook is not a photo album. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  // Shown only through <img src="data:…">, where an SVG cannot run script.
  '.svg': 'image/svg+xml',
};

export interface CopiedImage {
  readonly target: string;
  readonly mime: string | null;
  readonly bytes: Buffer | null;
}

/**
 * The relative images a runbook shows, read from disk so they show offline. `root` is
 * the folder the import started from: an image whose real path (symbolic links
 * followed) lies outside it is not read, like a link that climbs out of the manual.
 * Anything missing, too big or of another type is kept as a null entry ("missing").
 */
export function copyImages(analysis: ManualAnalysis, sourcePath: string, root: string): CopiedImage[] {
  const copied = new Map<string, CopiedImage>();
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  for (const link of analysis.links) {
    if (!link.image || copied.has(link.target)) continue;
    copied.set(link.target, readImage(link.target, link.escapesFolder, sourcePath, realRoot));
  }
  return [...copied.values()];
}

function readImage(target: string, escapes: boolean, sourcePath: string, realRoot: string): CopiedImage {
  const missing: CopiedImage = { target, mime: null, bytes: null };
  if (escapes) return missing;
  const relative = decodeTarget(target);
  const mime = MIME_BY_EXTENSION[extname(relative).toLowerCase()];
  if (mime === undefined) return missing;
  let real: string;
  try {
    const base = relative.startsWith('/') ? realRoot : dirname(sourcePath);
    real = realpathSync(resolve(base, relative.replace(/^\/+/, '')));
  } catch {
    return missing;
  }
  if (real !== realRoot && !real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)) return missing;
  let fd: number | undefined;
  try {
    fd = openSync(real, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_IMAGE_BYTES) return missing;
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const got = readSync(fd, bytes, read, stat.size - read, read);
      if (got === 0) break;
      read += got;
    }
    return { target, mime, bytes: bytes.subarray(0, read) };
  } catch {
    return missing;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `img/a%20b.png?raw=1#x` → `img/a b.png`, `/`-separated; a leading `/` means the manual's root, as in links.ts. */
export function decodeTarget(target: string): string {
  return targetFilePath(target).replace(/\\/g, '/');
}

export function dataUrl(mime: string, bytes: Uint8Array): string {
  return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
}
