import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dnsCheck } from '../../../electron/core/node/checks/dns.ts';
import { parseCheckConfig } from '../../../electron/core/node/checks/parse-config.ts';
import { checkContext, timed } from '../../helpers/check-context.ts';
import { startDnsServer, type DnsServer } from '../../helpers/check-dns-server.ts';

let server: DnsServer;

beforeAll(async () => {
  server = await startDnsServer({
    'api.oncall.test': { a: ['10.0.0.1', '10.0.0.2'], mx: [[20, 'mx2.oncall.test'], [10, 'mx1.oncall.test']], txt: ['v=spf1 -all'] },
    'empty.oncall.test': {},
    'broken.oncall.test': 'servfail',
    'private.oncall.test': 'refused',
    'slow.oncall.test': 'silent',
  });
});

afterAll(() => server?.close());

function run(config: Record<string, unknown>) {
  return timed(() => dnsCheck.run(dnsCheck.config.parse({ nameserver: server.nameserver, ...config }), checkContext()));
}

describe('dns config', () => {
  it('names the field and the reason for bad input', () => {
    const message = (config: unknown) => {
      const parsed = parseCheckConfig(dnsCheck, config);
      return parsed.ok ? 'ok' : parsed.message;
    };
    expect(message({})).toBe('name: is required');
    expect(message({ name: 'bad name!' })).toMatch(/^name: must be a host name/);
    expect(message({ name: 'x.test', recordType: 'PTR' })).toBe('recordType: must be one of A, AAAA, CNAME, MX, TXT, NS, SRV');
    expect(message({ name: 'x.test', nameserver: 'dns.google' })).toMatch(/^nameserver: must be an IP address with an optional port/);
    expect(message({ name: 'x.test', nameserver: '10.0.0.53:99999' })).toMatch(/^nameserver: /);
    expect(message({ name: 'x.test', nameserver: '[fd00::53]:5353', recordType: 'MX' })).toBe('ok');
    expect(dnsCheck.config.parse({ name: '_sip._tcp.example.com' })).toEqual({ name: '_sip._tcp.example.com', recordType: 'A', timeoutMs: 5000 });
  });
});

describe('dns check', () => {
  it('reports A answers, the first as IP, and the response code', async () => {
    const { result } = await run({ name: 'api.oncall.test' });
    expect(result).toMatchObject({ status: 'up', values: { DNS_RCODE: 'NOERROR', IP: '10.0.0.1', answers: '10.0.0.1, 10.0.0.2' } });
    expect(result.message).toMatch(/^api\.oncall\.test A: 10\.0\.0\.1, 10\.0\.0\.2 in [\d.]+ ms$/);
    expect(server.queries).toContain('api.oncall.test A');
  });

  it('formats MX by priority and TXT as text', async () => {
    const mx = await run({ name: 'api.oncall.test', recordType: 'MX' });
    expect(mx.result.values).toMatchObject({ answers: '10 mx1.oncall.test, 20 mx2.oncall.test', IP: null });
    const txt = await run({ name: 'api.oncall.test', recordType: 'TXT', expected: 'SPF1' });
    expect(txt.result).toMatchObject({ status: 'up', values: { answers: 'v=spf1 -all' } });
  });

  it('fails when no answer contains the expected text', async () => {
    const { result } = await run({ name: 'api.oncall.test', expected: '10.0.0.9' });
    expect(result).toMatchObject({ status: 'critical', errorClass: 'condition', values: { DNS_RCODE: 'NOERROR' } });
    expect(result.message).toBe('DNS: no A answer for api.oncall.test contains "10.0.0.9" (got 10.0.0.1, 10.0.0.2)');
  });

  it('reports NXDOMAIN', async () => {
    const { result } = await run({ name: 'gone.oncall.test' });
    expect(result).toMatchObject({ status: 'critical', errorClass: 'dns', values: { DNS_RCODE: 'NXDOMAIN', IP: null } });
    expect(result.message).toBe(`DNS: no such name gone.oncall.test (NXDOMAIN from ${server.nameserver})`);
  });

  it('reports a name without records of the type', async () => {
    const { result } = await run({ name: 'empty.oncall.test' });
    expect(result).toMatchObject({ errorClass: 'dns', values: { DNS_RCODE: 'NOERROR' } });
    expect(result.message).toBe(`DNS: empty.oncall.test has no A records (asked ${server.nameserver})`);
  });

  it('reports SERVFAIL and REFUSED', async () => {
    const servfail = await run({ name: 'broken.oncall.test' });
    expect(servfail.result).toMatchObject({ errorClass: 'dns', values: { DNS_RCODE: 'SERVFAIL' } });
    expect(servfail.result.message).toBe(`DNS: ${server.nameserver} could not answer for broken.oncall.test (SERVFAIL)`);
    const refused = await run({ name: 'private.oncall.test' });
    expect(refused.result.values['DNS_RCODE']).toBe('REFUSED');
  });

  it('ends at the deadline when the server stays silent', async () => {
    const { result, ms } = await run({ name: 'slow.oncall.test', timeoutMs: 1000 });
    expect(result).toMatchObject({ status: 'critical', errorClass: 'timeout', latencyMs: null, values: { DNS_RCODE: 'TIMEOUT' } });
    expect(result.message).toMatch(new RegExp(`^Timed out after [\\d.]+ (s|ms) waiting for ${server.nameserver} to answer for slow\\.oncall\\.test$`));
    expect(ms).toBeLessThan(1000 + 400);
  });
});
