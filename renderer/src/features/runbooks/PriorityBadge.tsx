import type { Priority } from '../../../../electron/shared/contract.ts';
import { priorityTone } from './run-format.ts';

/** The priority as written in the runbook (P0, SEV-1, Critical), coloured by urgency and labelled in words too. */
export function PriorityBadge({ priority }: { readonly priority: Priority | null }) {
  if (!priority) return null;
  const tone = priorityTone(priority);
  return (
    <span className={`priority-badge priority-badge--${tone}`} title={`Priority ${priority.label}`}>
      <span className="visually-hidden">Priority </span>
      {priority.label}
    </span>
  );
}
