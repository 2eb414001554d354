import { describe, expect, it } from 'vitest';
import { APP_URL, isAppUrl, isTrustedSender } from '../../../electron/main/app-origin.ts';

describe('isAppUrl', () => {
  it('accepts any path on app://oncall', () => {
    expect(isAppUrl(APP_URL)).toBe(true);
    expect(isAppUrl('app://oncall/runbooks?q=disk#top')).toBe(true);
  });

  it('refuses other schemes, hosts, ports and credentials', () => {
    for (const url of ['https://oncall/', 'app://oncall.evil/', 'app://evil/', 'app://oncall:8080/', 'app://user@oncall/', 'file:///oncall/', 'app:oncall', '', 'nonsense']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('isTrustedSender', () => {
  it('trusts only a live top-level frame showing our page', () => {
    expect(isTrustedSender({ url: 'app://oncall/', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://oncall/', parent: { url: 'app://oncall/' } })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
