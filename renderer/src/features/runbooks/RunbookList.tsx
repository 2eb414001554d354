import { useId, useMemo, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useRunbooksStore } from '../../stores/runbooks-store.ts';
import { ActiveRuns } from './ActiveRuns.tsx';
import { FilterChips } from './FilterChips.tsx';
import { RunbookRows } from './RunbookRows.tsx';
import { SearchHits } from './SearchHits.tsx';
import { goToRunbooks } from './runbook-route.ts';
import { buildSearchQuery, chipsFrom, matchesFilters, NO_FILTERS, type Filters } from './search-query.ts';
import { useRunbookSearch } from './use-runbook-search.ts';

const LEAD = 'Your runbooks, readable offline. Search them, open one, and run its procedures step by step.';

export function RunbookList() {
  const summaries = useRunbooksStore((state) => state.summaries);
  const loaded = useRunbooksStore((state) => state.loaded);
  const listError = useRunbooksStore((state) => state.listError);
  const load = useRunbooksStore((state) => state.load);
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const searchId = useId();
  const hintId = useId();
  const available = useMemo(() => chipsFrom(summaries), [summaries]);
  const searching = text.trim() !== '';
  const search = useRunbookSearch(buildSearchQuery(text, filters), searching);
  const shown = summaries.filter((summary) => matchesFilters(summary, filters)).sort((a, b) => a.title.localeCompare(b.title));

  return (
    <>
      <PageHeader title="Runbooks">{LEAD}</PageHeader>
      {listError ? <ErrorNotice message={listError} onRetry={() => void load()} /> : null}
      <div className="action-row">
        <button type="button" className="button button--primary" onClick={() => goToRunbooks({ view: 'import' })}>
          Import…
        </button>
        <button type="button" className="button" onClick={() => goToRunbooks({ view: 'new' })}>
          Write a runbook
        </button>
      </div>
      <ActiveRuns />
      <div className="runbook-search">
        <label className="field__label" htmlFor={searchId}>
          Search runbooks
        </label>
        <input
          id={searchId}
          className="input input--wide"
          type="search"
          placeholder="e.g. disk full, &quot;replication lag&quot;, fail*"
          spellCheck={false}
          aria-describedby={hintId}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <p id={hintId} className="field__hint">
          Titles, headings, text and tags. Quote a phrase; end a word with * to match its start. Ctrl+K searches everything from anywhere.
        </p>
      </div>
      <FilterChips available={available} selected={filters} onChange={setFilters} />
      {searching ? (
        <SearchHits state={search} />
      ) : !loaded ? (
        <p className="muted" role="status">
          Loading runbooks…
        </p>
      ) : summaries.length === 0 && !listError ? (
        <p className="card">No runbooks yet. Import a Markdown file or a folder (such as a checkout of your team’s runbook repository), or write one.</p>
      ) : (
        <RunbookRows summaries={shown} total={summaries.length} />
      )}
    </>
  );
}
