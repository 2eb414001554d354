import { useId, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useChecksStore } from '../../stores/checks-store.ts';
import { CheckRow } from './CheckRow.tsx';
import { ChecksEmpty } from './ChecksEmpty.tsx';
import { bySeverityThenName } from './check-format.ts';
import { countByFilter, FILTERS, matchesQuery, matchesStatus, type StatusFilter } from './check-filter.ts';
import { goTo } from './check-route.ts';

const LEAD = 'Everything this app watches, with its latest result. Rows update as checks run.';

export function CheckList() {
  const checks = useChecksStore((state) => state.checks);
  const loaded = useChecksStore((state) => state.loaded);
  const listError = useChecksStore((state) => state.listError);
  const load = useChecksStore((state) => state.load);
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [query, setQuery] = useState('');
  const filterId = useId();
  const searchId = useId();

  if (loaded && !listError && checks.length === 0) return <ChecksEmpty lead={LEAD} />;

  const counts = countByFilter(checks);
  const shown = checks.filter((check) => matchesStatus(check, filter) && matchesQuery(check, query)).sort(bySeverityThenName);
  const problems = counts.problems;

  return (
    <>
      <PageHeader title="Checks">{LEAD}</PageHeader>
      {listError ? <ErrorNotice message={listError} onRetry={() => void load()} /> : null}
      <div className="checks-toolbar">
        <button type="button" className="button button--primary" onClick={() => goTo({ view: 'new' })}>
          New check
        </button>
        <div className="checks-toolbar__field">
          <label className="checks-toolbar__label" htmlFor={filterId}>
            Show
          </label>
          <select id={filterId} className="input input--compact" value={filter} onChange={(event) => setFilter(event.target.value as StatusFilter)}>
            {FILTERS.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label} ({counts[option.id]})
              </option>
            ))}
          </select>
        </div>
        <div className="checks-toolbar__field checks-toolbar__field--grow">
          <label className="checks-toolbar__label" htmlFor={searchId}>
            Search
          </label>
          <input
            id={searchId}
            className="input input--compact"
            type="search"
            placeholder="Name, kind or address"
            spellCheck={false}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      </div>
      {!loaded ? (
        <p className="muted" role="status">
          Loading checks…
        </p>
      ) : checks.length > 0 ? (
        <>
          <p className="checks-summary" role="status">
            {problems === 0 ? `All ${checks.length} checks are up or have not run yet.` : `${problems} of ${checks.length} checks need attention.`}
            {shown.length < checks.length ? ` Showing ${shown.length}.` : ''}
          </p>
          {shown.length > 0 ? (
            <div className="table-wrap">
              <table className="table checks-table">
                <caption className="visually-hidden">Checks, problems first</caption>
                <thead>
                  <tr>
                    <th scope="col">Status</th>
                    <th scope="col">Check</th>
                    <th scope="col" className="table__number">
                      Latency
                    </th>
                    <th scope="col">Recent results</th>
                    <th scope="col" className="table__number">
                      24 h available
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((check) => (
                    <CheckRow key={check.id} check={check} />
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>No check matches. Clear the search or show all statuses.</p>
          )}
        </>
      ) : null}
    </>
  );
}
