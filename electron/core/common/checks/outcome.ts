/**
 * What one run of a check found. A check type *returns* this for every result, down
 * included; throwing is reserved for bugs.
 */
export type CheckStatus = 'up' | 'warning' | 'critical' | 'unknown';

/**
 * Why a check could not get a healthy answer, in classes the alerting layer can reason
 * about: `dns`, `connect`, `tls` and `timeout` are network-level (the laptop may simply
 * be offline); the rest mean the service answered and the answer was wrong.
 */
export type ErrorClass =
  | 'dns'
  | 'connect'
  | 'tls'
  | 'timeout'
  | 'http_status'
  | 'body_too_large'
  | 'bad_body'
  | 'condition'
  | 'config'
  | 'command';

/** How bad each status is, for picking the worst of several: unknown ranks above up, below warning. */
export const STATUS_SEVERITY: Readonly<Record<CheckStatus, number>> = { up: 0, unknown: 1, warning: 2, critical: 3 };

export const NETWORK_ERROR_CLASSES: ReadonlySet<ErrorClass> = new Set(['dns', 'connect', 'tls', 'timeout']);

/**
 * Named measurements that conditions read, with Gatus's placeholder names:
 * STATUS (HTTP status), RESPONSE_TIME (ms), BODY (decoded text), CONNECTED,
 * CERTIFICATE_EXPIRATION (ms until the leaf certificate expires), DNS_RCODE, IP,
 * plus type-specific ones (e.g. cpu_percent, disk_percent:/, value).
 */
export type CheckValues = Readonly<Record<string, string | number | boolean | null>>;

export interface CheckOutcome {
  readonly status: CheckStatus;
  /** Time to the answer, or null when there was none. */
  readonly latencyMs: number | null;
  /** One line a person can read at 3am: what was found, not a stack trace. */
  readonly message: string;
  readonly values: CheckValues;
  /** Set whenever status is not 'up' because something failed. */
  readonly errorClass?: ErrorClass;
}
