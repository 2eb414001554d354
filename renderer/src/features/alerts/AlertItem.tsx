import { useId, useState } from 'react';
import type { AlertView } from '../../../../electron/shared/contract.ts';
import { Timestamp } from '../../components/Timestamp.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useAlertsStore } from '../../stores/alerts-store.ts';
import { SEVERITY_LABELS } from './alert-format.ts';
import { RunbookLinkView } from './RunbookLinkView.tsx';
import { SnoozeControl } from './SnoozeControl.tsx';

const SINCE_LABEL: Readonly<Record<AlertView['phase'], string>> = {
  pending: 'Failing since',
  firing: 'Firing since',
  acknowledged: 'Firing since',
};

interface AlertItemProps {
  readonly alert: AlertView;
  readonly now: number;
  /** Opened from a notification: highlighted and scrolled to. */
  readonly focused: boolean;
}

/** One check's alert: what is wrong since when, and what can be done about it. */
export function AlertItem({ alert, now, focused }: AlertItemProps) {
  const acknowledge = useAlertsStore((state) => state.acknowledge);
  const snooze = useAlertsStore((state) => state.snooze);
  const unsnooze = useAlertsStore((state) => state.unsnooze);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const severity = alert.severity ?? 'unknown';

  async function run(action: () => Promise<{ ok: boolean; error?: { message: string } }>) {
    const result = await action();
    setError(result.ok ? null : (result.error?.message ?? 'The core did not answer.'));
  }

  return (
    <article
      className={`alert-item alert-item--${alert.phase} alert-item--${severity}${focused ? ' alert-item--focused' : ''}`}
      aria-labelledby={headingId}
      data-check-id={alert.checkId}
    >
      <div className="alert-item__head">
        <h3 id={headingId} className="alert-item__name" tabIndex={-1}>
          {alert.checkName}
        </h3>
        <span className={`check-status check-status--${severity}`}>
          <span className="check-status__icon" aria-hidden="true" />
          {alert.severity ? SEVERITY_LABELS[alert.severity] : 'Pending'}
        </span>
        {alert.phase === 'acknowledged' ? <span className="check-tag">Acknowledged</span> : null}
        {alert.flapping ? <span className="check-tag">Flapping</span> : null}
        {alert.snoozedUntil !== null ? <span className="check-tag">Snoozed until {formatDateTime(alert.snoozedUntil)}</span> : null}
      </div>
      {alert.message ? <p className="alert-item__message">{alert.message}</p> : null}
      <p className="alert-item__facts">
        {SINCE_LABEL[alert.phase]} <Timestamp at={alert.since} now={now} />
        {alert.acknowledged ? (
          <>
            {' · '}Acknowledged by {alert.acknowledged.by} at {formatDateTime(alert.acknowledged.at)}
          </>
        ) : null}
        {' · '}
        <a href={`#/checks/${alert.checkId}`}>Check details</a>
      </p>
      <div className="alert-item__actions">
        {alert.phase === 'firing' ? (
          <button type="button" className="button button--primary button--small" onClick={() => void run(() => acknowledge(alert.checkId))} aria-label={`Acknowledge ${alert.checkName}`}>
            Acknowledge
          </button>
        ) : null}
        {alert.snoozedUntil !== null ? (
          <button type="button" className="button button--small" onClick={() => void run(() => unsnooze(alert.checkId))} aria-label={`End snooze of ${alert.checkName}`}>
            End snooze
          </button>
        ) : (
          <SnoozeControl label="Snooze" accessibleLabel={`Snooze ${alert.checkName}`} onSnooze={(minutes) => snooze(alert.checkId, minutes)} />
        )}
        <RunbookLinkView runbook={alert.runbook} checkName={alert.checkName} />
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}
