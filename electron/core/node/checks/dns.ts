import { isIP } from 'node:net';
import { Resolver } from 'node:dns/promises';
import * as z from 'zod';
import type { CheckRunContext, CheckType } from '../../common/checks/check-type.ts';
import type { CheckOutcome, ErrorClass } from '../../common/checks/outcome.ts';
import { OBJECT, hostField, timeoutField } from './config-fields.ts';
import { startDeadline, whenAborted } from './deadline.ts';
import { clip, formatDuration, roundMs } from './format.ts';
import { queryRecords, RECORD_TYPES, type RecordType } from './dns-query.ts';

const kind = 'dns';

/** `10.0.0.53`, `10.0.0.53:5353`, `[fd00::53]` or `[fd00::53]:5353`. */
function isNameserver(value: string): boolean {
  const match = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(value) ?? /^([\d.]+)(?::(\d{1,5}))?$/.exec(value);
  if (!match) return isIP(value) === 6;
  const port = match[2] === undefined ? 53 : Number(match[2]);
  return isIP(match[1]!) !== 0 && port >= 1 && port <= 65535;
}

/** A DNS name that must resolve (to something that contains `expected`, when given). Default time limit 5 s. */
export const dnsConfig = z.strictObject(
  {
    name: hostField.describe('The name to look up'),
    recordType: z.enum(RECORD_TYPES, `must be one of ${RECORD_TYPES.join(', ')}`).default('A'),
    expected: z
      .string('must be text')
      .min(1, 'must not be empty')
      .max(500, 'must be at most 500 characters')
      .optional()
      .describe('Text some answer must contain (case-insensitive), e.g. an address or a mail host'),
    nameserver: z
      .string('must be an IP address')
      .refine(isNameserver, 'must be an IP address with an optional port: 10.0.0.53, 10.0.0.53:5353 or [fd00::53]:53')
      .optional()
      .describe("Ask this server (ip or ip:port) instead of the system's resolvers"),
    timeoutMs: timeoutField(5_000),
  },
  OBJECT,
);

export type DnsConfig = z.output<typeof dnsConfig>;

/**
 * The DNS check type. Values: DNS_RCODE (NOERROR, NXDOMAIN, SERVFAIL, REFUSED, TIMEOUT,
 * ...), IP (first A/AAAA answer), answers (all of them, comma-separated, as `dig +short`
 * shows them), RESPONSE_TIME (ms to the answer).
 */
export const dnsCheck: CheckType<typeof kind, DnsConfig> = {
  kind,
  config: dnsConfig,
  summary: 'A DNS name: resolves, to what, and how fast',
  run: runDns,
};

/** c-ares error codes and the response codes (or transport failures) they stand for. */
const RCODES: Readonly<Record<string, string>> = {
  ENOTFOUND: 'NXDOMAIN',
  ENODATA: 'NOERROR',
  ESERVFAIL: 'SERVFAIL',
  EREFUSED: 'REFUSED',
  ENOTIMP: 'NOTIMP',
  EFORMERR: 'FORMERR',
  ETIMEOUT: 'TIMEOUT',
  ECANCELLED: 'TIMEOUT',
  ECONNREFUSED: 'CONNREFUSED',
  EBADRESP: 'BADRESP',
};

/**
 * One query with its own Resolver (c-ares channel), so that cancelling it at the
 * deadline cancels nothing else. Two tries share the time limit: one lost UDP packet
 * on a flaky Wi-Fi should not page anyone.
 */
function runDns(config: DnsConfig, context: CheckRunContext): Promise<CheckOutcome> {
  const started = context.monotonic();
  const resolver = new Resolver({ timeout: Math.max(50, Math.floor(config.timeoutMs / 3)), tries: 2 });
  if (config.nameserver) resolver.setServers([config.nameserver]);
  const server = (): string => config.nameserver ?? resolver.getServers()[0] ?? 'the system resolver';
  const type = config.recordType;
  return new Promise((resolve) => {
    let done = false;
    const deadline = startDeadline(context, config.timeoutMs);
    const finish = (outcome: CheckOutcome): void => {
      if (done) return;
      done = true;
      deadline.release();
      resolve(outcome);
    };
    whenAborted(deadline.signal, () => {
      resolver.cancel();
      const elapsed = Math.min(context.monotonic() - started, config.timeoutMs);
      const message = `Timed out after ${formatDuration(elapsed)} waiting for ${server()} to answer for ${config.name}`;
      finish(failed('TIMEOUT', 'timeout', message));
    });
    queryRecords(resolver, type, config.name).then(
      (answers) => finish(answered(config, type, answers, context.monotonic() - started)),
      (error: unknown) => {
        const code = error instanceof Error && 'code' in error ? String(error.code) : 'ERROR';
        finish(queryFailed(config, type, RCODES[code] ?? code, server(), context.monotonic() - started));
      },
    );
  });
}

function answered(config: DnsConfig, type: RecordType, answers: readonly string[], ms: number): CheckOutcome {
  const list = clip(answers.join(', '), 200);
  const values = {
    DNS_RCODE: 'NOERROR',
    IP: type === 'A' || type === 'AAAA' ? (answers[0] ?? null) : null,
    answers: answers.join(', '),
    RESPONSE_TIME: roundMs(ms),
  };
  const expected = config.expected?.toLowerCase();
  if (expected !== undefined && !answers.some((answer) => answer.toLowerCase().includes(expected))) {
    const message = `DNS: no ${type} answer for ${config.name} contains "${clip(config.expected ?? '', 60)}" (got ${list})`;
    return { status: 'critical', latencyMs: roundMs(ms), message, values, errorClass: 'condition' };
  }
  return { status: 'up', latencyMs: roundMs(ms), message: `${config.name} ${type}: ${list} in ${formatDuration(ms)}`, values };
}

/** An error from c-ares, as its response code and one line. */
function queryFailed(config: DnsConfig, type: RecordType, rcode: string, server: string, ms: number): CheckOutcome {
  switch (rcode) {
    case 'NXDOMAIN':
      return failed(rcode, 'dns', `DNS: no such name ${config.name} (NXDOMAIN from ${server})`, ms);
    case 'NOERROR':
      return failed(rcode, 'dns', `DNS: ${config.name} has no ${type} records (asked ${server})`, ms);
    case 'TIMEOUT':
      return failed(rcode, 'timeout', `Timed out after ${formatDuration(ms)} waiting for ${server} to answer for ${config.name}`);
    case 'CONNREFUSED':
      return failed(rcode, 'dns', `DNS: ${server} refused the connection`);
    default:
      return failed(rcode, 'dns', `DNS: ${server} could not answer for ${config.name} (${rcode})`, ms);
  }
}

/** Latency only when a server did answer (NXDOMAIN and SERVFAIL are answers). */
function failed(rcode: string, errorClass: ErrorClass, message: string, answeredMs?: number): CheckOutcome {
  const latencyMs = answeredMs === undefined ? null : roundMs(answeredMs);
  return { status: 'critical', latencyMs, message, values: { DNS_RCODE: rcode, IP: null, answers: null, RESPONSE_TIME: latencyMs }, errorClass };
}
