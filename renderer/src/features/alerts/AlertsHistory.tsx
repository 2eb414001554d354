import { useEffect, useId, useMemo, useState } from 'react';
import type { AlertView } from '../../../../electron/shared/contract.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useAlertsStore, type HistoryFilter } from '../../stores/alerts-store.ts';
import { useChecksStore } from '../../stores/checks-store.ts';
import { historyCheckOptions, RECORD_LABELS, SEVERITY_LABELS, type NamedCheck } from './alert-format.ts';

type SeverityChoice = '' | 'warning' | 'critical';

/** One stable empty list: a selector that returns a new [] each time re-renders forever. */
const NO_ALERTS: readonly AlertView[] = [];

/** Everything that happened to alerts, newest first, filterable by check and severity. */
export function AlertsHistory() {
  const history = useAlertsStore((state) => state.history);
  const historyError = useAlertsStore((state) => state.historyError);
  const loading = useAlertsStore((state) => state.historyLoading);
  const complete = useAlertsStore((state) => state.historyComplete);
  const active = useAlertsStore((state) => state.overview?.active ?? NO_ALERTS);
  const checks = useChecksStore((state) => state.checks);
  const checksLoaded = useChecksStore((state) => state.loaded);
  const loadChecks = useChecksStore((state) => state.load);
  const loadHistory = useAlertsStore((state) => state.loadHistory);
  const loadOlder = useAlertsStore((state) => state.loadOlderHistory);
  const [checkId, setCheckId] = useState('');
  const [severity, setSeverity] = useState<SeverityChoice>('');
  // Every check there is, and any deleted one the history still names.
  const known: NamedCheck[] = useMemo(
    () => historyCheckOptions([...checks.map((check) => ({ checkId: check.id, checkName: check.name })), ...history, ...active]),
    [checks, history, active],
  );
  const checkFieldId = useId();
  const severityFieldId = useId();

  useEffect(() => {
    const filter: HistoryFilter = { ...(checkId ? { checkId: Number(checkId) } : {}), ...(severity ? { severity } : {}) };
    void loadHistory(filter);
  }, [checkId, severity, loadHistory]);

  useEffect(() => {
    if (!checksLoaded) void loadChecks();
  }, [checksLoaded, loadChecks]);

  return (
    <section aria-labelledby={`${checkFieldId}-title`}>
      <h2 id={`${checkFieldId}-title`} className="visually-hidden">
        Alert history
      </h2>
      <div className="checks-toolbar">
        <div className="checks-toolbar__field">
          <label className="checks-toolbar__label" htmlFor={checkFieldId}>
            Check
          </label>
          <select id={checkFieldId} className="input input--compact" value={checkId} onChange={(event) => setCheckId(event.target.value)}>
            <option value="">All checks</option>
            {known.map((check) => (
              <option key={check.checkId} value={String(check.checkId)}>
                {check.checkName}
              </option>
            ))}
          </select>
        </div>
        <div className="checks-toolbar__field">
          <label className="checks-toolbar__label" htmlFor={severityFieldId}>
            Severity
          </label>
          <select id={severityFieldId} className="input input--compact" value={severity} onChange={(event) => setSeverity(event.target.value as SeverityChoice)}>
            <option value="">Any</option>
            <option value="critical">Critical</option>
            <option value="warning">Warning</option>
          </select>
        </div>
      </div>
      {historyError ? <ErrorNotice message={historyError} onRetry={() => void loadHistory({})} /> : null}
      {history.length === 0 && !loading && !historyError ? <p className="muted">No alert history matches.</p> : null}
      {history.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Alert history, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Check</th>
                <th scope="col">What happened</th>
                <th scope="col">Severity</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at)}</time>
                  </td>
                  <td>
                    <a href={`#/checks/${entry.checkId}`}>{entry.checkName}</a>
                  </td>
                  <td>{RECORD_LABELS[entry.kind] ?? entry.kind}</td>
                  <td>{entry.severity ? SEVERITY_LABELS[entry.severity] : '—'}</td>
                  <td>{entry.by ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {history.length > 0 && !complete ? (
        <button type="button" className="button" disabled={loading} onClick={() => void loadOlder()}>
          Show older
        </button>
      ) : null}
    </section>
  );
}
