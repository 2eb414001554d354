/**
 * A line diff between two revisions (Myers' O((N+M)·D) algorithm), for "what changed
 * since the last import". Revisions of one runbook differ by a few lines, so the edit
 * budget is small; past it the answer is "too different", not a frozen window.
 */

export interface DiffLine {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
  /** Line number in the older text (null for added lines). */
  readonly before: number | null;
  /** Line number in the newer text (null for removed lines). */
  readonly after: number | null;
}

export type DiffItem = DiffLine | { readonly kind: 'gap'; readonly count: number };

/** Edits past which a diff is not worth reading (and its trace not worth the memory). */
export const MAX_EDITS = 2_000;

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

type Edit = { readonly kind: DiffLine['kind']; readonly text: string };

/** The shortest edit script for a → b, or null past `maxEdits`. */
function myers(a: readonly string[], b: readonly string[], maxEdits: number): Edit[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(max, maxEdits) && found === -1; d++) {
    // The furthest x per diagonal k after d-1 edits, for k in [-d-1, d+1] (index k+d+1).
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0)) ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found === -1) return null;
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const previous = trace[d];
    if (!previous) break;
    const at = (k: number) => previous[k + d + 1] ?? 0;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      edits.push({ kind: 'same', text: a[x - 1] ?? '' });
      x--;
      y--;
    }
    if (previousK === k + 1) edits.push({ kind: 'added', text: b[y - 1] ?? '' });
    else edits.push({ kind: 'removed', text: a[x - 1] ?? '' });
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    edits.push({ kind: 'same', text: a[x - 1] ?? '' });
    x--;
    y--;
  }
  return edits.reverse();
}

/** Every line of both texts in order, marked same/added/removed; null when they differ in more than `maxEdits` lines. */
export function diffLines(before: string, after: string, maxEdits = MAX_EDITS): DiffLine[] | null {
  const a = splitLines(before);
  const b = splitLines(after);
  // Revisions mostly share their head and tail: only the middle needs the algorithm.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail), maxEdits);
  if (!middle) return null;
  const edits: Edit[] = [
    ...a.slice(0, head).map((text) => ({ kind: 'same' as const, text })),
    ...middle,
    ...a.slice(a.length - tail).map((text) => ({ kind: 'same' as const, text })),
  ];
  let lineBefore = 0;
  let lineAfter = 0;
  return edits.map((edit) => ({
    ...edit,
    before: edit.kind === 'added' ? null : ++lineBefore,
    after: edit.kind === 'removed' ? null : ++lineAfter,
  }));
}

/** Changed lines with `context` unchanged lines around them; longer unchanged runs fold into a gap. */
export function withContext(lines: readonly DiffLine[], context = 3): DiffItem[] {
  const keep = new Uint8Array(lines.length);
  lines.forEach((line, index) => {
    if (line.kind === 'same') return;
    for (let at = Math.max(0, index - context); at <= Math.min(lines.length - 1, index + context); at++) keep[at] = 1;
  });
  const items: DiffItem[] = [];
  let gap = 0;
  lines.forEach((line, index) => {
    if (keep[index]) {
      if (gap > 0) items.push({ kind: 'gap', count: gap });
      gap = 0;
      items.push(line);
    } else {
      gap++;
    }
  });
  if (gap > 0) items.push({ kind: 'gap', count: gap });
  return items;
}
