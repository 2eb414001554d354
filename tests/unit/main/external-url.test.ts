import { describe, expect, it } from 'vitest';
import { externalUrlToOpen } from '../../../electron/main/external-url.ts';

describe('externalUrlToOpen', () => {
  it('opens https pages, re-serialised', () => {
    expect(externalUrlToOpen('https://status.example.com/incidents?id=42#timeline')).toBe('https://status.example.com/incidents?id=42#timeline');
    expect(externalUrlToOpen('https://example.com')).toBe('https://example.com/');
    expect(externalUrlToOpen('  https://example.com/  ')).toBe('https://example.com/');
    expect(externalUrlToOpen('https://例え.jp/')).toBe('https://xn--r8jz45g.jp/');
  });

  it('compares schemes after parsing, so uppercase works and tricks do not', () => {
    expect(externalUrlToOpen('HTTPS://EXAMPLE.COM/Path')).toBe('https://example.com/Path');
    expect(externalUrlToOpen('MAILTO:oncall@example.com')).toBe('mailto:oncall@example.com');
    expect(externalUrlToOpen('JaVaScRiPt:alert(1)')).toBeNull();
    expect(externalUrlToOpen('java\tscript:alert(1)')).toBeNull();
    expect(externalUrlToOpen('\u0000javascript:alert(1)')).toBeNull();
  });

  it('refuses script, file, data and every other scheme', () => {
    for (const url of [
      'javascript:alert(document.domain)',
      'javascript://https://example.com/%0Aalert(1)',
      'file:///etc/passwd',
      'file://server/share/payload.exe',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ms-msdt:/id PCWDiagnostic',
      'smb://attacker.example/share',
      'ftp://example.com/file',
      'app://oncall/',
      'about:blank',
      'chrome://settings',
    ]) {
      expect(externalUrlToOpen(url), url).toBeNull();
    }
  });

  it('hands plain http to the browser (runbooks link to wikis without TLS), with the same host rules', () => {
    expect(externalUrlToOpen('http://wiki.internal/runbooks/db')).toBe('http://wiki.internal/runbooks/db');
    expect(externalUrlToOpen('HTTP://example.com/')).toBe('http://example.com/');
    expect(externalUrlToOpen('http://bank.example.com@evil.example/')).toBeNull();
  });

  it('refuses https with credentials, which read as one site and open another', () => {
    expect(externalUrlToOpen('https://bank.example.com@evil.example/')).toBeNull();
    expect(externalUrlToOpen('https://user:secret@example.com/')).toBeNull();
    expect(externalUrlToOpen('https://:secret@example.com/')).toBeNull();
  });

  it('refuses malformed and oversized input', () => {
    for (const url of ['', 'not a url', 'https://', 'https:// example.com', 'https://exa mple.com/', '//example.com/', 'example.com', '\\\\server\\share']) {
      expect(externalUrlToOpen(url), JSON.stringify(url)).toBeNull();
    }
    expect(externalUrlToOpen(`https://example.com/${'a'.repeat(2100)}`)).toBeNull();
    expect(externalUrlToOpen(42 as unknown as string)).toBeNull();
  });

  it('opens mailto drafts with the usual fields only', () => {
    expect(externalUrlToOpen('mailto:oncall@example.com?subject=Handover&body=See%20notes')).toBe('mailto:oncall@example.com?subject=Handover&body=See%20notes');
    expect(externalUrlToOpen('mailto:oncall@example.com?attach=/home/me/.ssh/id_rsa')).toBeNull();
    expect(externalUrlToOpen('mailto:oncall@example.com?subject=x&Attachment=C:%5Csecrets.txt')).toBeNull();
    expect(externalUrlToOpen('mailto:')).toBeNull();
    expect(externalUrlToOpen('mailto:on call@example.com')).toBeNull();
    expect(externalUrlToOpen('mailto:oncall@example.com%0A--help')).toBeNull();
  });

  it('opens tel links only for phone numbers', () => {
    expect(externalUrlToOpen('tel:+1-555-0100')).toBe('tel:+15550100');
    expect(externalUrlToOpen('tel:+44 20 7946 0958')).toBe('tel:+442079460958');
    expect(externalUrlToOpen('tel:+44%2020%20(7946)%200958')).toBe('tel:+442079460958');
    expect(externalUrlToOpen('tel:call-me-maybe')).toBeNull();
    expect(externalUrlToOpen('tel:+1555?x=1')).toBeNull();
    expect(externalUrlToOpen('tel:')).toBeNull();
  });
});
