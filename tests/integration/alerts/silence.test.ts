import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckSummary } from '../../../electron/shared/contract.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { close, listen, readBody, startHarness, value, type Harness } from './alerts-harness.ts';

/** A fake Alertmanager: one firing alert, and a log of silences posted. */
interface FakeAlertmanager {
  readonly url: string;
  readonly posted: Array<{ body: unknown; authorization: string | undefined }>;
  silenceStatus: number;
}

let server: Server;
let alertmanager: FakeAlertmanager;
let harness: Harness;

const ALERT = {
  fingerprint: '5c1f2e9a0b7d3c44',
  labels: { alertname: 'DiskFull', instance: 'db1:9100', severity: 'critical' },
  annotations: { summary: 'Disk almost full' },
  startsAt: '2026-11-22T02:40:00.000Z',
  status: { state: 'active' },
};

beforeEach(async () => {
  const fake = { url: '', posted: [] as FakeAlertmanager['posted'], silenceStatus: 200 };
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (request.method === 'GET' && path === '/am/api/v2/alerts') return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([ALERT]));
    if (request.method === 'POST' && path === '/am/api/v2/silences') {
      void readBody(request).then((body) => {
        fake.posted.push({ body: JSON.parse(body), authorization: request.headers.authorization });
        if (fake.silenceStatus !== 200) return void response.writeHead(fake.silenceStatus).end('"silence invalid: end time must not be in the past"');
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ silenceID: '7d0b6f53-aaaa' }));
      });
      return;
    }
    response.writeHead(404).end('not found');
  });
  await listen(server);
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/am`;
  alertmanager = fake;
});

afterEach(async () => {
  await close(server);
});

async function alertmanagerCheck(config: Record<string, unknown> = {}): Promise<CheckSummary> {
  const check = { name: 'Prod Alertmanager', kind: 'alertmanager', config: { url: alertmanager.url, ...config }, enabled: false };
  return value<CheckSummary>(await harness!.core.invoke('checks.create', { check }));
}

describe('alerts.silence', () => {
  it("POSTs a silence matching the alert's labels, for the chosen time, by the user, with their secret header", async () => {
    harness = await startHarness(tempDir());
    const { core, clock } = harness;
    await core.invoke('settings.set', { values: { displayName: 'Ada' } });
    await core.invoke('secrets.set', { name: 'am-token', value: 'Bearer s3cret' });
    const { id } = await alertmanagerCheck({ secretHeaders: { Authorization: 'am-token' } });
    const answer = await core.invoke('alerts.silence', { checkId: id, fingerprint: ALERT.fingerprint, minutes: 30, comment: 'Resizing the volume' });
    expect(answer).toEqual({ ok: true, value: { silenceId: '7d0b6f53-aaaa' } });
    expect(alertmanager.posted).toEqual([
      {
        authorization: 'Bearer s3cret',
        body: {
          matchers: [
            { name: 'alertname', value: 'DiskFull', isRegex: false, isEqual: true },
            { name: 'instance', value: 'db1:9100', isRegex: false, isEqual: true },
            { name: 'severity', value: 'critical', isRegex: false, isEqual: true },
          ],
          startsAt: new Date(clock.now()).toISOString(),
          endsAt: new Date(clock.now() + 30 * 60_000).toISOString(),
          createdBy: 'Ada',
          comment: 'Resizing the volume',
        },
      },
    ]);
  });

  it('says what went wrong: unknown fingerprint, a refusing Alertmanager, one that is down, a check of another kind', async () => {
    harness = await startHarness(tempDir());
    const { core } = harness;
    const { id } = await alertmanagerCheck();
    const missing = await core.invoke('alerts.silence', { checkId: id, fingerprint: 'nope', minutes: 30 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'unavailable', message: `The Alertmanager at ${alertmanager.url} has no alert with fingerprint nope; it may have resolved already.` } });

    alertmanager.silenceStatus = 400;
    const refused = await core.invoke('alerts.silence', { checkId: id, fingerprint: ALERT.fingerprint, minutes: 30 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/refused POST \/am\/api\/v2\/silences: HTTP 400 \(.*end time must not be in the past/) } });
    // Without a comment, the silence says who made it and where.
    expect(alertmanager.posted.at(-1)?.body).toMatchObject({ createdBy: 'On-Call Companion', comment: 'Silenced from On-Call Companion by you for 30 min' });

    await close(server);
    const down = await core.invoke('alerts.silence', { checkId: id, fingerprint: ALERT.fingerprint, minutes: 30 });
    expect(down).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining(`Could not reach the Alertmanager at ${alertmanager.url}`) } });
    server.listen(0, '127.0.0.1');

    const http = value<CheckSummary>(await core.invoke('checks.create', { check: { name: 'Web', kind: 'http', config: { url: 'http://127.0.0.1:1/' }, enabled: false } }));
    const wrongKind = await core.invoke('alerts.silence', { checkId: http.id, fingerprint: ALERT.fingerprint, minutes: 30 });
    expect(wrongKind).toMatchObject({ ok: false, error: { code: 'bad_request', message: 'checkId: "Web" is not an alertmanager check (its kind is http); only alertmanager checks can be silenced.' } });
  });
});
