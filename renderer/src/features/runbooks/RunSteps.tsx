import { useState } from 'react';
import type { ProcedureRun, ProcedureRunStep } from '../../../../electron/shared/contract.ts';
import type { Procedure, ProcedureStep } from './use-procedure-details.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useRunbooksStore } from '../../stores/runbooks-store.ts';
import { CodeBlock } from './markdown/CodeBlock.tsx';
import { InlineMarkdown } from './markdown/InlineMarkdown.tsx';
import { phases } from './run-format.ts';

interface StepProps {
  readonly run: ProcedureRun;
  readonly step: ProcedureRunStep;
  /** The step as the runbook has it: its sub-items and commands, shown under the box. */
  readonly source: ProcedureStep | null;
  readonly onError: (message: string | null) => void;
}

function Step({ run, step, source, onError }: StepProps) {
  const tick = useRunbooksStore((state) => state.tick);
  // The box shows the new state at once (the core answers in milliseconds, a user's eyes are faster);
  // if the core refuses, it falls back to the stored state and the error says why.
  const [pending, setPending] = useState<boolean | null>(null);
  const done = pending ?? step.doneAt !== null;
  const finished = run.finishedAt !== null;

  async function toggle() {
    if (pending !== null || finished) return;
    setPending(!done);
    const result = await tick(run.id, step.number, !done);
    setPending(null);
    onError(result.ok ? null : result.error.message);
  }

  return (
    <li className={`run-step${done ? ' run-step--done' : ''}`}>
      <label className="run-step__label">
        <input type="checkbox" className="run-step__box" checked={done} disabled={finished} aria-busy={pending !== null} onChange={() => void toggle()} />
        <span className="run-step__number">{step.number}.</span>
        <InlineMarkdown text={step.text} />
      </label>
      {step.doneAt !== null ? <span className="run-step__time">done {formatDateTime(step.doneAt)}</span> : null}
      {source && (source.details.length > 0 || source.code.length > 0) ? (
        <div className="run-step__details">
          {source.details.map((detail, index) => (
            <p key={index} className="run-step__detail">
              <InlineMarkdown text={detail} />
            </p>
          ))}
          {source.code.map((snippet, index) => (
            <CodeBlock key={index} language={snippet.language || null} code={snippet.text} />
          ))}
        </div>
      ) : null}
    </li>
  );
}

/** Steps grouped by phase ("First Moves (5 minutes)"), each a real check box: Space ticks it. */
export function RunSteps({ run, procedure }: { readonly run: ProcedureRun; readonly procedure: Procedure | null }) {
  const [error, setError] = useState<string | null>(null);
  const sources = new Map((procedure?.phases ?? []).flatMap((phase) => phase.steps.map((step) => [step.number, step] as const)));
  return (
    <>
      {error ? <ErrorNotice message={error} /> : null}
      {phases(run).map((phase, index) => (
        <fieldset key={index} className="run-phase">
          <legend className="run-phase__title">{phase.title ?? 'Steps'}</legend>
          <ol className="run-steps">
            {phase.steps.map((step) => (
              <Step key={step.number} run={run} step={step} source={sources.get(step.number) ?? null} onError={setError} />
            ))}
          </ol>
        </fieldset>
      ))}
    </>
  );
}
