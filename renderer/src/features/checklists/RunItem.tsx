import { useId, useState } from 'react';
import type { ChecklistRunItem } from '../../../../electron/shared/contract.ts';
import { StatusBadge } from '../checks/StatusBadge.tsx';
import type { TickRequest } from '../../stores/checklists-store.ts';

interface RunItemProps {
  readonly runId: number;
  readonly item: ChecklistRunItem;
  /** Settled runs are read-only. */
  readonly readOnly: boolean;
  onTick(request: TickRequest): Promise<string | null>;
}

/** One item of a run: tick it, skip it with a reason, or write a note; the linked check's state beside it. */
export function RunItem({ runId, item, readOnly, onTick }: RunItemProps) {
  const [mode, setMode] = useState<'idle' | 'skip' | 'note'>('idle');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const checkboxId = useId();
  const inputId = useId();
  const base = { runId, itemId: item.itemId };

  async function send(request: TickRequest) {
    const problem = await onTick(request);
    setError(problem);
    if (!problem) setMode('idle');
  }

  return (
    <li className={`run-item run-item--${item.state}`}>
      <div className="run-item__main">
        <input
          id={checkboxId}
          type="checkbox"
          className="run-item__check"
          checked={item.state === 'done'}
          disabled={readOnly || item.state === 'skipped'}
          onChange={(event) => void send({ ...base, state: event.target.checked ? 'done' : 'open' })}
        />
        <label htmlFor={checkboxId} className="run-item__text">
          {item.text}
        </label>
        {item.checkId !== null ? <StatusBadge status={item.checkStatus ?? 'never'} /> : null}
        {item.auto ? <span className="run-item__tag">ticked automatically</span> : null}
        {item.state === 'skipped' ? <span className="run-item__tag">skipped: {item.reason}</span> : null}
      </div>
      {item.note ? <p className="run-item__note">Note: {item.note}</p> : null}
      {!readOnly && mode === 'idle' ? (
        <div className="run-item__actions">
          {item.state === 'skipped' ? (
            <button type="button" className="button button--small" onClick={() => void send({ ...base, state: 'open' })}>
              Un-skip
            </button>
          ) : item.state === 'open' ? (
            <button type="button" className="button button--small" aria-label={`Skip “${item.text}”`} onClick={() => (setMode('skip'), setText(''))}>
              Skip…
            </button>
          ) : null}
          <button type="button" className="button button--small" aria-label={`Note on “${item.text}”`} onClick={() => (setMode('note'), setText(item.note ?? ''))}>
            Note…
          </button>
        </div>
      ) : null}
      {!readOnly && mode !== 'idle' ? (
        <form
          className="run-item__form"
          onSubmit={(event) => {
            event.preventDefault();
            void send(mode === 'skip' ? { ...base, state: 'skipped', reason: text } : { ...base, state: item.state, note: text });
          }}
        >
          <label htmlFor={inputId} className="field__label">
            {mode === 'skip' ? 'Why is it skipped?' : 'Note'}
          </label>
          <input id={inputId} className="input input--wide" value={text} maxLength={mode === 'skip' ? 1000 : 4000} onChange={(event) => setText(event.target.value)} autoFocus />
          <button type="submit" className="button button--small button--primary">
            {mode === 'skip' ? 'Skip item' : 'Save note'}
          </button>
          <button type="button" className="button button--small" onClick={() => (setMode('idle'), setError(null))}>
            Cancel
          </button>
        </form>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
