import { useEffect } from 'react';
import type { ProcedureRun, Runbook } from '../../../../electron/shared/contract.ts';
import { useRunbooksStore } from '../../stores/runbooks-store.ts';

/** A procedure as the core's analysis found it (the contract carries it inside a runbook). */
export type Procedure = Runbook['analysis']['procedures'][number];
export type ProcedureStep = Procedure['phases'][number]['steps'][number];

/**
 * The procedure a run was started from, as its runbook has it now: the run keeps only
 * each step's text, the runbook has the commands to copy. Null while loading, or when
 * the runbook changed so much that the procedure at that index is another one.
 */
export function useProcedureDetails(run: ProcedureRun | null): Procedure | null {
  const runbookId = run?.runbookId ?? null;
  const runbook = useRunbooksStore((state) => (runbookId !== null && state.open?.id === runbookId ? state.open.value : null));
  const loadRunbook = useRunbooksStore((state) => state.loadRunbook);
  const loaded = runbook !== null;

  useEffect(() => {
    if (runbookId !== null && !loaded) void loadRunbook(runbookId);
  }, [runbookId, loaded, loadRunbook]);

  if (!run || !runbook) return null;
  const procedure = runbook.analysis.procedures[run.procedureIndex];
  return procedure && procedure.title === run.procedureTitle ? procedure : null;
}
