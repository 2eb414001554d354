/**
 * Search snippets, made here rather than with FTS5's snippet(): snippet() scores every
 * match against every other match in a row, so one 10 MB runbook full of a common
 * word made a search take minutes. This scan is linear, reads at most the first
 * 512 KB of a text and looks at no more than 200 matches.
 */
export const SCAN_CHARS = 128 * 1024;
const MAX_MATCHES = 24;
const WINDOW_CHARS = 220;
const LEAD_CHARS = 60;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/**
 * Word starts to highlight, from the query's terms: prefix terms as typed, others with
 * common English endings cut (the index stems with Porter, so "restarting" finds
 * "restarted"; the highlight should show it too).
 */
export function highlightStems(terms: ReadonlyArray<{ text: string; prefix: boolean }>): string[] {
  const stems = new Set<string>();
  for (const term of terms) {
    const words = term.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
    words.forEach((word, index) => stems.add(term.prefix && index === words.length - 1 ? word : stemLite(word)));
  }
  return [...stems].filter((stem) => stem !== '').slice(0, 24);
}

function stemLite(word: string): string {
  for (const ending of ['ations', 'ation', 'ings', 'ing', 'ies', 'ed', 'es', 's', 'ly']) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * What makeSnippet looks for, built once per search. The regular expression (Unicode
 * classes make it costly to compile) is made only if a text needs it; see findMatches.
 */
export interface SnippetMatcher {
  readonly stems: readonly string[];
  pattern(): RegExp;
}

export function snippetMatcher(stems: readonly string[]): SnippetMatcher {
  let pattern: RegExp | undefined;
  return {
    stems,
    pattern: () => (pattern ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu')),
  };
}

/** The best ~220 characters of `texts[0]` (else the next text) with matches wrapped in \u0002 … \u0003. */
export function makeSnippet(texts: readonly string[], matcher: SnippetMatcher): string {
  if (matcher.stems.length === 0) return lead(texts[0] ?? '');
  for (const text of texts) {
    const scanned = text.slice(0, SCAN_CHARS);
    const matches = findMatches(scanned, matcher, MAX_MATCHES);
    if (matches.length === 0) continue;
    const best = bestWindowStart(matches);
    return cut(scanned, Math.max(0, best - LEAD_CHARS), matcher);
  }
  return lead(texts[0] ?? '');
}

/**
 * Where the stems start words, in order, at most MAX_MATCHES. Plain indexOf over the
 * lower-cased text (native and fast, even through 128 KB without a match); the regular
 * expression only where lower-casing changed the text's length (so positions would not
 * line up), which a few characters such as U+0130 do.
 */
function findMatches(text: string, matcher: SnippetMatcher, max: number): Array<{ at: number; end: number; stem: string }> {
  const lower = text.toLowerCase();
  const matches: Array<{ at: number; end: number; stem: string }> = [];
  if (lower.length !== text.length) {
    const pattern = matcher.pattern();
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null && matches.length < max; match = pattern.exec(text)) {
      matches.push({ at: match.index, end: match.index + match[0].length, stem: stemOf(match[0].toLowerCase(), matcher.stems) });
    }
    return matches;
  }
  for (const stem of matcher.stems) {
    let found = 0;
    for (let at = lower.indexOf(stem); at !== -1 && found < max; at = lower.indexOf(stem, at + 1)) {
      if (at > 0 && WORD_CHAR.test(lower[at - 1] as string)) continue;
      let end = at + stem.length;
      while (end < lower.length && WORD_CHAR.test(lower[end] as string)) end += 1;
      matches.push({ at, end, stem });
      found += 1;
    }
  }
  matches.sort((a, b) => a.at - b.at || b.end - a.end);
  return matches.slice(0, max);
}

/** The match whose following window holds the most different stems; the earliest wins ties. */
function bestWindowStart(matches: ReadonlyArray<{ at: number; stem: string }>): number {
  let best = matches[0]?.at ?? 0;
  let bestCount = 0;
  for (let index = 0; index < matches.length; index += 1) {
    const start = matches[index]?.at as number;
    const seen = new Set<string>();
    for (let next = index; next < matches.length && (matches[next]?.at as number) < start + WINDOW_CHARS - LEAD_CHARS; next += 1) {
      seen.add(matches[next]?.stem as string);
    }
    if (seen.size > bestCount) {
      best = start;
      bestCount = seen.size;
    }
  }
  return best;
}

function stemOf(word: string, stems: readonly string[]): string {
  return stems.find((stem) => word.startsWith(stem)) ?? word;
}

function cut(text: string, from: number, matcher: SnippetMatcher): string {
  let start = from;
  while (start > 0 && WORD_CHAR.test(text[start - 1] as string)) start -= 1;
  let end = Math.min(text.length, start + WINDOW_CHARS);
  while (end < text.length && end - start < WINDOW_CHARS + 40 && WORD_CHAR.test(text[end] as string)) end += 1;
  const window = squeeze(text.slice(start, end));
  let marked = '';
  let done = 0;
  for (const match of findMatches(window, matcher, Number.MAX_SAFE_INTEGER)) {
    if (match.at < done) continue;
    marked += `${window.slice(done, match.at)}${MARK_START}${window.slice(match.at, match.end)}${MARK_END}`;
    done = match.end;
  }
  return `${start > 0 ? '…' : ''}${marked}${window.slice(done)}${end < text.length ? '…' : ''}`;
}

function lead(text: string): string {
  const body = squeeze(text.slice(0, WINDOW_CHARS));
  return text.length > WINDOW_CHARS ? `${body}…` : body;
}

// Marker characters in the text itself would fake highlights; runs of blank space say nothing.
function squeeze(text: string): string {
  return text.split(MARK_START).join('').split(MARK_END).join('').replace(/\s+/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
