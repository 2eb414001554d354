import { formatLatency, STATUS_LABELS } from './check-format.ts';
import { linePath, niceCeiling, worstStatus, type Slot } from './history-slots.ts';

const WIDTH = 600;
const HEIGHT = 160;
/** Room so a line at the top or bottom edge is not cut in half. */
const PAD = 3;
/** A floor for the axis, so a few sub-millisecond answers do not read as a jagged range. */
const MIN_TOP_MS = 10;

const hourFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayHourFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

function axisTime(at: number, periodMs: number, spanSlots: number): string {
  if (periodMs >= 86_400_000) return dayFormat.format(at);
  return spanSlots > 30 ? dayHourFormat.format(at) : hourFormat.format(at);
}

function slotTitle(slot: Slot): string {
  const when = `${axisTime(slot.start, slot.periodMs, 0)}–${axisTime(slot.start + slot.periodMs, slot.periodMs, 0)}`;
  const bucket = slot.bucket;
  if (!bucket) return `${when}: no results`;
  const counts = (['up', 'warning', 'critical', 'unknown'] as const).filter((status) => bucket[status] > 0).map((status) => `${bucket[status]} ${status}`);
  const latency = bucket.latencyAvg === null ? '' : `; avg ${formatLatency(bucket.latencyAvg)}, p95 ${formatLatency(bucket.latencyP95)}`;
  return `${when}: ${counts.join(', ')}${latency}${slot.partial ? ' (so far)' : ''}`;
}

function describe(slots: readonly Slot[], rangeLabel: string): string {
  const withData = slots.filter((slot) => slot.bucket);
  if (withData.length === 0) return `No results in the last ${rangeLabel}.`;
  const averages = withData.map((slot) => slot.bucket?.latencyAvg).filter((value): value is number => typeof value === 'number');
  const p95s = withData.map((slot) => slot.bucket?.latencyP95).filter((value): value is number => typeof value === 'number');
  const unit = slots[0] && slots[0].periodMs >= 86_400_000 ? 'days' : 'hours';
  const troubled = withData.filter((slot) => worstStatus(slot.bucket) !== 'up').length;
  const mean = averages.length > 0 ? averages.reduce((sum, value) => sum + value, 0) / averages.length : null;
  return (
    `Latency over the last ${rangeLabel}: average ${formatLatency(mean)}, 95th percentile up to ${formatLatency(p95s.length > 0 ? Math.max(...p95s) : null)}. ` +
    `${withData.length} of ${slots.length} ${unit} have results; ${troubled} with problems.`
  );
}

/** Average and p95 latency per bucket as two lines with gaps, and the worst status per bucket below. */
export function LatencyChart({ slots, rangeLabel }: { readonly slots: readonly Slot[]; readonly rangeLabel: string }) {
  const avg = slots.map((slot) => slot.bucket?.latencyAvg ?? null);
  const p95 = slots.map((slot) => slot.bucket?.latencyP95 ?? null);
  const highest = Math.max(0, ...p95.map((value) => value ?? 0), ...avg.map((value) => value ?? 0));
  const top = niceCeiling(Math.max(highest, MIN_TOP_MS));
  const step = WIDTH / Math.max(1, slots.length);
  const x = (index: number) => (index + 0.5) * step;
  const y = (value: number) => PAD + (1 - Math.min(value, top) / top) * (HEIGHT - 2 * PAD);
  const hasLatency = highest > 0;
  const first = slots[0];
  const last = slots.at(-1);

  return (
    <figure className="latency-chart">
      {hasLatency ? null : <p className="muted latency-chart__empty">No latency measured in the last {rangeLabel}.</p>}
      <div className="latency-chart__plot-row">
        <div className="latency-chart__y-axis" aria-hidden="true">
          {hasLatency ? (
            <>
              <span>{formatLatency(top)}</span>
              <span>{formatLatency(top / 2)}</span>
              <span>0</span>
            </>
          ) : null}
        </div>
        <svg className={`latency-chart__plot${hasLatency ? '' : ' latency-chart__plot--empty'}`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={describe(slots, rangeLabel)}>
          {[0, 0.5, 1].map((share) => (
            <line key={share} className="latency-chart__grid" x1="0" x2={WIDTH} y1={y(top * share)} y2={y(top * share)} vectorEffect="non-scaling-stroke" />
          ))}
          {hasLatency ? (
            <>
              <path className="latency-chart__line latency-chart__line--p95" d={linePath(p95, x, y, step * 0.4)} vectorEffect="non-scaling-stroke" />
              <path className="latency-chart__line latency-chart__line--avg" d={linePath(avg, x, y, step * 0.4)} vectorEffect="non-scaling-stroke" />
            </>
          ) : null}
        </svg>
      </div>
      <div className="latency-chart__strip-row">
        <span className="latency-chart__strip-label" aria-hidden="true">
          Status
        </span>
        <svg className="status-strip" viewBox={`0 0 ${slots.length} 1`} preserveAspectRatio="none" aria-hidden="true">
          {slots.map((slot, index) => (
            <rect key={slot.start} className={`status-strip__cell status-strip__cell--${worstStatus(slot.bucket) ?? 'none'}`} x={index + 0.06} y="0" width="0.88" height="1">
              <title>{slotTitle(slot)}</title>
            </rect>
          ))}
        </svg>
      </div>
      {first && last ? (
        <div className="latency-chart__x-axis" aria-hidden="true">
          <span>{axisTime(first.start, first.periodMs, slots.length)}</span>
          <span>now</span>
        </div>
      ) : null}
      <figcaption className="latency-chart__legend">
        {hasLatency ? (
          <>
            <span className="chart-legend chart-legend--avg">Average latency</span>
            <span className="chart-legend chart-legend--p95">95th percentile</span>
          </>
        ) : null}
        {(['up', 'warning', 'critical', 'unknown'] as const).map((status) => (
          <span key={status} className={`chart-legend chart-legend--status chart-legend--${status}`}>
            {STATUS_LABELS[status]}
          </span>
        ))}
        <span className="chart-legend chart-legend--status chart-legend--none">No results</span>
      </figcaption>
    </figure>
  );
}
