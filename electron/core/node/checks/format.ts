/** Small formatters for the one-line messages and the values check types report. */

/** Milliseconds kept to 0.1 ms: loopback and LAN answers are often under 1 ms. */
export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** "0.4 ms", "120 ms", "1.5 s", "10 s": precise when short, calm when long. */
export function formatDuration(ms: number): string {
  if (ms < 10) return `${roundMs(ms)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms < 10_000 ? Math.round(ms / 100) / 10 : Math.round(ms / 1000);
  return `${seconds} s`;
}

/** "1 day", "3 days". */
export function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** Cuts text a server chose (reason phrases, URLs) so one message stays one readable line. */
export function clip(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
