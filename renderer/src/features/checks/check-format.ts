import type { CheckResult, CheckSummary } from '../../../../electron/shared/contract.ts';

export type CheckStatus = CheckResult['status'];
/** What a row shows: a status, or that the check has not run yet. */
export type DisplayStatus = CheckStatus | 'never';

export const STATUS_LABELS: Readonly<Record<DisplayStatus, string>> = {
  up: 'Up',
  warning: 'Warning',
  critical: 'Critical',
  unknown: 'Unknown',
  never: 'Never run',
};

/** Problems first: at 3am the list opens on what is broken. */
const SEVERITY: Readonly<Record<DisplayStatus, number>> = { critical: 0, warning: 1, unknown: 2, never: 3, up: 4 };

export function displayStatus(check: Pick<CheckSummary, 'last'>): DisplayStatus {
  return check.last?.status ?? 'never';
}

export function bySeverityThenName(a: CheckSummary, b: CheckSummary): number {
  return SEVERITY[displayStatus(a)] - SEVERITY[displayStatus(b)] || a.name.localeCompare(b.name) || a.id - b.id;
}

/** "6.5 ms", "240 ms", "1.25 s": one decimal only where it still means something. */
export function formatLatency(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  // Stored latencies are whole milliseconds: 0 means "under one", not "instant".
  if (ms < 1) return '<1 ms';
  if (ms < 10) return `${Math.round(ms * 10) / 10} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/**
 * One decimal, rounded down: a check that failed even once in 24 h must not read "100.0%".
 * The small epsilon keeps 0.995 (stored as 0.99499…) from flooring to 99.4.
 */
export function formatAvailability(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return '—';
  const tenths = Math.floor(share * 1000 + 1e-9);
  return `${(tenths / 10).toFixed(1)}%`;
}

export function formatInterval(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 120 || seconds % 60 !== 0) return `every ${seconds} s`;
  const minutes = seconds / 60;
  if (minutes < 120 || minutes % 60 !== 0) return `every ${minutes} min`;
  return `every ${minutes / 60} h`;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : null;
}

/** What a check points at, in one line: the URL, host:port or DNS name. */
export function checkTarget(config: Readonly<Record<string, unknown>>): string {
  const url = text(config['url']);
  if (url) return url;
  const host = text(config['host']);
  const port = text(config['port']);
  if (host) return port ? `${host}:${port}` : host;
  const name = text(config['name']);
  if (name) {
    const type = text(config['recordType']);
    return type ? `${name} (${type})` : name;
  }
  for (const value of Object.values(config)) {
    const first = text(value);
    if (first) return first;
  }
  return '';
}

/** `http` → `HTTP` (short kinds are protocol names), `prometheus-targets` → `Prometheus targets`. */
export function kindLabel(kind: string): string {
  if (kind.length <= 4) return kind.toUpperCase();
  const words = kind.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const dateTimeSeconds = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const timeSeconds = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

export function formatDateTimeSeconds(ms: number): string {
  return dateTimeSeconds.format(ms);
}

/** Results come every few seconds: show seconds, and leave the date off for today's. */
export function formatResultTime(ms: number, now: number): string {
  return new Date(ms).toDateString() === new Date(now).toDateString() ? timeSeconds.format(ms) : dateTimeSeconds.format(ms);
}

/** Long values (a whole response body) are cut for display; the check keeps them whole. */
export function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max).trimEnd()}…`;
}

/** Long bodies are cut here; the condition still sees all of it. */
const VALUE_MAX = 200;

/** A measured value as conditions see it, with its unit where the name does not say it. */
export function formatValue(name: string, value: string | number | boolean | null): string {
  if (value === null) return 'none';
  if (typeof value === 'string') return value === '' ? '(empty)' : truncate(value, VALUE_MAX);
  if (typeof value === 'number' && name === 'RESPONSE_TIME') return `${value} ms`;
  if (typeof value === 'number' && name === 'CERTIFICATE_EXPIRATION') return `${value} (${(value / 86_400_000).toFixed(1)} days)`;
  return String(value);
}
