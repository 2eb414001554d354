/**
 * Every failure the core reports to a caller carries one of these codes, so the window
 * can decide what to show without parsing messages.
 */
export type ErrorCode =
  | 'bad_request' // the request did not match the channel's schema; message names the field
  | 'unknown_channel' // no such channel in the contract
  | 'unauthorized' // browser mode: the per-launch token is missing or wrong
  | 'not_found' // the thing asked for does not exist (any more)
  | 'storage' // the database or a data file could not be read or written
  | 'conflict' // the thing changed since the caller read it (a runbook saved elsewhere); nothing was overwritten
  | 'unavailable' // a remote the core needs (an Alertmanager) could not be reached or refused
  | 'internal'; // a bug: the message is logged, the caller gets a generic sentence

/** An error the core raises on purpose: its message is written for the user. */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}
