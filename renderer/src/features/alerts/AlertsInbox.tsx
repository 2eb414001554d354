import { useEffect, useState } from 'react';
import type { AlertHistoryEntry, AlertsOverview, AlertView } from '../../../../electron/shared/contract.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useNow } from '../../lib/use-now.ts';
import { useAlertsStore } from '../../stores/alerts-store.ts';
import { groupAlerts, SEVERITY_LABELS } from './alert-format.ts';
import { AlertItem } from './AlertItem.tsx';
import { SnoozeControl } from './SnoozeControl.tsx';

const OFFLINE_REASON: Readonly<Record<NonNullable<AlertsOverview['offline']>['reason'], string>> = {
  os: 'the operating system reports no network',
  'network-errors': 'most checks on several hosts fail with network errors',
};

function OfflineBanner({ offline }: { readonly offline: NonNullable<AlertsOverview['offline']> }) {
  return (
    <div className="notice notice--warning alerts-banner" role="status">
      <p className="notice__title">You’re offline</p>
      <p className="notice__text">
        Since {formatDateTime(offline.since)}: {OFFLINE_REASON[offline.reason]}. Per-check notifications are paused and failures are recorded as
        unknown until the network is back.
      </p>
    </div>
  );
}

function SnoozedBanner({ until }: { readonly until: number }) {
  const unsnooze = useAlertsStore((state) => state.unsnooze);
  return (
    <div className="notice notice--warning alerts-banner" role="status">
      <p className="notice__text">All notifications are snoozed until {formatDateTime(until)}. Checks keep running.</p>
      <button type="button" className="button" onClick={() => void unsnooze(null)}>
        Resume now
      </button>
    </div>
  );
}

function Group({ title, alerts, now, focus }: { readonly title: string; readonly alerts: readonly AlertView[]; readonly now: number; readonly focus: number | null }) {
  if (alerts.length === 0) return null;
  return (
    <section className="alerts-group" aria-label={`${title} (${alerts.length})`}>
      <h2 className="alerts-group__title">
        {title} <span className="muted">({alerts.length})</span>
      </h2>
      {alerts.map((alert) => (
        <AlertItem key={alert.checkId} alert={alert} now={now} focused={alert.checkId === focus} />
      ))}
    </section>
  );
}

function ResolvedToday({ entries }: { readonly entries: readonly AlertHistoryEntry[] }) {
  return (
    <section className="alerts-group" aria-label={`Resolved today (${entries.length})`}>
      <h2 className="alerts-group__title">
        Resolved today <span className="muted">({entries.length})</span>
      </h2>
      {entries.length === 0 ? (
        <p className="muted">Nothing resolved since midnight.</p>
      ) : (
        <ul className="plain-list alerts-resolved">
          {entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at)}</time> <strong>{entry.checkName}</strong>
              {entry.severity ? ` (${SEVERITY_LABELS[entry.severity]})` : ''} resolved
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Firing, acknowledged and pending alerts, what resolved today, and the offline and snooze state. */
export function AlertsInbox({ focus }: { readonly focus: number | null }) {
  const overview = useAlertsStore((state) => state.overview);
  const overviewError = useAlertsStore((state) => state.overviewError);
  const loadOverview = useAlertsStore((state) => state.loadOverview);
  const acknowledgeAll = useAlertsStore((state) => state.acknowledgeAll);
  const snooze = useAlertsStore((state) => state.snooze);
  const [actionError, setActionError] = useState<string | null>(null);
  const now = useNow(30_000);

  useEffect(() => {
    // Opened from a notification: bring that alert into view and put focus on it.
    if (focus === null || !overview) return;
    const heading = document.querySelector<HTMLElement>(`[data-check-id="${focus}"] h3`);
    heading?.scrollIntoView({ block: 'center' });
    heading?.focus();
  }, [focus, overview]);

  if (!overview) {
    return overviewError ? (
      <ErrorNotice message={overviewError} onRetry={() => void loadOverview()} />
    ) : (
      <p className="muted" role="status">
        Loading alerts…
      </p>
    );
  }

  const groups = groupAlerts(overview.active);
  const toAcknowledge = groups.firing.length;

  return (
    <>
      {overviewError ? <ErrorNotice message={overviewError} onRetry={() => void loadOverview()} /> : null}
      {overview.offline ? <OfflineBanner offline={overview.offline} /> : null}
      {overview.snoozedAllUntil !== null ? <SnoozedBanner until={overview.snoozedAllUntil} /> : null}
      <div className="checks-toolbar alerts-toolbar">
        <p className="checks-summary alerts-summary" role="status">
          {overview.summary}
        </p>
        <button
          type="button"
          className="button"
          disabled={toAcknowledge === 0}
          onClick={() => void acknowledgeAll().then((result) => setActionError(result.ok ? null : result.error.message))}
        >
          Acknowledge all{toAcknowledge > 0 ? ` (${toAcknowledge})` : ''}
        </button>
        {overview.snoozedAllUntil === null ? <SnoozeControl label="Snooze all" accessibleLabel="Snooze all alerts" small={false} onSnooze={(minutes) => snooze(null, minutes)} /> : null}
      </div>
      {actionError ? <ErrorNotice message={actionError} /> : null}
      {overview.active.length === 0 ? <p className="alerts-empty">No active alerts. Checks that fail will show here before anyone is notified.</p> : null}
      <Group title="Firing" alerts={groups.firing} now={now} focus={focus} />
      <Group title="Acknowledged" alerts={groups.acknowledged} now={now} focus={focus} />
      <Group title="Pending" alerts={groups.pending} now={now} focus={focus} />
      <ResolvedToday entries={overview.resolvedToday} />
    </>
  );
}
