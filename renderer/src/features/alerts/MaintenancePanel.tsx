import { useEffect, useState } from 'react';
import type { MaintenanceEntry } from '../../../../electron/shared/contract.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useAlertsStore } from '../../stores/alerts-store.ts';
import { useChecksStore } from '../../stores/checks-store.ts';
import { MaintenanceForm } from './MaintenanceForm.tsx';

type Editing = { readonly mode: 'none' } | { readonly mode: 'new' } | { readonly mode: 'edit'; readonly entry: MaintenanceEntry };

function scope(entry: MaintenanceEntry, names: ReadonlyMap<number, string>): string {
  if (entry.checkIds === null) return 'Every check';
  return entry.checkIds.map((id) => names.get(id) ?? `check #${id}`).join(', ');
}

/** Maintenance windows: results inside one are recorded as maintenance and never alert. */
export function MaintenancePanel() {
  const list = useAlertsStore((state) => state.maintenance);
  const listError = useAlertsStore((state) => state.maintenanceError);
  const load = useAlertsStore((state) => state.loadMaintenance);
  const remove = useAlertsStore((state) => state.deleteMaintenance);
  const checks = useChecksStore((state) => state.checks);
  const checksLoaded = useChecksStore((state) => state.loaded);
  const loadChecks = useChecksStore((state) => state.load);
  const [editing, setEditing] = useState<Editing>({ mode: 'none' });
  const [deleteError, setDeleteError] = useState<string | null>(null);

  useEffect(() => {
    void load();
    if (!checksLoaded) void loadChecks();
  }, [load, checksLoaded, loadChecks]);

  const names = new Map(checks.map((check) => [check.id, check.name]));

  async function onDelete(entry: MaintenanceEntry) {
    if (!window.confirm(`Delete the maintenance window “${entry.title}”?`)) return;
    const result = await remove(entry.id);
    setDeleteError(result.ok ? null : result.error.message);
  }

  return (
    <section aria-label="Maintenance windows">
      <p className="muted">Checks keep running inside a window; their results are recorded as maintenance and raise no alert.</p>
      {listError ? <ErrorNotice message={listError} onRetry={() => void load()} /> : null}
      {deleteError ? <ErrorNotice message={deleteError} /> : null}
      {editing.mode === 'none' ? (
        <button type="button" className="button button--primary" onClick={() => setEditing({ mode: 'new' })}>
          New maintenance window
        </button>
      ) : (
        <MaintenanceForm key={editing.mode === 'edit' ? editing.entry.id : 'new'} entry={editing.mode === 'edit' ? editing.entry : null} onDone={() => setEditing({ mode: 'none' })} />
      )}
      {list && list.length === 0 ? <p>No maintenance windows yet.</p> : null}
      {list && list.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Maintenance windows</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Schedule</th>
                <th scope="col">Applies to</th>
                <th scope="col">Next</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    {entry.title}
                    {entry.activeNow ? <span className="check-tag">In progress</span> : null}
                  </td>
                  <td>{entry.schedule}</td>
                  <td>{scope(entry, names)}</td>
                  <td>{entry.next ? `${formatDateTime(entry.next.start)} – ${formatDateTime(entry.next.end)}` : 'Will not occur again'}</td>
                  <td className="maintenance-actions">
                    <button type="button" className="button button--small" onClick={() => setEditing({ mode: 'edit', entry })} aria-label={`Edit ${entry.title}`}>
                      Edit
                    </button>
                    <button type="button" className="button button--small button--danger" onClick={() => void onDelete(entry)} aria-label={`Delete ${entry.title}`}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
