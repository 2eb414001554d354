import { useEffect, useState } from 'react';
import type { CheckResult } from '../../../../electron/shared/contract.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useNow } from '../../lib/use-now.ts';
import { useChecksStore } from '../../stores/checks-store.ts';
import { BackLink } from './BackLink.tsx';
import { CheckFacts } from './CheckFacts.tsx';
import { CheckMissing } from './CheckMissing.tsx';
import { DeleteCheck } from './DeleteCheck.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { displayStatus, formatLatency, formatResultTime, STATUS_LABELS } from './check-format.ts';
import { goTo } from './check-route.ts';

function runSummary(result: CheckResult, now: number): string {
  const message = result.message ? ` — ${result.message}` : '';
  return `Ran at ${formatResultTime(result.at, now)}: ${STATUS_LABELS[result.status]}, ${formatLatency(result.latencyMs)}${message}`;
}

export function CheckDetail({ id }: { readonly id: number }) {
  const check = useChecksStore((state) => state.checks.find((entry) => entry.id === id) ?? null);
  const loaded = useChecksStore((state) => state.loaded);
  const missing = useChecksStore((state) => state.missing.has(id));
  const refreshOne = useChecksStore((state) => state.refreshOne);
  const runNow = useChecksStore((state) => state.runNow);
  const [running, setRunning] = useState(false);
  const [ran, setRan] = useState<CheckResult | null>(null);
  const [runError, setRunError] = useState<string | null>(null);
  const now = useNow(15_000);

  useEffect(() => {
    if (loaded && !check && !missing) void refreshOne(id);
  }, [loaded, check, missing, id, refreshOne]);

  if (missing) return <CheckMissing id={id} />;
  if (!check) {
    return (
      <>
        <BackLink to={{ view: 'list' }} />
        <p className="muted" role="status">
          Loading the check…
        </p>
      </>
    );
  }

  async function run() {
    if (running) return;
    setRunning(true);
    setRunError(null);
    const result = await runNow(id);
    setRunning(false);
    if (result.ok) setRan(result.value);
    else setRunError(result.error.message);
  }

  const status = displayStatus(check);
  return (
    <>
      <BackLink to={{ view: 'list' }} />
      <header className="page-header check-header">
        <h1 className="page-header__title check-header__title">{check.name}</h1>
        <StatusBadge status={status} />
      </header>
      <div className="action-row check-actions">
        <button type="button" className="button button--primary" aria-disabled={running} onClick={() => void run()}>
          Run now
        </button>
        <button type="button" className="button" onClick={() => goTo({ view: 'edit', id })}>
          Edit
        </button>
        <DeleteCheck id={id} name={check.name} />
      </div>
      <p className="check-actions__status" role="status">
        {running ? 'Running…' : ran ? runSummary(ran, now) : ''}
      </p>
      {runError ? <ErrorNotice message={runError} onRetry={() => void run()} /> : null}
      <CheckFacts check={check} now={now} />
      <HistoryPanel check={check} now={now} />
    </>
  );
}
