import { formatDateTime, formatRelative, isoDateTime } from '../lib/format.ts';

interface TimestampProps {
  readonly at: number;
  readonly now: number;
}

/** A wall-clock time with how long ago it was: at 3am "yesterday" is easier than a date. */
export function Timestamp({ at, now }: TimestampProps) {
  return (
    <span className="timestamp">
      <time dateTime={isoDateTime(at)}>{formatDateTime(at)}</time>{' '}
      <span className="timestamp__relative">({formatRelative(at, now)})</span>
    </span>
  );
}
