/**
 * Priority markers in headings: P0–P4, SEV-0..5 (SEV1, Sev 2), S1–S4 and the words
 * Critical/High/Medium/Low. `S3` and `High` are ordinary words too (an AWS bucket, "High
 * memory"), so those two only count where a marker is expected: inside parentheses,
 * after a dash separator, next to another marker (`S3/S4`) or after "severity".
 */
import type { Priority } from './types.ts';
import { clip } from './text.ts';

const CODE_MARKER = /(^|[^A-Za-z0-9])(P[0-4]|S[1-4]|[Ss][Ee][Vv][- ]?[0-5])(?![A-Za-z0-9])/g;
const WORD_MARKER = /(^|[^A-Za-z])(critical|high|medium|low)(?![A-Za-z])/gi;
const WORD_LEVEL: Readonly<Record<string, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

/**
 * Every priority marker in a heading, in reading order. In running prose the words
 * (High, Low…) say too little, so `words: false` looks for the coded markers only.
 */
export function findPriorities(heading: string, words = true): Priority[] {
  const text = clip(heading);
  const depth = parenthesisDepth(text);
  const found: { index: number; priority: Priority }[] = [];
  for (const match of text.matchAll(CODE_MARKER)) {
    const index = (match.index ?? 0) + (match[1] as string).length;
    const token = match[2] as string;
    const priority = codePriority(token);
    if (priority.scheme === 'S' && !inMarkerPlace(text, index, token.length, depth)) continue;
    found.push({ index, priority });
  }
  for (const match of words ? text.matchAll(WORD_MARKER) : []) {
    const index = (match.index ?? 0) + (match[1] as string).length;
    const word = (match[2] as string).toLowerCase();
    if (!inMarkerPlace(text, index, word.length, depth) || !isWholeSegment(text, index, word.length)) continue;
    found.push({ index, priority: { scheme: 'word', level: WORD_LEVEL[word] ?? 3, label: word[0]?.toUpperCase() + word.slice(1) } });
  }
  return found.sort((a, b) => a.index - b.index).map((each) => each.priority);
}

function codePriority(token: string): Priority {
  const level = Number(token[token.length - 1]);
  if (token[0] === 'P') return { scheme: 'P', level, label: `P${level}` };
  if (token.length === 2) return { scheme: 'S', level, label: `S${level}` };
  return { scheme: 'SEV', level, label: `SEV-${level}` };
}

// Open-parenthesis depth before each character, computed once so each check is O(1).
function parenthesisDepth(text: string): Int32Array {
  const depth = new Int32Array(text.length + 1);
  let open = 0;
  for (let index = 0; index < text.length; index += 1) {
    depth[index] = open;
    if (text[index] === '(') open += 1;
    else if (text[index] === ')' && open > 0) open -= 1;
  }
  depth[text.length] = open;
  return depth;
}

function inMarkerPlace(text: string, index: number, length: number, depth: Int32Array): boolean {
  if ((depth[index] ?? 0) > 0) return true;
  const before = text.slice(Math.max(0, index - 12), index);
  if (/(?:^|\s)[-–—:]\s*$/.test(before) || /\/\s*$/.test(before) || /severity\s*$/i.test(before)) return true;
  return /^\s*\//.test(text.slice(index + length, index + length + 3));
}

// "(P0 - Critical)" and "Disk full - High" name a priority; "(High memory usage)" does not.
function isWholeSegment(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  const after = text.slice(index + length, index + length + 12);
  const starts = /(?:^|[(\-–—:,/]\s*)$/.test(before);
  const ends = /^(?:\s*(?:$|[)\-–—,/])|\s+(?:priority|severity|urgency|impact)\b)/i.test(after);
  return starts && ends;
}

/** Distinct coded markers (P, SEV, S) used anywhere in the given lines, in order of first use. */
export function collectPriorityVocabulary(texts: Iterable<string>): Priority[] {
  const seen = new Map<string, Priority>();
  for (const text of texts) {
    // Every coded marker ends in a digit 0–5; most prose lines have none and are skipped.
    if (!/[0-5]/.test(text)) continue;
    for (const priority of findPriorities(text, false)) if (!seen.has(priority.label)) seen.set(priority.label, priority);
  }
  return [...seen.values()];
}

/** "P1 - 1 Hour Response", "(4h response)": the promised response time, in minutes. */
export function findResponseMinutes(heading: string): number | null {
  const match = /(\d{1,4})\s?-?\s?(minutes?|mins?|hours?|hrs?|h|days?)\s+response/i.exec(clip(heading));
  if (match === null) return null;
  return Number(match[1]) * unitMinutes(match[2] as string);
}

/** Minutes in one of the unit words the timebox and response patterns accept. */
export function unitMinutes(unit: string): number {
  const lower = unit.toLowerCase();
  if (lower.startsWith('h')) return 60;
  if (lower.startsWith('d')) return 1_440;
  return 1;
}
