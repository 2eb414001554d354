import type { Logger } from '../common/ports.ts';

/** The default logger: one prefixed line per message on stderr, never on stdout (browser mode prints its URL there). */
export const stderrLogger: Logger = {
  info: (message) => process.stderr.write(`[oncall] ${message}\n`),
  warn: (message) => process.stderr.write(`[oncall] warning: ${message}\n`),
  error: (message) => process.stderr.write(`[oncall] error: ${message}\n`),
};
