import { useEffect } from 'react';
import { useAlertsStore } from '../../stores/alerts-store.ts';
import { activeCount } from './alert-format.ts';
import './alerts.css';

/**
 * The number of active alerts next to "Alerts" in the navigation, everywhere in the app.
 * Firing ones make it red. Nothing is shown when there is nothing to say.
 */
export function AlertsBadge() {
  const start = useAlertsStore((state) => state.start);
  const overview = useAlertsStore((state) => state.overview);
  useEffect(() => start(), [start]);
  const count = overview ? activeCount(overview.active) : 0;
  if (count === 0) return null;
  const firing = overview?.active.some((alert) => alert.phase === 'firing') ?? false;
  return (
    <span className={`alerts-badge${firing ? ' alerts-badge--firing' : ''}`}>
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{`, ${count} active`}</span>
    </span>
  );
}
