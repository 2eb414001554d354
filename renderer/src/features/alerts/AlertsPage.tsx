import { useEffect } from 'react';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAlertsStore } from '../../stores/alerts-store.ts';
import { alertHref, useAlertRoute, type AlertRoute } from './alert-route.ts';
import { AlertsHistory } from './AlertsHistory.tsx';
import { AlertsInbox } from './AlertsInbox.tsx';
import { MaintenancePanel } from './MaintenancePanel.tsx';
import './alerts.css';

const VIEWS: ReadonlyArray<{ readonly view: AlertRoute['view']; readonly label: string }> = [
  { view: 'inbox', label: 'Inbox' },
  { view: 'history', label: 'History' },
  { view: 'maintenance', label: 'Maintenance windows' },
];

/** The alerts section: the inbox, the history and maintenance windows, each at its own hash. */
export function AlertsPage() {
  const route = useAlertRoute();
  const start = useAlertsStore((state) => state.start);
  useEffect(() => start(), [start]);

  return (
    <div className="alerts">
      <PageHeader title="Alerts">What is failing now, what was acknowledged, and what resolved. Updates live as checks run.</PageHeader>
      {/* Not a <nav>: the window has one navigation landmark, the sections. */}
      <div className="alerts-views">
        {VIEWS.map(({ view, label }) => (
          <a key={view} className="alerts-views__link" href={alertHref(view)} aria-current={route.view === view ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </div>
      {route.view === 'inbox' ? <AlertsInbox focus={route.focus} /> : route.view === 'history' ? <AlertsHistory /> : <MaintenancePanel />}
    </div>
  );
}
