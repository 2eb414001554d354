import { useEffect, useState } from 'react';
import type { ProcedureRun } from '../../../../electron/shared/contract.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Timestamp } from '../../components/Timestamp.tsx';
import { useNow } from '../../lib/use-now.ts';
import { useRunbooksStore } from '../../stores/runbooks-store.ts';
import { BackLink } from './BackLink.tsx';
import { PriorityBadge } from './PriorityBadge.tsx';
import { RunCountdown } from './RunCountdown.tsx';
import { RunSteps } from './RunSteps.tsx';
import { useProcedureDetails } from './use-procedure-details.ts';
import { progress } from './run-format.ts';

function useRun(id: number): { run: ProcedureRun | null; error: string | null; missing: boolean } {
  const run = useRunbooksStore((state) => state.runs.find((entry) => entry.id === id) ?? state.finished.find((entry) => entry.id === id) ?? null);
  const loadRun = useRunbooksStore((state) => state.loadRun);
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const known = run !== null;
  useEffect(() => {
    if (known) return;
    void loadRun(id).then((result) => {
      if (!result.ok) setError(result.error.message);
      else if (!result.value) setMissing(true);
    });
  }, [id, known, loadRun]);
  return { run, error, missing };
}

/** Procedure mode: the steps as check boxes, the timebox counting down, each tick saved with its time. */
export function ProcedureRunView({ id }: { readonly id: number }) {
  const { run, error, missing } = useRun(id);
  const finish = useRunbooksStore((state) => state.finish);
  const procedure = useProcedureDetails(run);
  const [finishError, setFinishError] = useState<string | null>(null);
  const now = useNow(15_000);

  if (error) return <ErrorNotice message={error} />;
  if (missing) {
    return (
      <>
        <BackLink to={{ view: 'list' }} label="Back to runbooks list" />
        <p role="status">This procedure run no longer exists.</p>
      </>
    );
  }
  if (!run) {
    return (
      <p className="muted" role="status">
        Loading the procedure run…
      </p>
    );
  }

  async function onFinish(runId: number) {
    const result = await finish(runId);
    setFinishError(result.ok ? null : result.error.message);
  }

  const { done, total } = progress(run);
  return (
    <>
      <BackLink to={{ view: 'detail', id: run.runbookId }} label={`Back to ${run.runbookTitle}`} />
      <header className="page-header run-header">
        <h1 className="page-header__title">
          {run.procedureTitle} <PriorityBadge priority={run.priority} />
        </h1>
        <p className="page-header__lead">
          From {run.runbookTitle}. Started <Timestamp at={run.startedAt} now={now} />
          {run.finishedAt !== null ? (
            <>
              , finished <Timestamp at={run.finishedAt} now={now} />
            </>
          ) : null}
          .
        </p>
      </header>
      <RunCountdown run={run} />
      <p className="run-progress" role="status" data-testid="run-progress">
        {done} of {total} steps done
      </p>
      <RunSteps run={run} procedure={procedure} />
      {finishError ? <ErrorNotice message={finishError} /> : null}
      {run.finishedAt === null ? (
        <div className="action-row">
          <button type="button" className="button button--primary" onClick={() => void onFinish(run.id)}>
            {done === total ? 'Finish' : `Finish with ${total - done} ${total - done === 1 ? 'step' : 'steps'} not done`}
          </button>
        </div>
      ) : null}
    </>
  );
}
