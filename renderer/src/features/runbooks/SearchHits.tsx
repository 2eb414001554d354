import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Snippet } from './Snippet.tsx';
import { runbookHref } from './runbook-route.ts';
import type { SearchState } from './use-runbook-search.ts';

/** Ranked results, best first, each with the passage that matched. */
export function SearchHits({ state }: { readonly state: SearchState }) {
  if (state.error) return <ErrorNotice message={state.error} />;
  const hits = state.hits;
  return (
    <section aria-label="Search results">
      <p className="runbook-search__status" role="status">
        {state.searching && !hits ? 'Searching…' : hits ? (hits.length === 0 ? 'No runbook matches.' : `${hits.length} ${hits.length === 1 ? 'runbook matches' : 'runbooks match'}.`) : ''}
      </p>
      {hits && hits.length > 0 ? (
        <ol className="runbook-hits">
          {hits.map((hit) => (
            <li key={hit.id} className="runbook-hit">
              <a className="runbook-hit__title" href={runbookHref({ view: 'detail', id: hit.id })}>
                {hit.title}
              </a>
              <Snippet text={hit.snippet} />
              <p className="runbook-hit__meta">
                {hit.tags.length > 0 ? <span>{hit.tags.join(', ')}</span> : null}
                {hit.sourcePath ? <code className="path">{hit.sourcePath}</code> : null}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
