/** Display helpers: the user's own locale and time zone, so times match the wall clock. */

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(ms: number): string {
  return dateTime.format(ms);
}

/** ISO form for `<time dateTime>`, which machines and screen readers can read. */
export function isoDateTime(ms: number): string {
  return new Date(ms).toISOString();
}

const UNITS = [
  { limit: 60_000, divisor: 1_000, unit: 'second' },
  { limit: 3_600_000, divisor: 60_000, unit: 'minute' },
  { limit: 86_400_000, divisor: 3_600_000, unit: 'hour' },
  { limit: Infinity, divisor: 86_400_000, unit: 'day' },
] as const;

/** "3 hours ago": how stale a backup is matters more at a glance than its date. */
export function formatRelative(ms: number, now: number, locale?: string): string {
  const elapsed = now - ms;
  if (Math.abs(elapsed) < 45_000) return 'just now';
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const { divisor, unit } = UNITS.find((entry) => Math.abs(elapsed) < entry.limit) ?? UNITS[3];
  return relative.format(-Math.round(elapsed / divisor), unit);
}

/** Binary units, one decimal below 10 so small differences between backups still show. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let index = 0;
  while (value >= 1024 && index < units.length - 1) {
    value /= 1024;
    index++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[index]}`;
}
