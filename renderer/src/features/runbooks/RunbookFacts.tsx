import { useEffect } from 'react';
import type { Runbook } from '../../../../electron/shared/contract.ts';
import { Timestamp } from '../../components/Timestamp.tsx';
import { useNow } from '../../lib/use-now.ts';
import { useChecksStore } from '../../stores/checks-store.ts';

/** Where the runbook came from and what it belongs to: the facts to trust it by. */
export function RunbookFacts({ runbook }: { readonly runbook: Runbook }) {
  const now = useNow();
  const checks = useChecksStore((state) => state.checks);
  const checksLoaded = useChecksStore((state) => state.loaded);
  const loadChecks = useChecksStore((state) => state.load);
  const wantsChecks = runbook.checkIds.length > 0;

  useEffect(() => {
    if (wantsChecks && !checksLoaded) void loadChecks();
  }, [wantsChecks, checksLoaded, loadChecks]);

  return (
    <dl className="facts runbook-facts">
      <dt>Source</dt>
      <dd>{runbook.sourcePath ? <code className="path">{runbook.sourcePath}</code> : 'Written in the app'}</dd>
      {runbook.tags.length > 0 ? (
        <>
          <dt>Tags</dt>
          <dd>{runbook.tags.join(', ')}</dd>
        </>
      ) : null}
      {runbook.services.length > 0 ? (
        <>
          <dt>Services</dt>
          <dd>{runbook.services.join(', ')}</dd>
        </>
      ) : null}
      {runbook.severity ? (
        <>
          <dt>Severity</dt>
          <dd>{runbook.severity}</dd>
        </>
      ) : null}
      {wantsChecks ? (
        <>
          <dt>Linked checks</dt>
          <dd>
            <ul className="plain-list inline-list">
              {runbook.checkIds.map((id) => (
                <li key={id}>
                  <a href={`#/checks/${id}`}>{checks.find((check) => check.id === id)?.name ?? `Check ${id}`}</a>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      <dt>Updated</dt>
      <dd>
        <Timestamp at={runbook.updatedAt} now={now} /> (revision {runbook.revision})
      </dd>
    </dl>
  );
}
