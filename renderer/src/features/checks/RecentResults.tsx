import { useState } from 'react';
import type { CheckResult } from '../../../../electron/shared/contract.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { formatDateTimeSeconds, formatLatency, formatResultTime } from './check-format.ts';

/** Enough to see a pattern without scrolling past the chart; the rest is one click away. */
const FIRST_ROWS = 15;

/** The newest results, newest first: when it failed, how, and how long it took. */
export function RecentResults({ results, now }: { readonly results: readonly CheckResult[] | null; readonly now: number }) {
  const [showAll, setShowAll] = useState(false);
  const shown = results && !showAll ? results.slice(0, FIRST_ROWS) : results;
  return (
    <section className="card" aria-labelledby="recent-results-title">
      <h2 id="recent-results-title" className="card__title">
        Recent results
      </h2>
      {!results || !shown ? (
        <p className="muted">Loading results…</p>
      ) : results.length === 0 ? (
        <p>No results yet. “Run now” runs the check once and records the result.</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table results-table">
              <caption className="visually-hidden">Recent results, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="table__number">
                    Latency
                  </th>
                  <th scope="col">Message</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((result) => (
                  <tr key={result.at}>
                    <td className="results-table__time">
                      <time dateTime={new Date(result.at).toISOString()} title={formatDateTimeSeconds(result.at)}>
                        {formatResultTime(result.at, now)}
                      </time>
                    </td>
                    <td>
                      <StatusBadge status={result.status} />
                    </td>
                    <td className="table__number">{formatLatency(result.latencyMs)}</td>
                    <td className="results-table__message">{result.message ?? <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {results.length > FIRST_ROWS ? (
            <button type="button" className="button button--small results-table__more" onClick={() => setShowAll(!showAll)}>
              {showAll ? `Show the newest ${FIRST_ROWS}` : `Show all ${results.length}`}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
