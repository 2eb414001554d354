import { describe, expect, it } from 'vitest';
import { CHECK_TYPES, isCheckKind, prepareCheck, type CheckKind } from '../../../electron/core/node/checks/registry.ts';
import { checkContext } from '../../helpers/check-context.ts';
import { closedPort } from '../../helpers/check-http-server.ts';

describe('check registry', () => {
  it('lists each kind once, in picker order', () => {
    const kinds: CheckKind[] = CHECK_TYPES.map((type) => type.kind);
    expect(kinds).toEqual(['http', 'tcp', 'dns', 'tls', 'system', 'file', 'command', 'prometheus', 'prometheus-targets', 'alertmanager', 'statuspage']);
    expect(CHECK_TYPES.every((type) => type.summary.length > 0)).toBe(true);
    expect(isCheckKind('tcp')).toBe(true);
    expect(isCheckKind('ping')).toBe(false);
  });

  it('prepares a check from a stored config, or says which field is wrong', async () => {
    expect(prepareCheck('ping', {})).toEqual({
      ok: false,
      message: 'kind: must be one of http, tcp, dns, tls, system, file, command, prometheus, prometheus-targets, alertmanager, statuspage',
    });
    expect(prepareCheck('http', { url: 'ftp://example.com', timeoutMs: 5 })).toEqual({
      ok: false,
      message: 'url: must be an http or https URL; timeoutMs: must be at least 100 ms',
    });
    const port = await closedPort();
    const prepared = prepareCheck('tcp', { host: '127.0.0.1', port });
    if (!prepared.ok) throw new Error(prepared.message);
    expect(prepared.check.kind).toBe('tcp');
    const outcome = await prepared.check.run(checkContext());
    expect(outcome).toMatchObject({ status: 'critical', errorClass: 'connect' });
  });
});
