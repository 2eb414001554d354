import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookupRendererFile, mimeTypeOf } from '../../../electron/main/renderer-files.ts';

const ROOT = resolve('/srv/oncall/dist/renderer');
const FILES = new Set([join(ROOT, 'index.html'), join(ROOT, 'assets', 'index-abc.js'), join(ROOT, 'assets', 'index-abc.css'), join(ROOT, 'favicon.svg')]);
const exists = (path: string) => FILES.has(path);
const lookup = (url: string) => lookupRendererFile(ROOT, url, exists);

describe('lookupRendererFile', () => {
  it('serves files under the renderer folder with their MIME type', () => {
    expect(lookup('app://oncall/assets/index-abc.js')).toEqual({ status: 200, path: join(ROOT, 'assets', 'index-abc.js'), mimeType: 'text/javascript; charset=utf-8' });
    expect(lookup('app://oncall/assets/index-abc.css')).toMatchObject({ status: 200, mimeType: 'text/css; charset=utf-8' });
    expect(lookup('app://oncall/favicon.svg')).toMatchObject({ status: 200, mimeType: 'image/svg+xml' });
  });

  it('answers the root and unknown paths with index.html', () => {
    for (const url of ['app://oncall/', 'app://oncall', 'app://oncall/runbooks/42', 'app://oncall/assets/missing.js?v=1#x', 'app://oncall/assets']) {
      expect(lookup(url), url).toEqual({ status: 200, path: join(ROOT, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    }
  });

  it('never leaves the renderer folder', () => {
    for (const url of [
      'app://oncall/../../../etc/passwd',
      'app://oncall/%2e%2e/%2e%2e/etc/passwd',
      'app://oncall/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://oncall/..%2F..%2Fmain%2Findex.js',
      'app://oncall/%2e%2e%2f%2e%2e%2fpackage.json',
      'app://oncall/..%5c..%5cmain%5cindex.js',
    ]) {
      const found = lookup(url);
      if (found.status === 200) expect(found.path.startsWith(ROOT), url).toBe(true);
    }
    expect(lookup('app://oncall/assets/..%2f..%2f..%2fetc%2fpasswd')).toMatchObject({ status: 404 });
    expect(lookup('app://oncall/..%2F..%2Fmain%2Findex.js')).toMatchObject({ status: 404 });
  });

  it('refuses NUL bytes, broken escapes and other hosts', () => {
    expect(lookup('app://oncall/index.html%00.js')).toMatchObject({ status: 400 });
    expect(lookup('app://oncall/%E0%A4%A')).toMatchObject({ status: 400 });
    expect(lookup('app://evil/index.html')).toMatchObject({ status: 404 });
    expect(lookup('https://oncall/index.html')).toMatchObject({ status: 404 });
    expect(lookup('not a url')).toMatchObject({ status: 404 });
  });
});

describe('mimeTypeOf', () => {
  it('knows the types a Vite build emits and falls back to bytes', () => {
    expect(mimeTypeOf('a.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('font.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('x.map')).toBe('application/json; charset=utf-8');
    expect(mimeTypeOf('blob.bin')).toBe('application/octet-stream');
    expect(mimeTypeOf('README')).toBe('application/octet-stream');
  });
});
