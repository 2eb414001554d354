import type { CheckSummary } from '../../../../electron/shared/contract.ts';
import { formatDateTimeSeconds, STATUS_LABELS, type CheckStatus } from './check-format.ts';
import { heartbeatCells } from './history-slots.ts';

const CELLS = 30;
const PITCH = 4;
const HEIGHT = 16;
/** Problems stand taller than healthy beats, so the bar reads without colour too. */
const CELL_HEIGHT: Readonly<Record<CheckStatus, number>> = { up: 9, unknown: 9, warning: 13, critical: 16 };

function summary(recent: CheckSummary['recent']): string {
  if (recent.length === 0) return 'No results yet';
  const counts = new Map<CheckStatus, number>();
  for (const entry of recent) counts.set(entry.status, (counts.get(entry.status) ?? 0) + 1);
  const parts = (['up', 'warning', 'critical', 'unknown'] as const).filter((status) => counts.has(status)).map((status) => `${counts.get(status)} ${status}`);
  return `Last ${Math.min(recent.length, CELLS)} results: ${parts.join(', ')}`;
}

/** The newest results as a row of small bars, oldest on the left and now on the right. */
export function Heartbeat({ recent }: { readonly recent: CheckSummary['recent'] }) {
  const cells = heartbeatCells(recent, CELLS);
  return (
    <svg className="heartbeat" viewBox={`0 0 ${CELLS * PITCH} ${HEIGHT}`} width={CELLS * PITCH} height={HEIGHT} role="img" aria-label={summary(recent)}>
      {cells.map((cell, index) => {
        const height = cell ? CELL_HEIGHT[cell.status] : 2;
        return (
          <rect
            key={cell ? cell.at : `empty-${index}`}
            className={`heartbeat__cell heartbeat__cell--${cell?.status ?? 'none'}`}
            x={index * PITCH}
            y={HEIGHT - height}
            width={PITCH - 1}
            height={height}
            rx="1"
          >
            {cell ? <title>{`${STATUS_LABELS[cell.status]} · ${formatDateTimeSeconds(cell.at)}`}</title> : null}
          </rect>
        );
      })}
    </svg>
  );
}
