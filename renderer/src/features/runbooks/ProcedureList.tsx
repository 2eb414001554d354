import { useState } from 'react';
import type { Runbook } from '../../../../electron/shared/contract.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useRunbooksStore } from '../../stores/runbooks-store.ts';
import { PriorityBadge } from './PriorityBadge.tsx';
import { goToRunbooks, runbookHref } from './runbook-route.ts';

/** A merged manual can hold hundreds of procedures; the text below should not wait for all their rows. */
const FIRST_SHOWN = 25;

/** The runbook's procedures, each runnable step by step; a procedure already running is resumed, not started twice. */
export function ProcedureList({ runbook }: { readonly runbook: Runbook }) {
  const runs = useRunbooksStore((state) => state.runs);
  const startRun = useRunbooksStore((state) => state.startRun);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState<number | null>(null);
  const [showAll, setShowAll] = useState(false);
  const procedures = runbook.analysis.procedures;
  if (procedures.length === 0) return null;
  const shown = showAll ? procedures : procedures.slice(0, FIRST_SHOWN);

  async function start(index: number) {
    if (starting !== null) return;
    setStarting(index);
    const result = await startRun(runbook.id, index);
    setStarting(null);
    if (result.ok) goToRunbooks({ view: 'run', id: result.value.id });
    else setError(result.error.message);
  }

  return (
    <section className="card procedures" aria-labelledby="procedures-title">
      <h2 id="procedures-title" className="card__title">
        Procedures
      </h2>
      {error ? <ErrorNotice message={error} /> : null}
      <ul className="plain-list procedures__list">
        {shown.map((procedure, index) => {
          const active = runs.find((run) => run.runbookId === runbook.id && run.procedureIndex === index);
          return (
            <li key={index} className="procedure-row">
              <span className="procedure-row__title">
                <PriorityBadge priority={procedure.priority} /> {procedure.title}
              </span>
              <span className="procedure-row__meta muted">
                {procedure.stepCount} {procedure.stepCount === 1 ? 'step' : 'steps'}
                {procedure.timeboxMinutes !== null ? ` · timebox ${procedure.timeboxMinutes} min` : ''}
              </span>
              {active ? (
                <a className="button button--small" href={runbookHref({ view: 'run', id: active.id })}>
                  Resume<span className="visually-hidden"> {procedure.title}</span>
                </a>
              ) : (
                <button type="button" className="button button--small button--primary" aria-disabled={starting !== null} onClick={() => void start(index)}>
                  Run<span className="visually-hidden"> {procedure.title}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {shown.length < procedures.length ? (
        <button type="button" className="button button--small" onClick={() => setShowAll(true)}>
          Show all {procedures.length} procedures
        </button>
      ) : null}
    </section>
  );
}
