import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The same cap as the editor's (`runbooks.update`): what is bigger is not a runbook. */
export const MAX_RUNBOOK_BYTES = 10 * 1024 * 1024;

export type ReadResult =
  | { readonly ok: true; readonly markdown: string; readonly hash: string; readonly warnings: string[] }
  | { readonly ok: false; readonly reason: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * Read one Markdown file as text, or say in one sentence why it is not one.
 *
 * Decisions: a file over 10 MiB or holding NUL bytes (binary) is refused, since
 * neither is something a person reads at 3am. Invalid UTF-8 is imported with the bad
 * bytes replaced by U+FFFD and a warning: the file is almost always a text runbook
 * with one legacy-encoded character, and refusing it would lose the other 99.9%.
 */
export function readMarkdownFile(path: string): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { ok: false, reason: `cannot be read: ${describe(error)}` };
  }
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_RUNBOOK_BYTES) {
      return { ok: false, reason: `too large: ${(size / 1024 / 1024).toFixed(1)} MiB, over the 10 MiB limit for a runbook` };
    }
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const got = readSync(fd, bytes, read, size - read, read);
      if (got === 0) break;
      read += got;
    }
    return decodeMarkdown(bytes.subarray(0, read));
  } catch (error) {
    return { ok: false, reason: `cannot be read: ${describe(error)}` };
  } finally {
    closeSync(fd);
  }
}

/** Bytes → text with the rules above; exported for the tests and the editor path. */
export function decodeMarkdown(bytes: Uint8Array): ReadResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `binary file (a NUL byte at offset ${nul}), not Markdown text` };
  const hash = sha256(bytes);
  try {
    return { ok: true, markdown: strictUtf8.decode(bytes), hash, warnings: [] };
  } catch {
    const markdown = lenientUtf8.decode(bytes);
    const replaced = countReplacements(markdown);
    return {
      ok: true,
      markdown,
      hash,
      warnings: [`not valid UTF-8: ${replaced} invalid byte sequence${replaced === 1 ? ' was' : 's were'} replaced with \uFFFD`],
    };
  }
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function countReplacements(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) count += 1;
  return count;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the file does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return (error as Error).message;
}
