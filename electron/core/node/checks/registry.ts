import type { CheckRunContext, CheckType } from '../../common/checks/check-type.ts';
import type { CheckOutcome } from '../../common/checks/outcome.ts';
import { alertmanagerCheck } from './alertmanager.ts';
import { commandCheck } from './command.ts';
import { dnsCheck } from './dns.ts';
import { fileCheck } from './file.ts';
import { httpCheck } from './http.ts';
import { parseCheckConfig } from './parse-config.ts';
import { prometheusTargetsCheck } from './prometheus-targets.ts';
import { prometheusCheck } from './prometheus.ts';
import { statuspageCheck } from './statuspage.ts';
import { systemCheck } from './system.ts';
import { tcpCheck } from './tcp.ts';
import { tlsCheck } from './tls.ts';

/** Every check type, in the order pickers list them. Static: adding a type is a code change. */
export const CHECK_TYPES = [
  httpCheck,
  tcpCheck,
  dnsCheck,
  tlsCheck,
  systemCheck,
  fileCheck,
  commandCheck,
  prometheusCheck,
  prometheusTargetsCheck,
  alertmanagerCheck,
  statuspageCheck,
] as const;

/** 'http' | 'tcp' | … | 'statuspage', read from the types themselves. */
export type CheckKind = (typeof CHECK_TYPES)[number]['kind'];

// Each type's run() takes its own config; once parsed by that type's schema, `unknown` is safe.
const BY_KIND: ReadonlyMap<string, CheckType<CheckKind, unknown>> = new Map(CHECK_TYPES.map((type) => [type.kind, type]));

/** A config validated against its type and bound to it, ready to run on each schedule tick. */
export interface PreparedCheck {
  readonly kind: CheckKind;
  run(context: CheckRunContext): Promise<CheckOutcome>;
}

export function isCheckKind(value: string): value is CheckKind {
  return BY_KIND.has(value);
}

/**
 * The engine's way in: validates `config` for `kind` once and returns a check it can
 * run repeatedly, or one line naming the field at fault (`url: must be an http or https URL`).
 */
export function prepareCheck(kind: string, config: unknown): { ok: true; check: PreparedCheck } | { ok: false; message: string } {
  const type = BY_KIND.get(kind);
  if (!type) return { ok: false, message: `kind: must be one of ${CHECK_TYPES.map((known) => known.kind).join(', ')}` };
  const parsed = parseCheckConfig(type, config);
  if (!parsed.ok) return parsed;
  return { ok: true, check: { kind: type.kind, run: (context) => type.run(parsed.config, context) } };
}
