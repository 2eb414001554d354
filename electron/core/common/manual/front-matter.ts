/**
 * YAML front matter, the small subset runbooks use, read by hand: `key: value`, quoted
 * values, `[a, b]` and `- item` lists, `|` / `>` block text and `#` comments. Anything
 * else is reported as a problem with its line and skipped; the body is still analysed.
 */
import type { FrontMatter, ManualProblem } from './types.ts';

/** The parsed front matter (or null) and the index of the first body line. */
export interface FrontMatterResult {
  readonly frontMatter: FrontMatter | null;
  readonly bodyStart: number;
}

/** Reads front matter at the top of `lines`, reporting what it cannot read. */
export function readFrontMatter(lines: readonly string[], problems: ManualProblem[]): FrontMatterResult {
  if (lines[0]?.trimEnd() !== '---') return { frontMatter: null, bodyStart: 0 };
  let close = -1;
  for (let index = 1; index < lines.length; index += 1) {
    const trimmed = (lines[index] as string).trimEnd();
    if (trimmed === '---' || trimmed === '...') {
      close = index;
      break;
    }
  }
  if (close === -1) {
    problems.push({ line: 1, message: 'front matter starting at line 1 is never closed with "---"; it is read as text' });
    return { frontMatter: null, bodyStart: 0 };
  }
  const fields = readFields(lines, close, problems);
  return { frontMatter: toFrontMatter(fields), bodyStart: close + 1 };
}

function readFields(lines: readonly string[], close: number, problems: ManualProblem[]): Map<string, string | string[]> {
  const fields = new Map<string, string | string[]>();
  let listKey: string | null = null;
  let index = 1;
  while (index < close) {
    const line = lines[index] as string;
    const lineNumber = index + 1;
    index += 1;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const item = /^\s*-\s+(.*)$/.exec(line) ?? (/^\s*-$/.test(line) ? ['-', ''] : null);
    if (item !== null && listKey !== null) {
      const list = fields.get(listKey);
      const value = unquote(item[1] ?? '', lineNumber, problems);
      if (Array.isArray(list)) list.push(value);
      else fields.set(listKey, [value]);
      continue;
    }
    const pair = /^([A-Za-z0-9_][\w.-]{0,99})\s*:(?:\s+(.*))?$/.exec(line);
    if (pair === null) {
      // Nested maps under a key are outside the subset; their lines are skipped quietly.
      if (listKey !== null && /^\s+[\w.-]{1,100}\s*:/.test(line)) continue;
      problems.push({ line: lineNumber, message: `front matter line ${lineNumber} is not "key: value": ${trimmed.slice(0, 80)}` });
      listKey = null;
      continue;
    }
    const key = (pair[1] as string).toLowerCase();
    const value = (pair[2] ?? '').trim();
    listKey = null;
    if (value === '') {
      listKey = key;
      fields.set(key, []);
    } else if (/^[|>][+-]?$/.test(value)) {
      const body: string[] = [];
      while (index < close && ((lines[index] as string).trim() === '' || /^\s/.test(lines[index] as string))) {
        body.push((lines[index] as string).trim());
        index += 1;
      }
      fields.set(key, body.join(value.startsWith('|') ? '\n' : ' ').trim());
    } else if (value.startsWith('[')) {
      if (!value.endsWith(']')) problems.push({ line: lineNumber, message: `front matter list "${key}" has no closing "]"` });
      const inner = value.slice(1, value.endsWith(']') ? -1 : undefined);
      fields.set(key, inner.split(',').map((part) => unquote(part.trim(), lineNumber, problems)).filter((part) => part !== ''));
    } else {
      fields.set(key, unquote(value, lineNumber, problems));
    }
  }
  return fields;
}

function unquote(value: string, line: number, problems: ManualProblem[]): string {
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return stripComment(value);
  const end = value.lastIndexOf(quote);
  if (end === 0) {
    problems.push({ line, message: `front matter value on line ${line} has no closing ${quote}` });
    return value.slice(1);
  }
  const inner = value.slice(1, end);
  return quote === "'" ? inner.replaceAll("''", "'") : inner.replace(/\\(["\\nt])/g, (_, char: string) => ESCAPES[char] ?? char);
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', '"': '"', '\\': '\\' };

// In plain YAML scalars ` #` starts a comment.
function stripComment(value: string): string {
  const hash = value.indexOf(' #');
  return (hash === -1 ? value : value.slice(0, hash)).trim();
}

function toFrontMatter(fields: Map<string, string | string[]>): FrontMatter {
  const title = fields.get('title');
  const severity = fields.get('severity');
  return {
    title: typeof title === 'string' && title !== '' ? title : null,
    tags: asList(fields.get('tags')),
    services: asList(fields.get('services') ?? fields.get('service')),
    severity: typeof severity === 'string' && severity !== '' ? severity : Array.isArray(severity) ? (severity[0] ?? null) : null,
    checks: asList(fields.get('checks')),
    fields: Object.fromEntries(fields),
  };
}

// `tags: a, b` is as common as a YAML list in hand-written front matter.
function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
