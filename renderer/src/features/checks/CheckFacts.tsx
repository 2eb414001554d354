import type { CheckSummary } from '../../../../electron/shared/contract.ts';
import { Timestamp } from '../../components/Timestamp.tsx';
import { describeAlert } from './alert-policy.ts';
import { checkTarget, formatAvailability, formatInterval, formatLatency, kindLabel } from './check-format.ts';

/** Only https links open from here; a runbook path is shown as text until runbooks can open it. */
function RunbookLink({ runbook }: { readonly runbook: string }) {
  const url = URL.parse(runbook);
  if (url?.protocol === 'https:') {
    return (
      <a href={url.href} target="_blank" rel="noreferrer">
        {runbook}
      </a>
    );
  }
  return <code className="path">{runbook}</code>;
}

function Conditions({ lines }: { readonly lines: readonly string[] }) {
  if (lines.length === 0) return <span className="muted">none</span>;
  return (
    <ul className="condition-list">
      {lines.map((line, index) => (
        <li key={index}>
          <code>{line}</code>
        </li>
      ))}
    </ul>
  );
}

/** What the check is and what it last found, as a list of facts. */
export function CheckFacts({ check, now }: { readonly check: CheckSummary; readonly now: number }) {
  const last = check.last;
  return (
    <section className="card" aria-labelledby="check-facts-title">
      <h2 id="check-facts-title" className="card__title">
        Details
      </h2>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{kindLabel(check.kind)}</dd>
        <dt>Target</dt>
        <dd>
          <code className="path">{checkTarget(check.config) || '—'}</code>
        </dd>
        <dt>Runs</dt>
        <dd>{check.enabled ? formatInterval(check.intervalMs) : `Paused (${formatInterval(check.intervalMs)} when enabled)`}</dd>
        <dt>Last result</dt>
        <dd>
          {last ? (
            <>
              <Timestamp at={last.at} now={now} />
              {last.latencyMs === null ? null : `, ${formatLatency(last.latencyMs)}`}
              {last.message ? <span className="check-facts__message">{last.message}</span> : null}
            </>
          ) : (
            <span className="muted">Not run yet. It runs within one interval of being saved, or now with “Run now”.</span>
          )}
        </dd>
        <dt>Available (24 h)</dt>
        <dd>{formatAvailability(check.availability24h)}</dd>
        <dt>Critical conditions</dt>
        <dd>
          <Conditions lines={check.critical} />
        </dd>
        <dt>Warning conditions</dt>
        <dd>
          <Conditions lines={check.warning} />
        </dd>
        <dt>Alerting</dt>
        <dd>
          {describeAlert(check.alert)}
          {check.alert === null ? <span className="muted"> (the defaults)</span> : null}
        </dd>
        <dt>Runbook</dt>
        <dd>{check.runbook ? <RunbookLink runbook={check.runbook} /> : <span className="muted">none</span>}</dd>
      </dl>
    </section>
  );
}
