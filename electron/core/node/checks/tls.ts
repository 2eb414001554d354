import { isIP } from 'node:net';
import { connect, type TLSSocket } from 'node:tls';
import * as z from 'zod';
import type { CheckRunContext, CheckType } from '../../common/checks/check-type.ts';
import type { CheckOutcome, CheckValues } from '../../common/checks/outcome.ts';
import { classifyError, timeoutFailure, type Failure, type Phase } from './classify-error.ts';
import { OBJECT, hostField, isHostName, portField, requiredInt, timeoutField } from './config-fields.ts';
import { startDeadline, whenAborted } from './deadline.ts';
import { plural, roundMs } from './format.ts';
import type { NetworkOptions } from './network-options.ts';
import { daysToExpiry, describeExpiry, isoDay, watchPeerCertificate, type LeafCertificate } from './peer-certificate.ts';

const kind = 'tls';

const days = (fallback: number) =>
  requiredInt('a whole number of days').min(0, 'must be 0 or more').max(3650, 'must be at most 3650').default(fallback);

/** A TLS endpoint whose certificate must be valid and not about to expire. */
export const tlsConfig = z
  .strictObject(
    {
      host: hostField,
      port: portField.default(443),
      servername: z
        .string('must be a host name')
        .refine((value) => isIP(value) === 0 && isHostName(value), 'must be a host name, not an IP address')
        .optional()
        .describe('Name sent for SNI and checked against the certificate; defaults to host'),
      warningDays: days(14).describe('Warn when the certificate expires within this many days'),
      criticalDays: days(3).describe('Critical when the certificate expires within this many days'),
      timeoutMs: timeoutField(10_000),
    },
    OBJECT,
  )
  .refine((config) => config.criticalDays <= config.warningDays, { path: ['criticalDays'], message: 'must not be more than warningDays' });

export type TlsConfig = z.output<typeof tlsConfig>;

/**
 * The TLS certificate check type; `options` replace how it reaches the network (tests).
 * Values: CERTIFICATE_EXPIRATION (ms until the leaf certificate expires, negative once
 * it has), days_to_expiry (whole days, toward zero), IP, CONNECTED (a verified TLS
 * session was set up), RESPONSE_TIME (ms to that). The certificate values are also
 * reported when verification failed but the certificate could be read.
 */
export function createTlsCheck(options: NetworkOptions = {}): CheckType<typeof kind, TlsConfig> {
  return {
    kind,
    config: tlsConfig,
    summary: 'A TLS certificate: trusted, matching the name, and days until it expires',
    run: (config, context) => runTls(config, context, options),
  };
}

/** TLS with the system's name resolution. */
export const tlsCheck = createTlsCheck();

/**
 * Completes a handshake with full verification (chain, dates, name) and reads the leaf
 * certificate; nothing is sent. A certificate Node rejects is still read (see
 * peer-certificate.ts), so its days are reported next to the reason.
 */
function runTls(config: TlsConfig, context: CheckRunContext, options: NetworkOptions): Promise<CheckOutcome> {
  return new Promise((resolve) => {
    const started = context.monotonic();
    const target = { host: config.host, port: config.port };
    let phase: Phase = isIP(config.host) ? 'connect' : 'resolve';
    let ip: string | null = null;
    let done = false;
    const socket: TLSSocket = connect({ host: config.host, port: config.port, servername: config.servername, lookup: options.lookup });
    const peek = watchPeerCertificate(socket);
    const deadline = startDeadline(context, config.timeoutMs);
    whenAborted(deadline.signal, () => {
      finish(failed(timeoutFailure(context.monotonic() - started, config.timeoutMs, phase, target), undefined));
    });

    function finish(outcome: CheckOutcome): void {
      if (done) return;
      done = true;
      deadline.release();
      socket.destroy();
      resolve(outcome);
    }

    function failed(failure: Failure, leaf: LeafCertificate | undefined): CheckOutcome {
      return { status: 'critical', latencyMs: null, message: failure.message, values: measured(leaf, false), errorClass: failure.errorClass };
    }

    function measured(leaf: LeafCertificate | undefined, connected: boolean): CheckValues {
      const now = context.now();
      return {
        CERTIFICATE_EXPIRATION: leaf ? Math.round(leaf.validTo - now) : null,
        days_to_expiry: leaf ? daysToExpiry(leaf, now) : null,
        IP: ip,
        CONNECTED: connected,
        RESPONSE_TIME: connected ? roundMs(context.monotonic() - started) : null,
      };
    }

    socket.once('lookup', (error: Error | null) => {
      if (!error) phase = 'connect';
    });
    socket.once('connect', () => {
      ip = socket.remoteAddress ?? null;
      phase = 'tls';
    });
    socket.once('secureConnect', () => {
      const leaf = peek();
      finish(leaf ? judge(leaf, measured(leaf, true)) : failed({ errorClass: 'tls', message: 'TLS: the server sent no certificate' }, undefined));
    });
    socket.once('error', (error) => {
      const leaf = peek();
      finish(failed(classifyError(error, phase, target, { leaf, now: context.now() }), leaf));
    });

    function judge(leaf: LeafCertificate, values: CheckValues): CheckOutcome {
      const now = context.now();
      const left = daysToExpiry(leaf, now);
      const name = config.servername ?? config.host;
      const latencyMs = roundMs(context.monotonic() - started);
      const when = `${describeExpiry(leaf, now)} (${isoDay(leaf.validTo)}`;
      if (left <= config.criticalDays || left <= config.warningDays) {
        const critical = left <= config.criticalDays;
        const limit = critical ? config.criticalDays : config.warningDays;
        const message = `Certificate for ${name} ${when}; ${critical ? 'critical' : 'warning'} at ${plural(limit, 'day')})`;
        return { status: critical ? 'critical' : 'warning', latencyMs, message, values, errorClass: 'condition' };
      }
      const issuer = leaf.issuer ? `, issued by ${leaf.issuer}` : '';
      return { status: 'up', latencyMs, message: `Certificate for ${name} ${when})${issuer}`, values };
    }
  });
}
