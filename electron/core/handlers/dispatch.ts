import type * as z from 'zod';
import { AppError } from '../common/errors.ts';
import type { Logger } from '../common/ports.ts';
import { fail, ok, type Result } from '../common/result.ts';
import { channels, isChannel, type Channel, type ParsedRequestOf, type ResponseOf } from '../../shared/contract.ts';

/** One function per contract channel; the compiler checks none is missing. */
export type Handlers = {
  [C in Channel]: (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

/**
 * Validate an untrusted request against its channel's schema, run the handler, and
 * wrap whatever happens in a Result. Errors the core raised on purpose keep their
 * message; anything else is a bug: logged in full, reported as one generic sentence.
 */
export async function dispatch(handlers: Handlers, logger: Logger, channel: string, request: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('unknown_channel', `There is no channel named "${channel}".`);
  const parsed = channels[channel].request.safeParse(request ?? {});
  if (!parsed.success) return fail('bad_request', describeIssues(channel, parsed.error));
  try {
    const handler = handlers[channel] as (request: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    logger.error(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fail('internal', `${channel} failed unexpectedly; the details are in the log.`);
  }
}

/** `settings.set: values.theme: Invalid option: expected one of "system"|"light"|"dark"` */
function describeIssues(channel: string, error: z.ZodError): string {
  const lines = error.issues.slice(0, 5).map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'request';
    return `${field}: ${issue.message}`;
  });
  return `${channel}: ${lines.join('; ')}`;
}
