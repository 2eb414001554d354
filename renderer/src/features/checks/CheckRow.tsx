import type { CheckSummary } from '../../../../electron/shared/contract.ts';
import { Heartbeat } from './Heartbeat.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { checkTarget, displayStatus, formatAvailability, formatLatency, kindLabel } from './check-format.ts';
import { checkHref } from './check-route.ts';

/** One check at a glance; the problem line appears only when there is a problem. */
export function CheckRow({ check }: { readonly check: CheckSummary }) {
  const status = displayStatus(check);
  const problem = status !== 'up' && status !== 'never' ? check.last?.message : null;
  return (
    <tr className={`checks-table__row checks-table__row--${status}`}>
      <td className="checks-table__status">
        <StatusBadge status={status} />
      </td>
      <td className="checks-table__check">
        <a className="checks-table__name" href={checkHref({ view: 'detail', id: check.id })}>
          {check.name}
        </a>
        {check.enabled ? null : <span className="check-tag">Paused</span>}
        <span className="checks-table__target">
          <span className="check-tag check-tag--kind">{kindLabel(check.kind)}</span> <span className="checks-table__address">{checkTarget(check.config)}</span>
        </span>
        {problem ? <span className="checks-table__problem">{problem}</span> : null}
      </td>
      <td className="table__number">{formatLatency(check.last?.latencyMs)}</td>
      <td>
        <Heartbeat recent={check.recent} />
      </td>
      <td className="table__number">{formatAvailability(check.availability24h)}</td>
    </tr>
  );
}
