import { STATUS_LABELS, type DisplayStatus } from './check-format.ts';

/** Status in words and a coloured shape: the colour is never the only signal. */
export function StatusBadge({ status }: { readonly status: DisplayStatus }) {
  return (
    <span className={`check-status check-status--${status}`}>
      <span className="check-status__icon" aria-hidden="true" />
      {STATUS_LABELS[status]}
    </span>
  );
}
