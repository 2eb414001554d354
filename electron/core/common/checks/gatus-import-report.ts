import type { CheckInput } from './definition.ts';
import type { CheckSummary } from './summary.ts';

/** Something in a Gatus file that was not imported as written, with the Gatus field it came from. */
export interface GatusImportNote {
  /** The check's name as imported: "group / name", or the external endpoint's name. */
  readonly name: string;
  /** The Gatus field: `alerts`, `ui.hide-url`, `client.insecure`, `conditions[1]`, `headers.Authorization`. */
  readonly field: string;
  readonly note: string;
}

/** An endpoint that was not imported, and why (a bad condition names its index and position). */
export interface GatusImportSkip {
  readonly name: string;
  readonly reason: string;
  /** Where the endpoint starts in the YAML (1-based), or null. */
  readonly line: number | null;
}

/** What an import did (or, on a dry run, would do). */
export interface GatusImportReport {
  /** The checks saved, in file order; empty on a dry run. */
  readonly created: CheckSummary[];
  /** Dry run only: the checks an import would save, validated as checks.create validates them. */
  readonly proposed: CheckInput[];
  readonly skipped: GatusImportSkip[];
  /** Fields of imported checks that were left out (alerts, ui, client.insecure, refused headers, …). */
  readonly unsupported: GatusImportNote[];
  /** Values changed on the way in (an interval raised to the minimum, a DNS [BODY] condition renamed). */
  readonly adjusted: GatusImportNote[];
}
