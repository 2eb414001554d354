/** Expected-status lists such as "200-399", "200,204" or "2xx,301", written as a person would. */

/** Inclusive [low, high] pairs. */
export type StatusRanges = readonly (readonly [number, number])[];

const PART = /^(?:([1-5])xx|(\d{3})(?:\s*[-–]\s*(\d{3}))?)$/i;

/** The ranges a text names, or null when any part is not a status code (100–599) or range. */
export function parseStatusRanges(text: string): StatusRanges | null {
  const ranges: [number, number][] = [];
  for (const raw of text.split(',')) {
    const match = PART.exec(raw.trim());
    if (!match) return null;
    const [, century, first, last] = match;
    const low = century ? Number(century) * 100 : Number(first);
    const high = century ? low + 99 : last ? Number(last) : low;
    if (low < 100 || high > 599 || low > high) return null;
    ranges.push([low, high]);
  }
  return ranges;
}

export function statusMatches(ranges: StatusRanges, status: number): boolean {
  return ranges.some(([low, high]) => status >= low && status <= high);
}

/** "200–399", "200, 204": the expectation as a message shows it. */
export function describeStatusRanges(ranges: StatusRanges): string {
  return ranges.map(([low, high]) => (low === high ? String(low) : `${low}–${high}`)).join(', ');
}
