import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CheckSummary } from '../../../../electron/shared/contract.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useChecksStore } from '../../stores/checks-store.ts';
import { LatencyChart } from './LatencyChart.tsx';
import { RecentResults } from './RecentResults.tsx';
import { RANGES, slotsFor, type HistoryRange } from './history-slots.ts';

/** Latency and status over a chosen range (tabs), then the newest results as a table. */
export function HistoryPanel({ check, now }: { readonly check: CheckSummary; readonly now: number }) {
  const [range, setRange] = useState<HistoryRange>('24h');
  const history = useChecksStore((state) => (state.history?.id === check.id && state.history.range === range ? state.history : null));
  const loadHistory = useChecksStore((state) => state.loadHistory);
  const tabsRef = useRef<HTMLDivElement>(null);
  const baseId = useId();

  useEffect(() => {
    void loadHistory(check.id, range);
  }, [check.id, range, loadHistory]);

  function onTabKey(event: KeyboardEvent<HTMLDivElement>) {
    const index = RANGES.findIndex((entry) => entry.id === range);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target = event.key === 'Home' ? 0 : event.key === 'End' ? RANGES.length - 1 : step ? (index + step + RANGES.length) % RANGES.length : -1;
    const next = RANGES[target];
    if (!next) return;
    event.preventDefault();
    setRange(next.id);
    tabsRef.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(`${baseId}-tab-${next.id}`)}`)?.focus();
  }

  const value = history?.value ?? null;
  const slots = value ? slotsFor(range, now, value.buckets) : null;
  const label = RANGES.find((entry) => entry.id === range)?.label ?? range;

  return (
    <>
      <section className="card" aria-labelledby={`${baseId}-title`}>
        <h2 id={`${baseId}-title`} className="card__title">
          Latency and status
        </h2>
        <div className="range-tabs" role="tablist" aria-label="Time range" ref={tabsRef} onKeyDown={onTabKey}>
          {RANGES.map((entry) => (
            <button
              key={entry.id}
              id={`${baseId}-tab-${entry.id}`}
              type="button"
              role="tab"
              className="range-tabs__tab"
              aria-selected={entry.id === range}
              aria-controls={`${baseId}-panel`}
              tabIndex={entry.id === range ? 0 : -1}
              onClick={() => setRange(entry.id)}
            >
              {entry.label}
            </button>
          ))}
        </div>
        <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={`${baseId}-tab-${range}`} className="range-tabs__panel">
          {history?.error ? <ErrorNotice message={history.error} onRetry={() => void loadHistory(check.id, range)} /> : null}
          {slots ? (
            <LatencyChart slots={slots} rangeLabel={label} />
          ) : history?.error ? null : (
            <p className="muted" role="status">
              Loading history…
            </p>
          )}
        </div>
      </section>
      <RecentResults results={value?.recent ?? null} now={now} />
    </>
  );
}
