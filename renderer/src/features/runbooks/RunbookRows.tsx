import type { RunbookSummary } from '../../../../electron/shared/contract.ts';
import { Timestamp } from '../../components/Timestamp.tsx';
import { useNow } from '../../lib/use-now.ts';
import { runbookHref } from './runbook-route.ts';

/** Every runbook (or those the chips leave), by title. */
export function RunbookRows({ summaries, total }: { readonly summaries: readonly RunbookSummary[]; readonly total: number }) {
  const now = useNow();
  if (summaries.length === 0) return <p>No runbook has all the selected tags and services. Turn a filter off.</p>;
  return (
    <>
      <p className="muted" role="status">
        {summaries.length === total ? `${total} ${total === 1 ? 'runbook' : 'runbooks'}.` : `Showing ${summaries.length} of ${total} runbooks.`}
      </p>
      <ul className="runbook-rows">
        {summaries.map((summary) => (
          <li key={summary.id} className="runbook-row">
            <a className="runbook-row__title" href={runbookHref({ view: 'detail', id: summary.id })}>
              {summary.title}
            </a>
            <span className="runbook-row__meta">
              {summary.procedureCount > 0 ? `${summary.procedureCount} ${summary.procedureCount === 1 ? 'procedure' : 'procedures'} · ` : ''}
              {summary.tags.length > 0 ? `${summary.tags.join(', ')} · ` : ''}
              updated <Timestamp at={summary.updatedAt} now={now} />
            </span>
            {summary.sourcePath ? <code className="path runbook-row__path">{summary.sourcePath}</code> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
