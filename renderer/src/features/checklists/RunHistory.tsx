import type { ChecklistRun } from '../../../../electron/shared/contract.ts';
import { formatDateTime } from '../../lib/format.ts';
import { RUN_STATUS_LABELS } from './checklist-format.ts';

/** Settled runs, newest first: done ones with when, missed ones plainly marked. */
export function RunHistory({ runs }: { readonly runs: readonly ChecklistRun[] }) {
  if (runs.length === 0) return <p className="muted">No finished or missed runs yet.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Checklist history, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Checklist</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col">Completed</th>
            <th scope="col" className="table__number">
              Done / skipped / open
            </th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const count = (state: string) => run.items.filter((item) => item.state === state).length;
            return (
              <tr key={run.id}>
                <td>{run.title}</td>
                <td>{formatDateTime(run.dueAt)}</td>
                <td>
                  <span className={`run-status run-status--${run.status}`}>{RUN_STATUS_LABELS[run.status]}</span>
                </td>
                <td>{run.completedAt === null ? '—' : formatDateTime(run.completedAt)}</td>
                <td className="table__number">
                  {count('done')} / {count('skipped')} / {count('open')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
