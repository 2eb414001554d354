/** One Gatus field that was not carried over as written, and why. */
export interface FieldNote {
  /** The Gatus field as a path: `alerts`, `client.insecure`, `conditions[1]`, `headers.Authorization`. */
  readonly field: string;
  readonly note: string;
}

/** What one endpoint's mapping had to say besides the check itself. */
export interface EndpointNotes {
  /** Fields left out: the check works without them, but not as it did in Gatus. */
  readonly unsupported: FieldNote[];
  /** Values changed on the way in (an interval raised to our minimum, a condition renamed). */
  readonly adjusted: FieldNote[];
}

/**
 * Thrown while mapping an endpoint that cannot become a check at all; its message is the
 * reason the user sees, starting with the Gatus field at fault.
 */
export class SkipEndpoint extends Error {
  override readonly name = 'SkipEndpoint';
}

/** `${NAME}`: Gatus fills these in from its environment before it reads the file. */
const ENVIRONMENT_VARIABLE = /\$\{([^}]*)\}/;

/** The first `${NAME}` in `text`, or null. */
export function environmentVariable(text: string): string | null {
  const match = ENVIRONMENT_VARIABLE.exec(text);
  return match ? match[0] : null;
}
