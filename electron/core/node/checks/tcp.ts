import { connect, isIP } from 'node:net';
import * as z from 'zod';
import type { CheckRunContext, CheckType } from '../../common/checks/check-type.ts';
import type { CheckOutcome } from '../../common/checks/outcome.ts';
import { classifyError, timeoutFailure, type Failure, type Phase } from './classify-error.ts';
import { OBJECT, hostField, portField, timeoutField } from './config-fields.ts';
import { startDeadline, whenAborted } from './deadline.ts';
import { formatDuration, roundMs } from './format.ts';
import type { NetworkOptions } from './network-options.ts';

const kind = 'tcp';

/** A TCP port that must accept a connection. Default time limit 5 s. */
export const tcpConfig = z.strictObject(
  {
    host: hostField,
    port: portField,
    timeoutMs: timeoutField(5_000),
  },
  OBJECT,
);

export type TcpConfig = z.output<typeof tcpConfig>;

/**
 * The TCP check type; `options` replace how it reaches the network (tests).
 * Values: CONNECTED, RESPONSE_TIME (ms to connect), IP.
 */
export function createTcpCheck(options: NetworkOptions = {}): CheckType<typeof kind, TcpConfig> {
  return {
    kind,
    config: tcpConfig,
    summary: 'A TCP port: accepts connections, and how fast',
    run: (config, context) => runTcp(config, context, options),
  };
}

/** TCP with the system's name resolution. */
export const tcpCheck = createTcpCheck();

/**
 * Connects, and closes as soon as the connection is up: nothing is sent, so any
 * service (database, SMTP, SSH) can be watched without speaking its protocol.
 */
function runTcp(config: TcpConfig, context: CheckRunContext, options: NetworkOptions): Promise<CheckOutcome> {
  return new Promise((resolve) => {
    const started = context.monotonic();
    const target = { host: config.host, port: config.port };
    let phase: Phase = isIP(config.host) ? 'connect' : 'resolve';
    let done = false;
    const socket = connect({ host: config.host, port: config.port, lookup: options.lookup });
    const deadline = startDeadline(context, config.timeoutMs);
    whenAborted(deadline.signal, () => {
      finish(failed(timeoutFailure(context.monotonic() - started, config.timeoutMs, phase, target)));
    });

    function finish(outcome: CheckOutcome): void {
      if (done) return;
      done = true;
      deadline.release();
      socket.destroy();
      resolve(outcome);
    }

    socket.once('lookup', (error: Error | null) => {
      if (!error) phase = 'connect';
    });
    socket.once('connect', () => {
      const ms = context.monotonic() - started;
      const ip = socket.remoteAddress ?? null;
      const via = ip && ip !== config.host ? ` (${ip})` : '';
      finish({
        status: 'up',
        latencyMs: roundMs(ms),
        message: `Connected to ${config.host}:${config.port}${via} in ${formatDuration(ms)}`,
        values: { CONNECTED: true, RESPONSE_TIME: roundMs(ms), IP: ip },
      });
    });
    socket.once('error', (error) => finish(failed(classifyError(error, phase, target))));
  });
}

function failed(failure: Failure): CheckOutcome {
  return {
    status: 'critical',
    latencyMs: null,
    message: failure.message,
    values: { CONNECTED: false, RESPONSE_TIME: null, IP: null },
    errorClass: failure.errorClass,
  };
}
