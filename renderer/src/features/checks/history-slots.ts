import type { Rollup } from '../../../../electron/shared/contract.ts';
import type { CheckStatus } from './check-format.ts';

export type HistoryRange = '24h' | '7d' | '30d';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The core's buckets: hourly for 24 h and 7 d, daily (UTC) for 30 d. */
export const RANGES: ReadonlyArray<{ readonly id: HistoryRange; readonly label: string; readonly spanMs: number; readonly periodMs: number }> = [
  { id: '24h', label: '24 h', spanMs: DAY_MS, periodMs: HOUR_MS },
  { id: '7d', label: '7 d', spanMs: 7 * DAY_MS, periodMs: HOUR_MS },
  { id: '30d', label: '30 d', spanMs: 30 * DAY_MS, periodMs: DAY_MS },
];

type Counts = Pick<Rollup, 'up' | 'warning' | 'critical' | 'unknown'>;

/** One place on the time axis, with what is known about it (null: nothing ran). */
export interface Slot {
  readonly start: number;
  readonly periodMs: number;
  readonly bucket: Rollup | null;
  /** True for the bucket that holds "now": it is still filling. */
  readonly partial: boolean;
}

function alignedStart(at: number, periodMs: number): number {
  return at - (((at % periodMs) + periodMs) % periodMs);
}

/**
 * Every bucket position of the range, oldest first, so a missing bucket is a gap and not
 * a squeezed axis. The core sends every bucket up to now; the one holding "now" is still
 * filling, and says so.
 */
export function slotsFor(range: HistoryRange, now: number, buckets: readonly Rollup[]): Slot[] {
  const spec = RANGES.find((entry) => entry.id === range) ?? RANGES[0]!;
  const byStart = new Map(buckets.filter((bucket) => bucket.periodMs === spec.periodMs).map((bucket) => [bucket.start, bucket]));
  const slots: Slot[] = [];
  const last = alignedStart(now, spec.periodMs);
  // The core asks for buckets starting at or after now − span: the same first slot.
  let start = alignedStart(now - spec.spanMs, spec.periodMs);
  if (start < now - spec.spanMs) start += spec.periodMs;
  for (; start <= last; start += spec.periodMs) {
    const bucket = byStart.get(start) ?? null;
    slots.push({ start, periodMs: spec.periodMs, bucket, partial: bucket !== null && start + spec.periodMs > now });
  }
  return slots;
}

/** The status a bucket is drawn in: the worst thing that happened in it. */
export function worstStatus(counts: Counts | null): CheckStatus | null {
  if (!counts) return null;
  if (counts.critical > 0) return 'critical';
  if (counts.warning > 0) return 'warning';
  if (counts.unknown > 0) return 'unknown';
  if (counts.up > 0) return 'up';
  return null;
}

/**
 * The heartbeat bar's cells, oldest left, newest right; `recent` arrives newest first.
 * Fewer results than cells leaves empty cells on the left, so "now" is always at the right.
 */
export function heartbeatCells<T>(recent: readonly T[], size: number): Array<T | null> {
  const shown = recent.slice(0, size).reverse();
  return [...Array.from({ length: size - shown.length }, () => null), ...shown];
}

/** 1, 2 or 5 × 10ⁿ at or above `value`: an axis top that reads at a glance. */
export function niceCeiling(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

/**
 * An SVG path through the points, broken where a value is missing. A point with gaps on
 * both sides becomes a short flat stroke so that it still shows.
 */
export function linePath(values: ReadonlyArray<number | null>, x: (index: number) => number, y: (value: number) => number, dotWidth: number): string {
  const runs: Array<Array<[number, number]>> = [];
  let run: Array<[number, number]> = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push([round(x(index)), round(y(value))]);
  });
  if (run.length > 0) runs.push(run);
  return runs
    .map((points) => {
      const [first] = points;
      if (points.length === 1 && first) return `M ${round(first[0] - dotWidth / 2)} ${first[1]} h ${round(dotWidth)}`;
      return points.map(([px, py], index) => `${index === 0 ? 'M' : 'L'} ${px} ${py}`).join(' ');
    })
    .join(' ');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
